// The ldc-definition command (bin/ldc-definition.mjs) as a council team's CI would run it: exit
// codes and output for good and broken definitions and personas. Runs after `npm run build`
// (it uses the engine in dist/): `npm run test:cli`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url).pathname;
const definitions = join(root, 'src/eligibility/definitions');
const personas = join(root, 'test/eligibility/personas');
const tmp = mkdtempSync(join(tmpdir(), 'ldc-definition-'));

/** Runs the command; its exit code, standard output and standard error. */
function run(...args) {
  const r = spawnSync(process.execPath, [join(root, 'bin/ldc-definition.mjs'), ...args], {
    encoding: 'utf8',
    cwd: root,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of a bundled definition with one change, written to a temporary file. */
function broken(name, change) {
  const d = JSON.parse(readFileSync(join(definitions, name), 'utf8'));
  change(d);
  const file = join(tmp, `broken-${name}`);
  writeFileSync(file, JSON.stringify(d));
  return file;
}

describe('ldc-definition check', () => {
  for (const name of readdirSync(definitions).filter((f) => f.endsWith('.json')))
    it(`${name}: valid, exit 0`, () => {
      const r = run('check', join(definitions, name));
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(
        r.stdout,
        /: valid \(version [12], \d+ questions, \d+ outcomes, \d+ criteria, languages: en(, cy)?\)\n/,
      );
      assert.doesNotMatch(r.stdout, /warning/);
    });

  it('a broken definition: each problem with its JSON path, exit 1', () => {
    const file = broken('blue-badge-england.json', (d) => {
      d.questions[4].options[0].outcome = 'eligable';
      d.questions[4].options[0].criteria = ['pip-moving-around-88'];
    });
    const r = run('check', file);
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      `${file}: 2 problems\n` +
        '  questions[4].options[0].outcome: unknown outcome "eligable"\n' +
        '  questions[4].options[0].criteria[0]: unknown criterion "pip-moving-around-88"\n',
    );
  });

  it('a definition the schema refuses: its problems first (meaning is checked once the shape is right), exit 1', () => {
    const file = broken('blue-badge-england.json', (d) => {
      d.criteria[0].source = 'http://legislation.gov.uk/uksi/2000/682';
      d.questions[2].kind = 'dropdown';
    });
    const r = run('check', file);
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      `${file}: 2 problems\n` +
        '  questions[2].kind: must be one of radios, checkboxes, number, date (got "dropdown")\n' +
        '  criteria[0].source: must be an https:// address\n',
    );
  });

  it('a flow problem (an outcome nothing leads to) is found once references resolve, exit 1', () => {
    const file = broken('council-tax-england.json', (d) =>
      d.outcomes.push({ id: 'orphan', kind: 'eligible', title: 'Orphan', body: ['Nothing leads here.'] }),
    );
    const r = run('check', file);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /outcomes\[13\]: "orphan" is never reached: no option or route leads to it/);
  });

  it('a text missing a declared language, exit 1', () => {
    const file = broken('council-tax-england.json', (d) => {
      d.languages = ['en', 'cy'];
    });
    const r = run('check', file);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /title: is in one language only; write it in each of en, cy/);
  });

  it('a file that is not JSON, or is not there: exit 1 with the reason', () => {
    const file = join(tmp, 'not.json');
    writeFileSync(file, '{ "id": ');
    const a = run('check', file);
    assert.equal(a.code, 1);
    assert.match(a.stderr, /is not valid JSON/);
    const b = run('check', join(tmp, 'missing.json'));
    assert.equal(b.code, 1);
    assert.match(b.stderr, /cannot be read \(ENOENT\)/);
  });

  it('wrong usage: exit 2 with the usage', () => {
    for (const args of [[], ['lint', 'x.json'], ['check'], ['test', 'x.json']]) {
      const r = run(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /Usage:\n {2}ldc-definition check <definition\.json>/);
    }
    const help = run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage:/);
  });
});

describe('ldc-definition test', () => {
  for (const name of readdirSync(personas).filter((f) => f.endsWith('.json')))
    it(`${name}: every persona passes, exit 0`, () => {
      const r = run('test', join(definitions, name), join(personas, name));
      assert.equal(r.code, 0, r.stdout + r.stderr);
      const count = JSON.parse(readFileSync(join(personas, name), 'utf8')).personas.length;
      assert.ok(r.stdout.endsWith(`\n${count} passed, 0 failed\n`), r.stdout.slice(-200));
      assert.equal(r.stdout.match(/^✓ /gm).length, count);
    });

  it('a persona whose result changed: ✗ with expected and actual, "N passed, 1 failed", exit 1', () => {
    const file = join(tmp, 'personas.json');
    const list = JSON.parse(readFileSync(join(personas, 'council-tax-england.json'), 'utf8'));
    list.personas[0].expect = { outcome: 'all-disregarded' };
    writeFileSync(file, JSON.stringify(list));
    const r = run('test', join(definitions, 'council-tax-england.json'), file);
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /✗ 1\. One adult, 34, lives alone → single-person-discount \(one-adult-counted\)\n {4}expected all-disregarded, got single-person-discount\n/,
    );
    assert.ok(r.stdout.endsWith(`\n${list.personas.length - 1} passed, 1 failed\n`));
  });

  it('a persona with an answer the journey never asks fails, exit 1', () => {
    const file = join(tmp, 'typo.json');
    writeFileSync(
      file,
      JSON.stringify([
        { name: 'Typo', answers: { 'main-home': 'no', adults: 1 }, expect: { outcome: 'not-main-home' } },
      ]),
    );
    const r = run('test', join(definitions, 'council-tax-england.json'), file);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /answer "adults" is never asked on this journey\n0 passed, 1 failed\n$/);
  });

  it('a malformed personas file: its problems with paths, exit 1', () => {
    const file = join(tmp, 'bad-personas.json');
    writeFileSync(file, JSON.stringify({ personas: [{ name: 'No expectation', answers: {} }] }));
    const r = run('test', join(definitions, 'council-tax-england.json'), file);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /personas\[0\]\.expect: must be an object with "outcome" or "outcomes"/);
  });

  it('a broken definition is reported and no persona runs, exit 1', () => {
    const file = broken('council-tax-england.json', (d) => (d.firstQuestion = 'nowhere'));
    const r = run('test', file, join(personas, 'council-tax-england.json'));
    assert.equal(r.code, 1);
    assert.match(r.stdout, /firstQuestion: unknown question "nowhere"/);
    assert.doesNotMatch(r.stdout, /passed/);
  });
});

/** The English of a question's text: audience `self` first, then `en` where a text is in both languages. */
function english(text) {
  const t = text.self ?? text;
  return typeof t === 'string' ? t : t.en;
}

describe('ldc-definition graph', () => {
  it('a Mermaid flowchart: every question and outcome once, every edge labelled, exit 0', () => {
    const d = JSON.parse(readFileSync(join(definitions, 'blue-badge-wales.json'), 'utf8'));
    const r = run('graph', join(definitions, 'blue-badge-wales.json'));
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], 'flowchart TD');
    for (const [i, q] of d.questions.entries())
      assert.ok(lines.includes(`  q${i}["${english(q.text).replace(/"/g, '#quot;')}"]`), q.id);
    for (const [i] of d.outcomes.entries()) assert.ok(lines.some((l) => l.startsWith(`  o${i}(["`)));
    assert.ok(lines.includes('  start --> q0'));
    assert.ok(lines.includes('  q0 -->|"An organisation"| o3'));
    const edges = lines.filter((l) => l.includes('-->'));
    assert.ok(edges.length > 40);
    assert.ok(
      edges.every((l) => l === '  start --> q0' || /-->\|"[^"]+"\|/.test(l)),
      'every edge but the start is labelled',
    );
  });

  it('a broken definition: problems on stderr, nothing on stdout, exit 1', () => {
    const file = broken('blue-badge-wales.json', (d) => (d.questions[0].options[0].next = 'nowhere'));
    const r = run('graph', file);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /questions\[0\]\.options\[0\]\.next: unknown question "nowhere"/);
  });
});

describe('the Blue Badge bundle', () => {
  // The nations' definitions are validated here and by the browser tests; the checker runs them
  // without the validator. Its entry and every chunk it can load on demand hold none of it.
  it('never loads the definition validator (build/bundles/blue-badge-checker)', () => {
    const dir = join(root, 'build/bundles/blue-badge-checker');
    const files = [
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(dir, f)),
      ...readdirSync(join(dir, 'chunks'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(dir, 'chunks', f)),
    ];
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    assert.ok(code.includes('blue-badge-england'), 'the nations are there');
    for (const marker of ['is not a field this format has', 'must NOT have', 'definition.validator'])
      assert.ok(!code.includes(marker), `no "${marker}"`);
    const generic = join(root, 'build/bundles/eligibility-checker/chunks');
    const genericCode = readdirSync(generic)
      .map((f) => readFileSync(join(generic, f), 'utf8'))
      .join('\n');
    assert.ok(genericCode.includes('is not a field this format has'), 'the generic checker does load it (on demand)');
  });
});
