// Compares a GIFT export, as the third-party parser gift-pegjs reads it, with the same questions as cytoquiz's
// JSON (`cytoquiz generate --format json` or `cytoquiz questions --format json`): ids, stems, answers, keys,
// credit under partial-credit marking, and feedback. The parser is lenient, so values decide, not exit codes.
// Usage: node .ci/gift-compare.mjs KIT_DIR QUESTIONS.json EXPORT.gift ; exit 0 when they agree, 1 when not.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [kit, jsonFile, giftFile] = process.argv.slice(2);
if (!giftFile) { console.error('usage: gift-compare.mjs KIT_DIR QUESTIONS.json EXPORT.gift'); process.exit(2); }
const require = createRequire(join(resolve(kit), 'package.json'));
const { parse } = require('gift-pegjs');

const expected = JSON.parse(readFileSync(jsonFile, 'utf8')).questions;
const parsed = parse(readFileSync(giftFile, 'utf8')).filter(q => q.type !== 'Category' && q.type !== 'Description');
const problems = [];
const same = (what, got, want) => { if (got !== want) problems.push(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`); };
const close = (what, got, want) => { if (Math.abs(got - want) > 1e-4) problems.push(`${what}: credit ${got}, want ${want}`); };
const text = t => (t == null ? null : t.text);
// Feedback as cytoquiz writes it: the verdict word, the explanation, then "Source: <citation>."
const feedback = (f, audience) => {
  const word = { right: audience === 'patient' ? "Yes, that's right." : 'Correct.',
    partly: audience === 'patient' ? 'Partly right.' : 'Partially correct.',
    wrong: audience === 'patient' ? 'Not quite.' : 'Incorrect.' }[f.verdict];
  const paragraphs = f.source.lastParagraph
    ? `paragraphs ${f.source.paragraph}–${f.source.lastParagraph}` : `paragraph ${f.source.paragraph}`;
  return `${word} ${f.text.trim()} Source: "${f.source.heading}", ${paragraphs}.`;
};

same('number of questions', parsed.length, expected.length);
expected.forEach((q, i) => {
  const g = parsed[i];
  if (!g) return;
  const at = `${q.id}`;
  same(`${at} title`, g.title, q.id);
  same(`${at} stem`, text(g.stem), q.stem);
  if (q.kind === 'true-false') {
    const right = q.options.find(o => o.correct);
    const wrong = q.options.find(o => !o.correct);
    same(`${at} kind`, g.type, 'TF');
    same(`${at} key`, g.isTrue, right.id === 'true');
    // Moodle shows the first feedback after a wrong answer, the second after a right one.
    same(`${at} feedback on a wrong answer`, text(g.trueFeedback), feedback(wrong.feedback, q.audience));
    same(`${at} feedback on a right answer`, text(g.falseFeedback), feedback(right.feedback, q.audience));
  } else if (q.kind === 'matching') {
    same(`${at} kind`, g.type, 'Matching');
    const pairs = q.left.map(l => `${l.text} -> ${q.right.find(r => r.id === q.pairs[l.id]).text}`);
    const spare = q.right.filter(r => !Object.values(q.pairs).includes(r.id)).map(r => ` -> ${r.text}`);
    const got = g.matchPairs.map(p => `${text(p.subquestion) ?? ''} -> ${p.subanswer}`);
    same(`${at} pairs`, JSON.stringify(got), JSON.stringify([...pairs, ...spare]));
  } else if (q.kind === 'text-entry') {
    same(`${at} kind`, g.type, 'Short');
    const accepted = [...new Set(q.accepted)];
    same(`${at} answers`, JSON.stringify(g.choices.map(c => text(c.text))), JSON.stringify([...accepted, '*']));
    g.choices.forEach((c, k) => {
      const isCatchAll = k === accepted.length;
      close(`${at} answer ${k}`, c.weight == null ? (c.isCorrect ? 1 : 0) : c.weight / 100, isCatchAll ? 0 : 1);
      same(`${at} answer ${k} feedback`, text(c.feedback),
        feedback(isCatchAll ? q.feedback.wrong : q.feedback.right, q.audience));
    });
  } else {
    same(`${at} kind`, g.type, 'MC');
    same(`${at} answers`, JSON.stringify(g.choices.map(c => text(c.text))), JSON.stringify(q.options.map(o => o.text)));
    const rights = q.options.filter(o => o.correct).length;
    const wrongs = q.options.length - rights;
    g.choices.forEach((c, k) => {
      const o = q.options[k];
      if (!o) return;
      const want = q.kind === 'multiple-response' ? (o.correct ? 1 / rights : -1 / wrongs) : (o.correct ? 1 : 0);
      close(`${at} ${o.id}`, c.weight == null ? (c.isCorrect ? 1 : 0) : c.weight / 100, want);
      same(`${at} ${o.id} feedback`, text(c.feedback), feedback(o.feedback, q.audience));
    });
  }
});
problems.slice(0, 30).forEach(p => console.log(`${giftFile}: ${p}`));
console.log(`${giftFile}: ${problems.length ? `DIFFERS (${problems.length} differences)` : `same as ${jsonFile} (${expected.length} questions)`}`);
process.exit(problems.length ? 1 : 0);
