import { isRealDate } from './dates.js';
import { evaluate } from './evaluate.js';
import type { Answers, Definition, Settings } from './types.js';

/**
 * A persona: someone whose answers must lead to a known result. Councils keep a file of them
 * beside each definition and run `ldc-definition test definition.json personas.json` in CI.
 *
 * ```json
 * { "personas": [
 *   { "name": "Lives alone, 34",
 *     "answers": { "main-home": "yes", "adults": 1 },
 *     "settings": { "careLeaverScheme": "offered" },
 *     "today": "2026-04-01",
 *     "expect": { "outcomes": ["single-person-discount"], "criteria": ["one-adult"] } }
 * ] }
 * ```
 * `expect.outcome` is the one outcome the journey ends with; `expect.outcomes` lists every outcome
 * of a journey that ends with several, in order. `expect.criteria`, when given, lists every
 * criterion that decided the result, in any order. `settings` and `today` (the date ages are
 * worked out on) are optional. A bare list of personas is accepted too.
 */
export interface Persona {
  name: string;
  answers: Answers;
  settings?: Settings;
  today?: string;
  expect: { outcome?: string; outcomes?: string[]; criteria?: string[] };
}

export interface PersonaRun {
  persona: Persona;
  passed: boolean;
  /** The outcomes reached, in order ([] when none). */
  outcomes: string[];
  criteria: string[];
  /** Why it failed, one sentence each. */
  problems: string[];
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks a personas file (parsed JSON): the personas, or each problem with its path. Never throws. */
export function readPersonas(
  value: unknown,
): { ok: true; personas: Persona[] } | { ok: false; problems: { path: string; message: string }[] } {
  const list = Array.isArray(value) ? value : isObject(value) ? value.personas : undefined;
  const base = Array.isArray(value) ? '' : 'personas';
  if (!Array.isArray(list))
    return {
      ok: false,
      problems: [{ path: '(root)', message: 'must be { "personas": [ … ] } or a list of personas' }],
    };
  const problems: { path: string; message: string }[] = [];
  list.forEach((p, i) => {
    const at = `${base}[${i}]`;
    const bad = (field: string, message: string) =>
      problems.push({ path: `${at}${field ? `.${field}` : ''}`, message });
    if (!isObject(p)) return bad('', 'must be an object with name, answers and expect');
    if (typeof p.name !== 'string' || !p.name.trim()) bad('name', 'must be a non-empty string');
    if (!isObject(p.answers)) bad('answers', 'must be an object of answers by question id');
    if (p.settings !== undefined && !isObject(p.settings)) bad('settings', 'must be an object of settings by name');
    if (p.today !== undefined && !isRealDate(p.today)) bad('today', 'must be a real date written YYYY-MM-DD');
    if (!isObject(p.expect)) return bad('expect', 'must be an object with "outcome" or "outcomes"');
    const e = p.expect;
    if ((e.outcome === undefined) === (e.outcomes === undefined))
      bad('expect', 'needs exactly one of "outcome" or "outcomes"');
    if (e.outcome !== undefined && typeof e.outcome !== 'string') bad('expect.outcome', 'must be an outcome id');
    if (e.outcomes !== undefined && (!strings(e.outcomes) || !(e.outcomes as unknown[]).length))
      bad('expect.outcomes', 'must be a non-empty list of outcome ids');
    if (e.criteria !== undefined && !strings(e.criteria)) bad('expect.criteria', 'must be a list of criterion ids');
    for (const k of Object.keys(p))
      if (!['name', 'answers', 'settings', 'today', 'expect'].includes(k)) bad(k, 'is not a field of a persona');
    for (const k of Object.keys(e))
      if (!['outcome', 'outcomes', 'criteria'].includes(k)) bad(`expect.${k}`, 'is not a field of expect');
  });
  return problems.length ? { ok: false, problems } : { ok: true, personas: list as Persona[] };
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Runs one persona through `evaluate`, exactly as the checker would, and compares the result with
 * what it expects. Also fails when an answer is never asked on the persona's journey (a typo in an
 * id, or an answer that no longer matters), so a persona cannot pass by accident.
 */
export function runPersona(definition: Definition, persona: Persona): PersonaRun {
  const r = evaluate(definition, persona.answers, persona.settings ?? {}, { today: persona.today });
  const problems: string[] = [];
  const run = (outcomes: string[], criteria: string[]): PersonaRun => ({
    persona,
    passed: problems.length === 0,
    outcomes,
    criteria,
    problems,
  });
  if (r.type === 'error') {
    problems.push(`the answers cannot be evaluated: ${r.problem}`);
    return run([], []);
  }
  for (const id of Object.keys(persona.answers))
    if (!r.path.includes(id) && !(r.type === 'question' && r.question.id === id))
      problems.push(`answer "${id}" is never asked on this journey`);
  if (r.type === 'question') {
    problems.push(`stops at question "${r.question.id}": the persona has no answer for it`);
    return run([], []);
  }
  const outcomes = r.results.map((f) => f.outcome.id);
  const criteria = r.criteria.map((c) => c.id);
  const { expect } = persona;
  const wanted = expect.outcomes ?? [expect.outcome!];
  if (!same(outcomes, wanted)) problems.push(`expected ${wanted.join(' + ')}, got ${outcomes.join(' + ')}`);
  if (expect.criteria && !same([...criteria].sort(), [...expect.criteria].sort()))
    problems.push(`expected criteria [${expect.criteria.join(', ')}], got [${criteria.join(', ')}]`);
  return run(outcomes, criteria);
}

/** Runs every persona; the counts are what `ldc-definition test` prints last. */
export function runPersonas(
  definition: Definition,
  personas: Persona[],
): { runs: PersonaRun[]; passed: number; failed: number } {
  const runs = personas.map((p) => runPersona(definition, p));
  const passed = runs.filter((r) => r.passed).length;
  return { runs, passed, failed: runs.length - passed };
}
