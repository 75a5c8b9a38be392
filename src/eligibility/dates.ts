const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a value is a real calendar date written YYYY-MM-DD: "2024-02-29" is, "2024-02-30" and
 * "2023-02-29" are not. Arithmetic on the parts, so no time zone or Date parsing quirk applies.
 */
export function isRealDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/**
 * Age in whole years on `on` of someone born on `born` (both YYYY-MM-DD), or undefined when
 * either is not a real date or `on` is before `born`. A birthday on 29 February counts from
 * 1 March in other years (the usual reading of the Family Law Reform Act 1969 s.9 in England).
 * String arithmetic only: no time zone or Date parsing applies.
 */
export function ageOn(born: unknown, on: unknown): number | undefined {
  if (!isRealDate(born) || !isRealDate(on) || on < born) return undefined;
  const [by, bm, bd] = born.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/** The date `years` years after (or before) a real date; 29 February becomes 28 February in other years. */
export function shiftYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = String(y + years).padStart(4, '0');
  const day = m === 2 && d === 29 && !isRealDate(`${year}-02-29`) ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
