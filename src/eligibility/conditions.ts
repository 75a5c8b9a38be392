import type { Answers, Condition, Settings } from './types.js';

/** Does the condition hold for these answers and settings? Missing answers never match. */
export function holds(condition: Condition, answers: Answers, settings: Settings): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers, settings));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers, settings));
  if ('not' in condition) return !holds(condition.not, answers, settings);
  if ('setting' in condition) return settings[condition.setting] === condition.is;
  const value = answers[condition.answer];
  if (value === undefined) return false;
  if ('is' in condition) return value === condition.is;
  if ('in' in condition) return condition.in.includes(value as string | number);
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  if ('includesAny' in condition) return Array.isArray(value) && condition.includesAny.some((v) => value.includes(v));
  if ('atLeast' in condition) return typeof value === 'number' && value >= condition.atLeast;
  if ('lessThan' in condition) return typeof value === 'number' && value < condition.lessThan;
  if ('before' in condition) return typeof value === 'string' && value < condition.before;
  if ('onOrAfter' in condition) return typeof value === 'string' && value >= condition.onOrAfter;
  return false;
}

/** Every answer id and setting name a condition refers to, for definition validation. */
export function references(condition: Condition): { answers: string[]; settings: string[] } {
  if ('all' in condition || 'any' in condition) {
    const list = 'all' in condition ? condition.all : condition.any;
    const refs = list.map(references);
    return { answers: refs.flatMap((r) => r.answers), settings: refs.flatMap((r) => r.settings) };
  }
  if ('not' in condition) return references(condition.not);
  if ('setting' in condition) return { answers: [], settings: [condition.setting] };
  return { answers: [condition.answer], settings: [] };
}
