// The build's cut of bundled definitions (scripts/build/definition-parts.mjs): the entry's start
// page in English, the rules without what no resident sees, and nothing lost when merged again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { rulesPart, startPart } from '../../scripts/build/definition-parts.mjs';

const dir = 'src/eligibility/definitions';
const definitions = readdirSync(dir)
  .filter((f) => f.startsWith('blue-badge-'))
  .map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))]);

/** The definition without what the rules leave out on purpose. */
const shown = (d) =>
  JSON.parse(
    JSON.stringify(d, (k, v) => (k === 'note' || k === '$schema' ? undefined : v)),
    function (k, v) {
      if (k === 'description' && this && 'default' in this) return undefined; // a setting's description
      return v;
    },
  );

test('every Blue Badge definition merged from its parts, the rules last, is the definition residents see', () => {
  for (const [file, d] of definitions) {
    const merged = { ...startPart(d), ...rulesPart(d) };
    const want = shown(d);
    // The merge keeps keys in another order; compare as sorted JSON.
    const sorted = (o) =>
      JSON.stringify(o, (k, v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
      );
    assert.equal(sorted(merged), sorted(want), file);
  }
});

test('the start page is English only; a definition with Welsh keeps its start page in the rules', () => {
  for (const [file, d] of definitions) {
    const start = JSON.stringify({ ...startPart(d), languages: undefined });
    assert.ok(!start.includes('"cy"'), `${file}: no Welsh in the entry`);
    assert.deepEqual(Object.keys(startPart(d)).sort(), ['languages', 'start', 'title'].filter((k) => k in d).sort());
    const welsh = JSON.stringify(d.start).includes('"cy"') || JSON.stringify(d.title).includes('"cy"');
    assert.equal('start' in rulesPart(d), welsh, `${file}: start page in the rules only when it has Welsh`);
  }
  assert.deepEqual(startPart({ title: { en: 'A', cy: 'B' }, start: { intro: [{ en: 'x', cy: 'y' }, 'z'] } }), {
    title: { en: 'A' },
    start: { intro: [{ en: 'x' }, 'z'] },
  });
});

test('the rules leave out notes, $schema and settings descriptions, nothing else', () => {
  const d = {
    $schema: '../x.json',
    id: 'x',
    title: 'T',
    start: { intro: [], youNeed: [], time: '' },
    settings: { a: { description: 'for councils', default: 'p', allowed: ['p'] } },
    questions: [{ id: 'q', note: 'maintainers', text: 'Q', description: 'kept: not a setting' }],
  };
  assert.deepEqual(rulesPart(d), {
    id: 'x',
    settings: { a: { default: 'p', allowed: ['p'] } },
    questions: [{ id: 'q', text: 'Q', description: 'kept: not a setting' }],
  });
});
