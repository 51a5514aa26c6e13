// cytoquiz live sessions: follows the session's event stream and reloads the page when the instructor moves on;
// on the projector it also updates the answer count and bars as answers arrive. Without it the page still works
// with its Refresh button.
(function () {
  'use strict';
  // The open vote's countdown: the page states the end time; this adds the seconds left, counted from the time
  // left when the server made the page (so a phone whose clock is wrong still counts right). The server closes
  // the vote itself when the time is up, and the page then reloads with the next state event.
  var countdown = document.getElementById('live-countdown');
  if (countdown) {
    var left = countdown.querySelector('.countdown-left');
    var ends = Date.now() + Number(countdown.getAttribute('data-left-ms'));
    var tick = function () {
      var seconds = Math.max(0, Math.ceil((ends - Date.now()) / 1000));
      left.textContent = seconds > 0 ? ' (' + seconds + ' s left)' : ' (time is up)';
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
    var joined = document.getElementById('live-joined');
    if (joined) {
      joined.textContent = String(a.joined);
    }
    var answered = document.getElementById('live-answered');
    if (answered) {
      answered.textContent = String(a.answered);
    }
    var chart = document.getElementById('vote-' + a.vote + '-caption');
    if (!chart || !a.bars) {
      return;
    }
    var figure = chart.parentNode;
    chart.textContent = (a.vote === 2 ? 'Second vote' : 'First vote') + ': ' + a.answered
        + (a.answered === 1 ? ' answer' : ' answers');
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
