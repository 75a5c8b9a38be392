import { answerOf, test } from './conditions.js';
import { isRealDate } from './dates.js';
import type {
  Answers,
  Criterion,
  Definition,
  Evaluation,
  Option,
  Outcome,
  Question,
  Settings,
  Transition,
} from './types.js';

/** A definition's ids in Maps, built once per definition: every look-up is constant time. */
interface Index {
  questions: Map<string, Question>;
  outcomes: Map<string, Outcome>;
  criteria: Map<string, Criterion>;
  /** Each choice question's option values, for checking answers. */
  values: Map<string, Set<string>>;
  /** What the index was built from: a definition whose lists were replaced is indexed again. */
  from: [unknown, unknown, unknown];
}

const indexes = new WeakMap<object, Index>();

function byId<T extends { id: string }>(list: unknown): Map<string, T> {
  const map = new Map<string, T>();
  if (Array.isArray(list))
    for (const item of list as T[])
      if (typeof item === 'object' && item !== null && !map.has(item.id)) map.set(item.id, item);
  return map;
}

/**
 * The definition's index. Definitions are data that does not change once loaded (the one
 * validateDefinition returns is frozen); one whose question, outcome or criteria list is replaced
 * is indexed again.
 */
function indexOf(definition: Definition): Index {
  const cached = indexes.get(definition);
  const { questions, outcomes, criteria } = definition;
  if (cached && cached.from[0] === questions && cached.from[1] === outcomes && cached.from[2] === criteria)
    return cached;
  const index: Index = {
    questions: byId<Question>(questions),
    outcomes: byId<Outcome>(outcomes),
    criteria: byId<Criterion>(criteria),
    values: new Map(),
    from: [questions, outcomes, criteria],
  };
  for (const [id, q] of index.questions)
    if (Array.isArray(q.options)) index.values.set(id, new Set(q.options.map((o) => o?.value)));
  indexes.set(definition, index);
  return index;
}

/** The question with this id, or undefined. Constant time after the first call. */
export function findQuestion(definition: Definition, id: string): Question | undefined {
  return indexOf(definition).questions.get(id);
}

/** The settings a definition declares, with the host's overrides where they are allowed. */
export function resolveSettings(definition: Definition, overrides: Settings = {}): Settings {
  const settings: Settings = {};
  const declared = definition.settings ?? {};
  for (const name of Object.keys(declared)) {
    const s = declared[name];
    const wanted = Object.hasOwn(overrides, name) ? overrides[name] : undefined;
    const value = wanted !== undefined && Array.isArray(s.allowed) && s.allowed.includes(wanted) ? wanted : s.default;
    Object.defineProperty(settings, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return settings;
}

/** The options a question offers, given earlier answers (some only apply, e.g., to children under 3). */
export function visibleOptions(question: Question, answers: Answers, settings: Settings): Option[] {
  return (question.options ?? []).filter((o) => !o.when || test(o.when, answers, settings) === true);
}

/** The same, or undefined when an option's condition is not well formed. */
function offeredOptions(question: Question, answers: Answers, settings: Settings): Option[] | undefined {
  const out: Option[] = [];
  for (const o of question.options ?? []) {
    const shown = o.when === undefined ? true : test(o.when, answers, settings);
    if (shown === undefined) return undefined;
    if (shown) out.push(o);
  }
  return out;
}

/**
 * Checks answers against the definition: unknown question ids and values of the wrong type
 * or outside the options are rejected with a sentence naming the answer, never ignored.
 * Only the object's own properties count. Never throws on plain data.
 */
export function checkAnswers(definition: Definition, answers: unknown): string | null {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return 'answers must be an object';
  const index = indexOf(definition);
  for (const id of Object.keys(answers)) {
    const q = index.questions.get(id);
    if (!q) return `answers.${id}: there is no question "${id}" in ${definition.id}`;
    const problem = checkAnswer(q, (answers as Record<string, unknown>)[id], index.values.get(id));
    if (problem) return `answers.${id}: ${problem}`;
  }
  return null;
}

function checkAnswer(q: Question, value: unknown, values = new Set<unknown>()): string | null {
  const list = () => [...values].join(', ');
  switch (q.kind) {
    case 'radios':
      return typeof value === 'string' && values.has(value) ? null : `must be one of ${list()}`;
    case 'checkboxes': {
      let ok = Array.isArray(value) && value.length > 0;
      for (let i = 0; ok && i < (value as unknown[]).length; i++) ok = values.has((value as unknown[])[i]);
      return ok ? null : `must be a list of one or more of ${list()}`;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (typeof q.min === 'number' && value < q.min) return `must be ${q.min} or more`;
      if (typeof q.max === 'number' && value > q.max) return `must be ${q.max} or less`;
      return null;
    case 'date':
      return isRealDate(value) ? null : 'must be a real date (YYYY-MM-DD)';
    default:
      return `question "${q.id}" has an unknown kind`;
  }
}

/**
 * Walks the flow from the first question over the answers given. Returns the first question
 * still to answer, or the outcome with the criteria that decided it (each with its source).
 * Pure: the same definition, answers and settings always give the same result. Linear in the
 * length of the path. Never throws: a definition or answers it cannot use give an error value.
 */
export function evaluate(definition: Definition, answers: Answers, overrides: Settings = {}): Evaluation {
  try {
    return walk(definition, answers, overrides);
  } catch (e) {
    return { type: 'error', problem: `the definition could not be evaluated: ${describe(e)}` };
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  try {
    return String(e);
  } catch {
    return 'an unknown error';
  }
}

function walk(definition: Definition, answers: Answers, overrides: Settings): Evaluation {
  const problem = checkAnswers(definition, answers);
  if (problem) return { type: 'error', problem };
  const index = indexOf(definition);
  const settings = resolveSettings(definition, overrides);
  const path: string[] = [];
  const visited = new Set<string>();
  const decided = new Set<string>();
  let id = definition.firstQuestion;
  for (;;) {
    const question = index.questions.get(id);
    if (!question) return { type: 'error', problem: `unknown question "${id}"` };
    if (visited.has(id)) return { type: 'error', problem: `the flow loops back to "${id}"` };
    visited.add(id);
    const answer = answerOf(answers, id);
    const options = offeredOptions(question, answers, settings);
    if (!options) return { type: 'error', problem: `a condition on the options of "${id}" is not well formed` };
    // An answer the question no longer offers (an earlier answer changed, e.g. the age) is
    // treated as not given, so the question is asked again rather than deciding anything.
    if (answer === undefined || !offered(question, answer, options)) return { type: 'question', question, path };
    path.push(id);
    const step = transition(question, answer, answers, settings);
    if (step === undefined) return { type: 'error', problem: `a route condition of "${id}" is not well formed` };
    if (!step) return { type: 'error', problem: `no route leads on from "${id}" for this answer` };
    for (const c of step.criteria ?? []) decided.add(c);
    if (step.outcome) {
      const outcome = index.outcomes.get(step.outcome);
      if (!outcome) return { type: 'error', problem: `unknown outcome "${step.outcome}"` };
      const criteria: Criterion[] = [];
      for (const c of decided) {
        const criterion = index.criteria.get(c);
        if (criterion) criteria.push(criterion);
      }
      return { type: 'outcome', outcome, criteria, path };
    }
    if (typeof step.next !== 'string') return { type: 'error', problem: `no route leads on from "${id}"` };
    id = step.next;
  }
}

function offered(question: Question, answer: unknown, options: Option[]): boolean {
  if (question.kind !== 'radios' && question.kind !== 'checkboxes') return true;
  const values = new Set(options.map((o) => o.value));
  return Array.isArray(answer) ? answer.every((v) => values.has(v)) : values.has(answer as string);
}

/** Where an answer leads: the chosen option's own next/outcome (radios), else the first route that applies. */
function transition(
  question: Question,
  answer: unknown,
  answers: Answers,
  settings: Settings,
): Transition | null | undefined {
  if (question.kind === 'radios') {
    const option = question.options?.find((o) => o.value === answer);
    if (option && (option.next || option.outcome)) return option;
  }
  for (const route of question.routes ?? []) {
    if (route.when === undefined) return route;
    const r = test(route.when, answers, settings);
    if (r === undefined) return undefined;
    if (r) return route;
  }
  return null;
}

/** Only the answers on the current path: what check-your-answers shows and the result uses. */
export function answersOnPath(answers: Answers, path: string[]): Answers {
  return Object.fromEntries(path.filter((id) => Object.hasOwn(answers, id)).map((id) => [id, answers[id]]));
}
