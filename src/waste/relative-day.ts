/**
 * How far a bin day is from today. Its own module (not dates.ts): the waste lookup's entry needs
 * dates.ts, and only the results step needs this.
 */

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** "today", "tomorrow" or a formatted day, for the next collection. */
export function relativeDay(iso: string, today: string): 'today' | 'tomorrow' | 'later' | 'past' {
  const d = daysBetween(today, iso);
  return d === 0 ? 'today' : d === 1 ? 'tomorrow' : d < 0 ? 'past' : 'later';
}
