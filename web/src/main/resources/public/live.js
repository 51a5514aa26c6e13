// cytoquiz live sessions: follows the session's event stream and reloads the page when the instructor moves on;
// on the projector it also updates the answer count and bars as answers arrive. Without it the page still works
// with its Refresh button. The script holds no words: the page gives it its phrases in data- attributes, those with
// a number as one form per plural category of the page's language, "{#}" marking where the number goes.
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'en';
  var pluralRules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  var numbers = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(lang) : null;
  // The phrase of the element's data- attribute `name` for the count n, or null when the page gave none.
  var counted = function (element, name, n) {
    var forms;
    try {
      forms = JSON.parse(element.getAttribute(name));
    } catch (e) {
      return null;
    }
    if (!forms) {
      return null;
    }
    var form = forms[pluralRules ? pluralRules.select(n) : 'other'] || forms.other || forms[Object.keys(forms)[0]];
    return form == null ? null : form.replace('{#}', numbers ? numbers.format(n) : String(n));
  };
  // The open vote's countdown: the page states the end time; this adds the seconds left, counted from the time
  // left when the server made the page (so a phone whose clock is wrong still counts right). The server closes
  // the vote itself when the time is up, and the page then reloads with the next state event.
  var countdown = document.getElementById('live-countdown');
  if (countdown) {
    var left = countdown.querySelector('.countdown-left');
    var ends = Date.now() + Number(countdown.getAttribute('data-left-ms'));
    var tick = function () {
      var seconds = Math.max(0, Math.ceil((ends - Date.now()) / 1000));
      var phrase = seconds > 0 ? counted(countdown, 'data-left', seconds) : countdown.getAttribute('data-up');
      left.textContent = phrase ? ' ' + phrase : '';
      if (seconds > 0) {
        window.setTimeout(tick, 250);
      }
    };
    tick();
  }
  var main = document.querySelector('main[data-live-events]');
  if (!main || !window.EventSource) {
    return;
  }
  var url = main.getAttribute('data-live-events');
  if (!url) {
    return;
  }
  var revision = main.getAttribute('data-revision');
  var source = new EventSource(url);
  source.addEventListener('state', function (e) {
    var state = JSON.parse(e.data);
    if (String(state.revision) !== revision) {
      source.close();
      window.location.reload();
    }
  });
  source.addEventListener('answers', function (e) {
    var a = JSON.parse(e.data);
    if (String(a.revision) !== revision) {
      return;
    }
    // a count in figures, and the words after it, which may agree with it
    var count = function (id, n) {
      var figures = document.getElementById(id);
      if (figures) {
        figures.textContent = String(n);
      }
      var words = document.getElementById(id + '-words');
      var phrase = words ? counted(words, 'data-phrases', n) : null;
      if (phrase) {
        words.textContent = phrase;
      }
    };
    count('live-joined', a.joined);
    count('live-answered', a.answered);
    var chart = document.getElementById('vote-' + a.vote + '-caption');
    if (!chart || !a.bars) {
      return;
    }
    var figure = chart.parentNode;
    var caption = counted(chart, 'data-phrases', a.answered);
    if (caption) {
      chart.textContent = caption;
    }
    Object.keys(a.bars).forEach(function (id) {
      var row = figure.querySelector('[data-option="' + CSS.escape(id) + '"]');
      if (!row) {
        return;
      }
      row.querySelector('.bar-fill').setAttribute('width', String(a.bars[id].percent));
      row.querySelector('.bar-count').textContent = a.bars[id].count + ' (' + a.bars[id].percent + '%)';
    });
  });
})();
