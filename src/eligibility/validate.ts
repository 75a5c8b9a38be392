import { references } from './conditions.js';
import type { Condition, Definition, Route, Transition } from './types.js';

export interface DefinitionProblem {
  path: string;
  message: string;
}
export type DefinitionCheck = { ok: true; definition: Definition } | { ok: false; problem: DefinitionProblem };

const KINDS = ['radios', 'checkboxes', 'number', 'date'];
const OUTCOME_KINDS = ['eligible', 'may-be-eligible', 'not-eligible', 'contact-council', 'different-service'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const isTextList = (v: unknown) => Array.isArray(v) && v.every(isText);

class Problem extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}
function need(ok: unknown, path: string, message: string): asserts ok {
  if (!ok) throw new Problem(path, message);
}
/** Records an id or value in `seen`; the second use of one is a problem. */
function addUnique(seen: Set<string>, id: unknown, path: string): void {
  need(!seen.has(id as string), path, `"${String(id)}" is used twice`);
  seen.add(id as string);
}

/**
 * Checks a definition when it loads and reports the first problem with its path, e.g.
 * `questions[3].options[1].next: unknown question "pip-points"`. The JSON Schema
 * (definition.schema.json) checks the same shape for editors and CI; this also checks
 * what a schema cannot: that every reference points at something that exists.
 */
export function validateDefinition(value: unknown): DefinitionCheck {
  try {
    check(value);
    return { ok: true, definition: value as Definition };
  } catch (e) {
    if (e instanceof Problem) return { ok: false, problem: { path: e.path, message: e.message } };
    throw e;
  }
}

function check(d: unknown): void {
  need(isObj(d), '(root)', 'must be a JSON object');
  need(isText(d.id) && ID.test(d.id as string), 'id', 'must be a lower-case id like "blue-badge-england"');
  need(d.version === 1, 'version', `must be 1 (got ${JSON.stringify(d.version)})`);
  need(isText(d.title), 'title', 'must be a non-empty string');
  need(isObj(d.start), 'start', 'must be an object');
  need(isTextList((d.start as Obj).intro), 'start.intro', 'must be a list of paragraphs');
  need(isTextList((d.start as Obj).youNeed), 'start.youNeed', 'must be a list of strings');
  need(isText((d.start as Obj).time), 'start.time', 'must be a non-empty string');
  need(Array.isArray(d.questions) && d.questions.length > 0, 'questions', 'must be a non-empty list');
  need(Array.isArray(d.outcomes) && d.outcomes.length > 0, 'outcomes', 'must be a non-empty list');
  need(Array.isArray(d.criteria), 'criteria', 'must be a list');
  const settings = d.settings ?? {};
  need(isObj(settings), 'settings', 'must be an object');

  const criteria = new Set<string>();
  (d.criteria as unknown[]).forEach((c, i) => {
    const p = `criteria[${i}]`;
    need(isObj(c), p, 'must be an object');
    need(isText(c.id) && ID.test(c.id as string), `${p}.id`, 'must be a lower-case id');
    addUnique(criteria, c.id, `${p}.id`);
    need(isText(c.text), `${p}.text`, 'must say in plain English what the criterion is');
    need(
      typeof c.source === 'string' && /^https:\/\//.test(c.source),
      `${p}.source`,
      'must be the https:// address of the rule’s source',
    );
  });

  const outcomes = new Set<string>();
  (d.outcomes as unknown[]).forEach((o, i) => {
    const p = `outcomes[${i}]`;
    need(isObj(o), p, 'must be an object');
    need(isText(o.id) && ID.test(o.id as string), `${p}.id`, 'must be a lower-case id');
    addUnique(outcomes, o.id, `${p}.id`);
    need(OUTCOME_KINDS.includes(o.kind as string), `${p}.kind`, `must be one of ${OUTCOME_KINDS.join(', ')}`);
    need(isText(o.title), `${p}.title`, 'must be a non-empty string');
    need(isTextList(o.body), `${p}.body`, 'must be a list of paragraphs');
  });

  const questions = new Set<string>();
  (d.questions as unknown[]).forEach((q, i) => {
    need(isObj(q) && isText(q.id) && ID.test(q.id as string), `questions[${i}].id`, 'must be a lower-case id');
    addUnique(questions, q.id, `questions[${i}].id`);
  });
  need(questions.has(d.firstQuestion as string), 'firstQuestion', `unknown question "${String(d.firstQuestion)}"`);

  const refs = { questions, outcomes, criteria, settings: new Set(Object.keys(settings)) };
  (d.questions as Obj[]).forEach((q, i) => checkQuestion(q, `questions[${i}]`, refs));
}

interface Refs {
  questions: Set<string>;
  outcomes: Set<string>;
  criteria: Set<string>;
  settings: Set<string>;
}

function checkQuestion(q: Obj, p: string, refs: Refs): void {
  need(KINDS.includes(q.kind as string), `${p}.kind`, `must be one of ${KINDS.join(', ')}`);
  need(isText(q.text), `${p}.text`, 'must be the question, as a non-empty string');
  need(isText(q.summary), `${p}.summary`, 'must be a short label for check your answers');
  need(isObj(q.errors) && isText(q.errors.required), `${p}.errors.required`, 'must be the message for no answer');
  const choice = q.kind === 'radios' || q.kind === 'checkboxes';
  if (choice) {
    need(Array.isArray(q.options) && q.options.length > 0, `${p}.options`, `a ${q.kind} question needs options`);
    const values = new Set<string>();
    (q.options as unknown[]).forEach((o, j) => {
      const op = `${p}.options[${j}]`;
      need(isObj(o) && isText(o.value), `${op}.value`, 'must be a non-empty string');
      addUnique(values, o.value, `${op}.value`);
      need(isText(o.text), `${op}.text`, 'must be a non-empty string');
      if (q.kind === 'checkboxes') need(!o.next && !o.outcome, op, 'checkbox options cannot lead anywhere; use routes');
      checkTransition(o as Transition, op, refs, false);
      if (o.when) checkCondition(o.when as Condition, `${op}.when`, refs);
    });
  } else {
    need(!q.options, `${p}.options`, `a ${q.kind} question has no options`);
  }
  if (q.kind === 'number' || q.kind === 'date')
    need(
      isText((q.errors as Obj).invalid),
      `${p}.errors.invalid`,
      `a ${q.kind} question needs a message for an answer that is not a ${q.kind}`,
    );
  const routes = (q.routes ?? []) as Route[];
  need(Array.isArray(routes), `${p}.routes`, 'must be a list');
  routes.forEach((r, j) => {
    checkTransition(r, `${p}.routes[${j}]`, refs, true);
    if (r.when) checkCondition(r.when, `${p}.routes[${j}].when`, refs);
  });
  const optionsLead = (q.options as Transition[] | undefined)?.every((o) => o.next || o.outcome);
  need(
    optionsLead || routes.some((r) => !r.when),
    `${p}.routes`,
    'needs a last route without "when", so every answer leads somewhere',
  );
}

function checkTransition(t: Transition, p: string, refs: Refs, required: boolean): void {
  if (required) need(Boolean(t.next) !== Boolean(t.outcome), p, 'must have exactly one of "next" or "outcome"');
  else need(!(t.next && t.outcome), p, 'cannot have both "next" and "outcome"');
  if (t.next) need(refs.questions.has(t.next), `${p}.next`, `unknown question "${t.next}"`);
  if (t.outcome) need(refs.outcomes.has(t.outcome), `${p}.outcome`, `unknown outcome "${t.outcome}"`);
  (t.criteria ?? []).forEach((c, k) => need(refs.criteria.has(c), `${p}.criteria[${k}]`, `unknown criterion "${c}"`));
}

function checkCondition(c: Condition, p: string, refs: Refs): void {
  need(isObj(c), p, 'must be a condition object');
  const { answers, settings } = references(c);
  for (const a of answers) need(refs.questions.has(a), p, `refers to unknown question "${a}"`);
  for (const s of settings) need(refs.settings.has(s), p, `refers to unknown setting "${s}"`);
}
