import { isRealDate } from './dates.js';
import type { Answer, Question, Text } from './types.js';

/** What the user entered, before validation: a radio value, checkbox values or text fields. */
export type RawInput = string | string[] | { day: string; month: string; year: string } | undefined;

/** Which of the question's error messages applies. */
export type ErrorKey = 'required' | 'invalid' | 'min' | 'max';
/**
 * A valid answer, or the error: `reason` names the message in the question's `errors` (after
 * falling back, e.g. from `min` to `invalid`), and `error` is that message as the definition
 * writes it (word it with textFor when rendering).
 */
export type Parsed = { ok: true; value: Answer } | { ok: false; error: Text; reason: ErrorKey };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Welsh month names (Ionawr … Rhagfyr, shared/reference/welsh-language.md), by a prefix no English name shares. */
const WELSH_MONTHS = ['ion', 'chwe', 'maw', 'ebr', 'mai', 'meh', 'gor', 'aws', 'med', 'hyd', 'tach', 'rhag'];

/**
 * Validates one answer on Continue, GOV.UK style: required first, then format, then range.
 * Numbers accept spaces and commas ("1,200"); dates accept month names in English or Welsh
 * ("March", "mar", "Mawrth").
 */
export function parseInput(question: Question, raw: RawInput): Parsed {
  const e = question.errors;
  const fail = (...keys: ErrorKey[]): Parsed => {
    const reason = keys.find((k) => e[k] !== undefined) ?? 'required';
    return { ok: false, error: e[reason] ?? e.required, reason };
  };
  switch (question.kind) {
    case 'radios': {
      const values = (question.options ?? []).map((o) => o.value);
      return typeof raw === 'string' && values.includes(raw) ? { ok: true, value: raw } : fail('required');
    }
    case 'checkboxes': {
      const values = new Set((question.options ?? []).map((o) => o.value));
      return Array.isArray(raw) && raw.length && raw.every((v) => values.has(v))
        ? { ok: true, value: [...raw] }
        : fail('required');
    }
    case 'number': {
      const text = typeof raw === 'string' ? raw.replace(/[\s,]/g, '') : '';
      if (!text) return fail('required');
      if (!/^-?\d+(\.\d+)?$/.test(text)) return fail('invalid');
      const n = Number(text);
      if (!Number.isFinite(n)) return fail('invalid');
      if (question.min !== undefined && n < question.min) return fail('min', 'invalid');
      if (question.max !== undefined && n > question.max) return fail('max', 'invalid');
      return { ok: true, value: n };
    }
    case 'date': {
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('required');
      const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
      const day = text(raw.day);
      const year = text(raw.year);
      let month = text(raw.month).toLowerCase();
      if (!day && !month && !year) return fail('required');
      const byName = (names: string[]) => names.findIndex((m) => month.startsWith(m));
      const named = byName(MONTHS) >= 0 ? byName(MONTHS) : byName(WELSH_MONTHS);
      if (named >= 0 && /^[a-z]/.test(month)) month = String(named + 1);
      if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return fail('invalid');
      const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
      return isRealDate(iso) ? { ok: true, value: iso } : fail('invalid');
    }
  }
}

/**
 * What a question's field shows for a saved answer, the inverse of parseInput (the user's own
 * text comes back as they typed it; a date as its day, month and year).
 */
export function draftFor(question: Question, answer: Answer | undefined): RawInput {
  if (answer === undefined) return question.kind === 'date' ? { day: '', month: '', year: '' } : undefined;
  if (question.kind === 'date' && typeof answer === 'string') {
    const [year, month, day] = answer.split('-');
    return { day: String(Number(day)), month: String(Number(month)), year };
  }
  if (question.kind === 'number' && typeof answer === 'number') return plainNumber(answer);
  return answer as RawInput;
}

/**
 * A number as a resident would write it, which parseInput reads back to the same number: String()
 * writes very small and very large numbers in e-notation ("1e-7", "1e+21"), which the field does
 * not accept. The digits are String()'s (the shortest that round-trip), with the point moved.
 */
function plainNumber(n: number): string {
  const [mantissa, exponent] = String(n).split('e');
  if (exponent === undefined) return mantissa;
  const sign = mantissa.startsWith('-') ? '-' : '';
  const [whole, fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
