import { isRealDate } from './dates.js';
import type { Answers, Condition, Settings } from './types.js';

/** The operators that test one value: `{ "answer": id, <operator>: value }`. */
export const ANSWER_OPERATORS = [
  'is',
  'in',
  'includes',
  'includesAny',
  'atLeast',
  'atMost',
  'lessThan',
  'moreThan',
  'before',
  'onOrAfter',
] as const;
export type Operator = (typeof ANSWER_OPERATORS)[number];
/** The operators that combine conditions. */
export const COMBINATORS = ['all', 'any', 'not'] as const;
/** What a condition can test: an answer, a derived value (version 2) or a setting. */
export const SUBJECTS = ['answer', 'derived', 'setting'] as const;
/** Operators that compare numbers, and those that compare dates; their operand may be a reference. */
export const NUMBER_OPERATORS: readonly string[] = ['atLeast', 'atMost', 'lessThan', 'moreThan'];
export const DATE_OPERATORS: readonly string[] = ['before', 'onOrAfter'];

/**
 * Deeper than any real definition nests conditions; validateDefinition refuses deeper data, and
 * the engine stops here rather than run out of stack on data that was never validated.
 */
export const MAX_CONDITION_DEPTH = 32;

/** A value that cannot be worked out because the data is not well formed (never a real value). */
export const MALFORMED = Symbol('malformed');

/** What conditions read: answers, settings, derived values (by id) and the date "today" means. */
export interface Scope {
  answers: Answers;
  settings: Settings;
  /** A derived value: a number, undefined when it cannot be known yet, or MALFORMED. */
  derived?: (id: string) => unknown;
  today?: string;
}

type Obj = Record<string, unknown>;
const has = (o: Obj, key: string) => Object.hasOwn(o, key);
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An answer given for `id`: own properties only, never one inherited through the prototype. */
export function answerOf(answers: Answers, id: unknown): unknown {
  return typeof id === 'string' && Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/**
 * The value a reference names (`{ "answer": id, "default": 0 }`, `{ "derived": id }`,
 * `{ "setting": name }`), undefined when it is not known (an unanswered question), or MALFORMED
 * when the reference is not one. Own properties only.
 */
export function refValue(ref: unknown, scope: Scope): unknown {
  if (!isObject(ref)) return MALFORMED;
  const keys = Object.keys(ref);
  if (has(ref, 'answer') && typeof ref.answer === 'string') {
    if (keys.length > (has(ref, 'default') ? 2 : 1)) return MALFORMED;
    const v = answerOf(scope.answers, ref.answer);
    return v === undefined && has(ref, 'default') ? ref.default : v;
  }
  if (keys.length !== 1) return MALFORMED;
  if (typeof ref.derived === 'string') return scope.derived ? scope.derived(ref.derived) : undefined;
  if (typeof ref.setting === 'string')
    return Object.hasOwn(scope.settings, ref.setting) ? scope.settings[ref.setting] : undefined;
  return MALFORMED;
}

/** A literal or a reference's value; "today" stands for the date of evaluation where dates are compared. */
function operand(v: unknown, scope: Scope, dates: boolean): unknown {
  if (isObject(v)) return refValue(v, scope);
  if (dates && v === 'today') return scope.today;
  return v;
}

/**
 * Whether the condition holds: true, false, or undefined when it is not a condition this engine
 * knows (an unknown operator, a wrong type, nesting too deep, a malformed reference). Missing
 * values never match. Never throws on plain data.
 */
export function test(condition: unknown, scope: Scope, depth = 0): boolean | undefined {
  if (!isObject(condition)) return undefined;
  if (depth >= MAX_CONDITION_DEPTH) return undefined;
  const c = condition;
  const size = Object.keys(c).length;
  if (has(c, 'all') || has(c, 'any')) {
    const list = has(c, 'all') ? c.all : c.any;
    if (size !== 1 || !Array.isArray(list) || list.length === 0) return undefined;
    const all = has(c, 'all');
    let result = all;
    for (const item of list) {
      const r = test(item, scope, depth + 1);
      if (r === undefined) return undefined;
      if (r !== all) result = r; // keep going: a malformed later condition is still an error
    }
    return result;
  }
  if (has(c, 'not')) {
    if (size !== 1) return undefined;
    const r = test(c.not, scope, depth + 1);
    return r === undefined ? undefined : !r;
  }
  if (size !== 2) return undefined;
  const subject = SUBJECTS.find((s) => has(c, s));
  if (!subject || typeof c[subject] !== 'string') return undefined;
  const value = refValue({ [subject]: c[subject] }, scope);
  if (value === MALFORMED) return undefined;
  const op = ANSWER_OPERATORS.find((o) => has(c, o));
  if (!op) return undefined; // an unknown operator never silently evaluates
  const arg = c[op];
  switch (op) {
    case 'is': {
      const v = operand(arg, scope, false);
      if (v === MALFORMED) return undefined;
      return value !== undefined && value === v;
    }
    case 'in':
      // Element equality in a list only: a string "in" would match by substring, so it is refused.
      if (!Array.isArray(arg)) return undefined;
      return (typeof value === 'string' || typeof value === 'number') && arg.includes(value);
    case 'includes':
      return Array.isArray(value) && value.includes(arg as string);
    case 'includesAny':
      if (!Array.isArray(arg)) return undefined;
      return Array.isArray(value) && arg.some((v) => value.includes(v as string));
    case 'atLeast':
    case 'atMost':
    case 'lessThan':
    case 'moreThan': {
      if (typeof arg !== 'number' && !isObject(arg)) return undefined;
      const v = operand(arg, scope, false);
      if (v === MALFORMED) return undefined;
      if (typeof value !== 'number' || typeof v !== 'number') return false;
      return op === 'atLeast' ? value >= v : op === 'atMost' ? value <= v : op === 'lessThan' ? value < v : value > v;
    }
    case 'before':
    case 'onOrAfter': {
      if (typeof arg !== 'string' && !isObject(arg)) return undefined;
      const v = operand(arg, scope, true);
      if (v === MALFORMED) return undefined;
      if (!isRealDate(value) || !isRealDate(v)) return false;
      return op === 'before' ? value < v : value >= v;
    }
  }
}

/**
 * Does the condition hold for these answers and settings? Missing answers never match, and a
 * condition that is not well formed never holds. Derived values are unknown here (use evaluate).
 * Never throws on plain data.
 */
export function holds(condition: Condition, answers: Answers, settings: Settings, today?: string): boolean {
  return test(condition, { answers, settings, today }) === true;
}
