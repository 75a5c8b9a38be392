import { safeUrl } from '../core/url-policy.js';

/** Field checks a JSON Schema cannot express, shared by validateRegistry and the badge. No DOM. */

/** A real calendar date in ISO form: 2024-02-29 yes, 2023-02-29 and 2024-13-01 no. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** An evidence link the components may render: https only, unchanged by the URL policy, and parseable. */
export function isEvidenceUrl(value: string): boolean {
  if (safeUrl(value, 'link') !== value || !value.startsWith('https://')) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
