import { answerOf, MALFORMED, refValue, test, type Scope } from './conditions.js';
import { ageOn, isRealDate } from './dates.js';
import type {
  Answers,
  Audience,
  Criterion,
  Definition,
  Derived,
  EvaluateOptions,
  Evaluation,
  Fact,
  Finding,
  Option,
  Outcome,
  Question,
  SettingDefinition,
  Settings,
  SettingValue,
  Transition,
} from './types.js';

/** A definition's ids in Maps, built once per definition: every look-up is constant time. */
interface Index {
  questions: Map<string, Question>;
  outcomes: Map<string, Outcome>;
  criteria: Map<string, Criterion>;
  /** Derived values in definition order, and each one's position. */
  derived: Derived[];
  derivedAt: Map<string, number>;
  /** Each choice question's option values, for checking answers. */
  values: Map<string, Set<string>>;
  /** What the index was built from: a definition whose lists were replaced is indexed again. */
  from: unknown[];
}

const indexes = new WeakMap<object, Index>();

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function byId<T extends { id: string }>(list: unknown): Map<string, T> {
  const map = new Map<string, T>();
  if (Array.isArray(list))
    for (const item of list as T[])
      if (typeof item === 'object' && item !== null && !map.has(item.id)) map.set(item.id, item);
  return map;
}

/**
 * The definition's index. Definitions are data that does not change once loaded (the one
 * validateDefinition returns is frozen); one whose question, outcome, criteria or derived list is
 * replaced is indexed again.
 */
function indexOf(definition: Definition): Index {
  const cached = indexes.get(definition);
  const from = [definition.questions, definition.outcomes, definition.criteria, definition.derived];
  if (cached && cached.from.every((v, i) => v === from[i])) return cached;
  const derived = Array.isArray(definition.derived) ? definition.derived.filter(isObject) : [];
  const index: Index = {
    questions: byId<Question>(definition.questions),
    outcomes: byId<Outcome>(definition.outcomes),
    criteria: byId<Criterion>(definition.criteria),
    derived,
    derivedAt: new Map(),
    values: new Map(),
    from,
  };
  derived.forEach((d, i) => {
    if (typeof d.id === 'string' && !index.derivedAt.has(d.id)) index.derivedAt.set(d.id, i);
  });
  for (const [id, q] of index.questions)
    if (Array.isArray(q.options)) index.values.set(id, new Set(q.options.map((o) => o?.value)));
  indexes.set(definition, index);
  return index;
}

/** The question with this id, or undefined. Constant time after the first call. */
export function findQuestion(definition: Definition, id: string): Question | undefined {
  return indexOf(definition).questions.get(id);
}

// ---- settings -------------------------------------------------------------------------------

/** Whether a setting accepts a value: one of `allowed`, or a number or date within its range. */
export function settingAccepts(s: SettingDefinition, value: unknown): value is SettingValue {
  if (Array.isArray(s.allowed)) return s.allowed.includes(value as SettingValue);
  if (s.type === 'number')
    return (
      typeof value === 'number' &&
      Number.isFinite(value) &&
      !(typeof s.min === 'number' && value < s.min) &&
      !(typeof s.max === 'number' && value > s.max)
    );
  if (s.type === 'date')
    return (
      isRealDate(value) &&
      !(typeof s.min === 'string' && value < s.min) &&
      !(typeof s.max === 'string' && value > s.max)
    );
  return false;
}

/** The settings a definition declares, with the host's overrides where they are allowed. */
export function resolveSettings(definition: Definition, overrides: Settings = {}): Settings {
  const settings: Settings = {};
  const declared = definition.settings ?? {};
  for (const name of Object.keys(declared)) {
    const s = declared[name];
    const wanted = Object.hasOwn(overrides, name) ? overrides[name] : undefined;
    const value = wanted !== undefined && isObject(s) && settingAccepts(s, wanted) ? wanted : s.default;
    Object.defineProperty(settings, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return settings;
}

// ---- derived values -------------------------------------------------------------------------

const NUMBER_OPS = ['sum', 'min', 'max', 'difference'] as const;

/** One derived value: a finite number, undefined when it is not known, or MALFORMED. */
function compute(d: Obj, scope: Scope): unknown {
  for (const op of NUMBER_OPS) {
    if (!Object.hasOwn(d, op)) continue;
    const list = d[op];
    if (!Array.isArray(list) || list.length === 0) return MALFORMED;
    const values: number[] = [];
    let unknown = false;
    for (const s of list) {
      const v = typeof s === 'number' ? s : isObject(s) ? refValue(s, scope) : MALFORMED;
      if (v === MALFORMED) return MALFORMED;
      if (typeof v !== 'number' || !Number.isFinite(v)) unknown = true;
      else values.push(v);
    }
    if (unknown) return undefined;
    const result =
      op === 'sum'
        ? values.reduce((a, b) => a + b, 0)
        : op === 'min'
          ? Math.min(...values)
          : op === 'max'
            ? Math.max(...values)
            : values.slice(1).reduce((a, b) => a - b, values[0]);
    return Number.isFinite(result) ? result : undefined;
  }
  if (Object.hasOwn(d, 'count')) {
    if (!Array.isArray(d.count) || d.count.length === 0) return MALFORMED;
    let n = 0;
    for (const c of d.count) {
      const r = test(c, scope);
      if (r === undefined) return MALFORMED;
      if (r) n++;
    }
    return n;
  }
  if (Object.hasOwn(d, 'age')) {
    const a = d.age;
    if (!isObject(a)) return MALFORMED;
    const date = (s: unknown) => (s === 'today' ? scope.today : isObject(s) ? refValue(s, scope) : s);
    const born = date(a.born);
    const on = date(a.on);
    if (born === MALFORMED || on === MALFORMED) return MALFORMED;
    return ageOn(born, on);
  }
  return MALFORMED;
}

/**
 * Derived values for one evaluation, each computed at most once, in definition order and
 * without recursion: a value may use only those listed before it (validateDefinition checks
 * this; in data nobody validated, a later one reads as unknown).
 */
function deriver(index: Index, scope: Scope): (id: string) => unknown {
  const memo: unknown[] = [];
  let done = 0;
  let computing = false;
  return (id) => {
    const i = index.derivedAt.get(id);
    if (i === undefined) return MALFORMED;
    if (i < done) return memo[i];
    if (computing) return undefined;
    computing = true;
    try {
      for (; done <= i; done++) memo[done] = compute(index.derived[done] as Obj, scope);
    } finally {
      computing = false;
    }
    return memo[i];
  };
}

function scopeFor(definition: Definition, answers: Answers, overrides: Settings, options: EvaluateOptions): Scope {
  const scope: Scope = {
    answers,
    settings: resolveSettings(definition, overrides),
    today: isRealDate(options.today) ? options.today : undefined,
  };
  scope.derived = deriver(indexOf(definition), scope);
  return scope;
}

/**
 * The value of a derived value for these answers: a number, or undefined when it is not known
 * (a question not answered yet) or the definition has no such value. For tools and tests.
 */
export function derivedValue(
  definition: Definition,
  id: string,
  answers: Answers,
  overrides: Settings = {},
  options: EvaluateOptions = {},
): number | undefined {
  const v = scopeFor(definition, answers, overrides, options).derived!(id);
  return typeof v === 'number' ? v : undefined;
}

// ---- options and answers --------------------------------------------------------------------

/**
 * The options a question offers, given earlier answers (some only apply, e.g., to children under
 * 3). Derived values are not known here: evaluate returns the options it offers with the question.
 */
export function visibleOptions(question: Question, answers: Answers, settings: Settings): Option[] {
  return (question.options ?? []).filter((o) => !o.when || test(o.when, { answers, settings }) === true);
}

/** The options offered, or undefined when an option's condition is not well formed. */
function offeredOptions(question: Question, scope: Scope): Option[] | undefined {
  const options = question.options ?? [];
  // Most questions offer every option: no new list for them.
  if (!options.some((o) => o.when !== undefined)) return options;
  const out: Option[] = [];
  for (const o of options) {
    const shown = o.when === undefined ? true : test(o.when, scope);
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

/** Who the journey is about, from the answer the definition names ("self" until it is answered). */
function audienceOf(definition: Definition, answers: Answers): Audience {
  const a = definition.audience;
  if (!isObject(a) || !isObject(a.values)) return 'self';
  const answer = answerOf(answers, a.answer);
  const audience = typeof answer === 'string' && Object.hasOwn(a.values, answer) ? a.values[answer] : undefined;
  return audience === 'someone-else' || audience === 'organisation' ? audience : 'self';
}

// ---- evaluate -------------------------------------------------------------------------------

/**
 * Walks the flow from the first question over the answers given. Returns the first question
 * still to answer (with the options it offers), or the outcome(s) with the criteria that decided
 * them (each with its source) and the facts that apply. Pure: the same definition, answers,
 * settings and options always give the same result. Linear in the length of the path plus the
 * derived values used. Never throws: a definition or answers it cannot use give an error value.
 */
export function evaluate(
  definition: Definition,
  answers: Answers,
  overrides: Settings = {},
  options: EvaluateOptions = {},
): Evaluation {
  try {
    return walk(definition, answers, overrides, options);
  } catch (e) {
    return fail(`the definition could not be evaluated: ${describe(e)}`);
  }
}

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : typeof e);
const fail = (problem: string): Evaluation => ({ type: 'error', problem });

function walk(definition: Definition, answers: Answers, overrides: Settings, options: EvaluateOptions): Evaluation {
  const problem = checkAnswers(definition, answers);
  if (problem) return { type: 'error', problem };
  const index = indexOf(definition);
  const scope = scopeFor(definition, answers, overrides, options);
  const audience = audienceOf(definition, answers);
  const path: string[] = [];
  const visited = new Set<string>();
  const decided = new Set<string>();
  const criteria = (ids: Iterable<string>) => {
    const out: Criterion[] = [];
    for (const c of ids) {
      const criterion = index.criteria.get(c);
      if (criterion) out.push(criterion);
    }
    return out;
  };
  let id = definition.firstQuestion;
  for (;;) {
    const question = index.questions.get(id);
    if (!question) return fail(`unknown question "${id}"`);
    if (visited.has(id)) return fail(`the flow loops back to "${id}"`);
    visited.add(id);
    const answer = answerOf(answers, id);
    const offered = offeredOptions(question, scope);
    if (!offered) return fail(`a condition on the options of "${id}" is not well formed`);
    // An answer the question no longer offers (an earlier answer changed, e.g. the age) is
    // treated as not given, so the question is asked again rather than deciding anything.
    if (answer === undefined || !isOffered(question, answer, offered))
      return { type: 'question', question, path, audience };
    path.push(id);
    const step = transition(question, answer, scope);
    if (step === undefined) return fail(`a route condition of "${id}" is not well formed`);
    if (!step) return fail(`no route leads on from "${id}" for this answer`);
    for (const c of step.criteria ?? []) decided.add(c);
    if (step.outcome !== undefined || step.outcomes !== undefined) {
      const results: Finding[] = [];
      if (step.outcome !== undefined) {
        const outcome = index.outcomes.get(step.outcome);
        if (!outcome) return fail(`unknown outcome "${step.outcome}"`);
        results.push({ outcome, criteria: criteria(decided) });
      } else {
        const malformed = fail(`the outcomes of "${id}" are not well formed`);
        if (!Array.isArray(step.outcomes)) return malformed;
        const onPath = [...decided];
        for (const rule of step.outcomes) {
          if (!isObject(rule)) return malformed;
          const applies = rule.otherwise ? results.length === 0 : rule.when === undefined || test(rule.when, scope);
          if (applies === undefined) return malformed;
          if (!applies) continue;
          const outcome = index.outcomes.get(rule.outcome);
          if (!outcome) return fail(`unknown outcome "${rule.outcome}"`);
          const own = Array.isArray(rule.criteria) ? rule.criteria : [];
          for (const c of own) decided.add(c);
          // Criteria established on the way, not by one rule, belong to the first outcome.
          const before = results.length ? [] : onPath.filter((c) => !own.includes(c));
          results.push({ outcome, criteria: criteria([...before, ...own]) });
          if (rule.stop) break;
        }
        if (!results.length) return fail(`no outcome of "${id}" applies to these answers`);
      }
      const facts: Fact[] = [];
      for (const f of definition.facts ?? []) {
        const shown = f.when === undefined ? true : test(f.when, scope);
        if (shown === undefined) return fail('a condition of a fact is not well formed');
        if (shown) facts.push(f);
      }
      return {
        type: 'outcome',
        outcome: results[0].outcome,
        criteria: criteria(decided),
        path,
        audience,
        results,
        facts,
      };
    }
    if (typeof step.next !== 'string') return fail(`no route leads on from "${id}"`);
    id = step.next;
  }
}

/** The options a question offers for these answers: what evaluate would accept as an answer. */
export function offeredFor(
  definition: Definition,
  question: Question,
  answers: Answers,
  overrides: Settings = {},
  options: EvaluateOptions = {},
): Option[] {
  return offeredOptions(question, scopeFor(definition, answers, overrides, options)) ?? [];
}

function isOffered(question: Question, answer: unknown, options: Option[]): boolean {
  if (question.kind !== 'radios' && question.kind !== 'checkboxes') return true;
  const has = (v: unknown) => options.some((o) => o.value === v);
  return Array.isArray(answer) ? answer.every(has) : has(answer);
}

/** Where an answer leads: the chosen option's own next/outcome(s) (radios), else the first route that applies. */
function transition(question: Question, answer: unknown, scope: Scope): Transition | null | undefined {
  if (question.kind === 'radios') {
    const option = question.options?.find((o) => o.value === answer);
    if (option && (option.next || option.outcome || option.outcomes)) return option;
  }
  for (const route of question.routes ?? []) {
    if (route.when === undefined) return route;
    const r = test(route.when, scope);
    if (r === undefined) return undefined;
    if (r) return route;
  }
  return null;
}

/** Only the answers on the current path: what check-your-answers shows and the result uses. */
export function answersOnPath(answers: Answers, path: string[]): Answers {
  return Object.fromEntries(path.filter((id) => Object.hasOwn(answers, id)).map((id) => [id, answers[id]]));
}
