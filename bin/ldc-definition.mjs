#!/usr/bin/env node
// ldc-definition: check, test and draw eligibility definitions, for council teams and their CI.
// It runs the engine the checkers run in the browser (dist/eligibility, built from
// src/eligibility): the same validation, the same evaluate(), the same flow graph.
//
//   ldc-definition check <definition.json>                  schema and meaning; exit 1 on any problem
//   ldc-definition test <definition.json> <personas.json>   each persona's result; "N passed, N failed"
//   ldc-definition graph <definition.json> [--lang cy]      a Mermaid flowchart of questions and outcomes
//
// Exit codes: 0 all good, 1 a problem with the definition, the personas or a file, 2 wrong usage.
import { readFileSync } from 'node:fs';
import process from 'node:process';

const USAGE = `Usage:
  ldc-definition check <definition.json>
  ldc-definition test <definition.json> <personas.json>
  ldc-definition graph <definition.json> [--lang <code>]

check   validates the definition: the JSON Schema, then what a schema cannot say (every reference
        resolves, every question and outcome is reachable, no dead end, no cycle, every criterion
        cites an https source, every text is in each declared language). Prints each problem with
        its path and exits 1 if there is any.
test    runs each persona (answers, optional settings and "today", expected outcome or outcomes and
        deciding criteria) through the engine and prints its result, then "N passed, N failed".
graph   prints a Mermaid flowchart (https://mermaid.js.org) of the questions and outcomes.`;

// Piped into head or a closed pager: stop quietly, as other command-line tools do.
process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : 1));
const out = (line = '') => process.stdout.write(`${line}\n`);
const err = (line = '') => process.stderr.write(`${line}\n`);

function usage(problem) {
  err(`ldc-definition: ${problem}`);
  err(USAGE);
  return 2;
}

let engine;
try {
  engine = await import('../dist/eligibility/index.js');
} catch (e) {
  err(`ldc-definition: the engine is not built (${e instanceof Error ? e.message : e}). Run "npm run build" first.`);
  process.exit(2);
}

/** Parsed JSON from a file, or null after saying why on stderr. */
function readJson(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    err(`${file}: cannot be read (${e.code ?? e.message})`);
    return null;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    err(`${file}: is not valid JSON (${e.message})`);
    return null;
  }
}

/** The validated definition, or null after printing its problems (to `print`). */
function load(file, print) {
  const value = readJson(file);
  if (value === null) return null;
  const checked = engine.validateDefinition(value);
  if (checked.ok) return checked.definition;
  print(`${file}: ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}`);
  for (const p of checked.problems) print(`  ${p.path}: ${p.message}`);
  return null;
}

function check(file) {
  const d = load(file, out);
  if (!d) return 1;
  const languages = (d.languages ?? ['en']).join(', ');
  out(
    `${file}: valid (version ${d.version}, ${d.questions.length} questions, ${d.outcomes.length} outcomes, ` +
      `${d.criteria.length} criteria, languages: ${languages})`,
  );
  // Beyond the flow graph: can real answers reach each outcome? Conditions that contradict each
  // other pass the graph check; this only warns, since a search cannot try every number.
  const found = new Set();
  const variants = [
    {},
    ...Object.entries(d.settings ?? {}).flatMap(([k, s]) => (s.allowed ?? [s.min, s.max]).map((v) => ({ [k]: v }))),
  ];
  for (const settings of variants)
    for (const key of Object.keys(engine.explore(d, settings, { today: new Date().toISOString().slice(0, 10) }).found))
      found.add(key);
  for (const o of d.outcomes)
    if (!found.has(`outcome:${o.id}`))
      out(`  warning: no answers found that reach outcome "${o.id}"; check its conditions`);
  return 0;
}

function test(file, personasFile) {
  const d = load(file, out);
  if (!d) return 1;
  const value = readJson(personasFile);
  if (value === null) return 1;
  const read = engine.readPersonas(value);
  if (!read.ok) {
    out(`${personasFile}: ${read.problems.length} problem${read.problems.length === 1 ? '' : 's'}`);
    for (const p of read.problems) out(`  ${p.path}: ${p.message}`);
    return 1;
  }
  out(`${read.personas.length} personas from ${personasFile} on ${file}`);
  const result = engine.runPersonas(d, read.personas);
  for (const run of result.runs) {
    const got = run.outcomes.length ? run.outcomes.join(' + ') : 'no outcome';
    const why = run.criteria.length ? ` (${run.criteria.join(', ')})` : '';
    out(`${run.passed ? '✓' : '✗'} ${run.persona.name} → ${got}${why}`);
    for (const p of run.problems) out(`    ${p}`);
  }
  out(`${result.passed} passed, ${result.failed} failed`);
  return result.failed ? 1 : 0;
}

function graph(file, lang) {
  const d = load(file, err);
  if (!d) return 1;
  process.stdout.write(engine.toMermaid(d, lang));
  return 0;
}

function main(args) {
  const [command, ...rest] = args;
  const langAt = rest.indexOf('--lang');
  const lang = langAt >= 0 ? rest.splice(langAt, 2)[1] : 'en';
  if (command === '--help' || command === '-h') {
    out(USAGE);
    return 0;
  }
  if (command === undefined) return usage('no command');
  if (langAt >= 0 && !lang) return usage('--lang needs a language code, like cy');
  if (command === 'check' && rest.length === 1) return check(rest[0]);
  if (command === 'test' && rest.length === 2) return test(rest[0], rest[1]);
  if (command === 'graph' && rest.length === 1) return graph(rest[0], lang);
  if (!['check', 'test', 'graph'].includes(command)) return usage(`unknown command "${command}"`);
  return usage(`wrong number of files for "${command}"`);
}

process.exitCode = main(process.argv.slice(2));
