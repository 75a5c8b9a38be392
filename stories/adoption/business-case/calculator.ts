/**
 * The business case calculator's arithmetic, and reading its inputs from the usage events the
 * components send to a council's analytics (see Adoption / Usage measurement). Plain TypeScript.
 *
 * In words:
 *   refused applications avoided a month = checker completions a month
 *                                          × share told they are not eligible
 *                                          × share of those who would otherwise have applied
 *   saving on applications a month       = refused applications avoided × cost of handling a refused application
 *   calls avoided a month                = bin day look-ups a month × share who would otherwise have phoned
 *   saving on calls a month              = calls avoided × cost of a call
 *   saving a year                        = (saving on applications + saving on calls) a month × 12
 */

/** What the council enters. Shares are percentages (0 to 100); costs are pounds. */
export interface Inputs {
  checkerCompletions: number;
  notEligibleShare: number;
  wouldHaveApplied: number;
  refusedCost: number;
  binLookups: number;
  wouldHavePhoned: number;
  callCost: number;
}
export type InputName = keyof Inputs;

/**
 * Example figures, shown as examples (never as facts about a council): a council replaces each
 * with its own, from its analytics and its service and contact centre teams.
 */
export const EXAMPLE_INPUTS: Inputs = {
  checkerCompletions: 400,
  notEligibleShare: 30,
  wouldHaveApplied: 50,
  refusedCost: 25,
  binLookups: 3000,
  wouldHavePhoned: 10,
  callCost: 4,
};

export interface Result {
  refusedAvoided: number;
  applicationSaving: number;
  callsAvoided: number;
  callSaving: number;
  monthlySaving: number;
  yearlySaving: number;
}

export function calculate(i: Inputs): Result {
  const refusedAvoided = (i.checkerCompletions * i.notEligibleShare * i.wouldHaveApplied) / 10_000;
  const applicationSaving = refusedAvoided * i.refusedCost;
  const callsAvoided = (i.binLookups * i.wouldHavePhoned) / 100;
  const callSaving = callsAvoided * i.callCost;
  const monthlySaving = applicationSaving + callSaving;
  return {
    refusedAvoided,
    applicationSaving,
    callsAvoided,
    callSaving,
    monthlySaving,
    yearlySaving: monthlySaving * 12,
  };
}

export type InputKind = 'count' | 'percent' | 'money';
export const KINDS: Record<InputName, InputKind> = {
  checkerCompletions: 'count',
  notEligibleShare: 'percent',
  wouldHaveApplied: 'percent',
  refusedCost: 'money',
  binLookups: 'count',
  wouldHavePhoned: 'percent',
  callCost: 'money',
};

export type InputProblem = 'empty' | 'not-a-number' | 'not-whole' | 'over-100' | 'too-big';

/**
 * A number from what was typed: spaces, thousands commas, a £ or a % allowed ("£1,200.50",
 * "30 %"). Counts are whole numbers; percentages 0 to 100; money to the penny.
 */
export function parseInput(kind: InputKind, typed: string): { value: number } | { problem: InputProblem } {
  const cleaned = typed.trim().replace(/^£/, '').replace(/%$/, '').replace(/[\s,]/g, '');
  if (!cleaned) return { problem: 'empty' };
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return { problem: 'not-a-number' };
  const value = Number(cleaned);
  if (kind === 'count' && !Number.isInteger(value)) return { problem: 'not-whole' };
  if (kind === 'percent' && value > 100) return { problem: 'over-100' };
  if (value > 1e9) return { problem: 'too-big' };
  return { value: kind === 'money' ? Math.round(value * 100) / 100 : value };
}

/** Counts read from analytics: checker completions, how many were "not eligible", bin day look-ups. */
export interface EventCounts {
  checkerCompleted: number;
  checkerNotEligible: number;
  binLookups: number;
}

const CHECKER_OUTCOMES = ['eligible', 'may-be-eligible', 'not-eligible', 'contact-council', 'different-service'];
const WASTE_OUTCOMES = ['collections-found', 'no-collections'];

function add(counts: EventCounts, outcome: string, n: number): boolean {
  if (CHECKER_OUTCOMES.includes(outcome)) {
    counts.checkerCompleted += n;
    if (outcome === 'not-eligible') counts.checkerNotEligible += n;
    return true;
  }
  if (WASTE_OUTCOMES.includes(outcome)) {
    counts.binLookups += n;
    return true;
  }
  return false;
}

/**
 * Counts from the events themselves, as the components forwarded them: Tag Manager dataLayer
 * objects, Matomo `_paq` arrays or Plausible calls (`[name, { props }]`). Anything else is skipped.
 */
export function countsFromEvents(events: readonly unknown[]): EventCounts {
  const counts: EventCounts = { checkerCompleted: 0, checkerNotEligible: 0, binLookups: 0 };
  for (const e of events) {
    if (Array.isArray(e)) {
      if (e[0] === 'trackEvent' && e[2] === 'completed' && typeof e[3] === 'string') add(counts, e[3], 1);
      else if (e[0] === 'ldc_completed' && typeof e[1] === 'object' && e[1]) {
        const outcome = (e[1] as { props?: { outcome?: unknown } }).props?.outcome;
        if (typeof outcome === 'string') add(counts, outcome, 1);
      }
    } else if (e && typeof e === 'object') {
      const o = e as { event?: unknown; ldc_outcome?: unknown };
      if (o.event === 'ldc_completed' && typeof o.ldc_outcome === 'string') add(counts, o.ldc_outcome, 1);
    }
  }
  return counts;
}

/**
 * Counts from a report copied out of an analytics tool: one row per line, columns separated by
 * commas, tabs or semicolons, e.g. from Tag Manager/GA4 "ldc_completed, ldc-blue-badge-checker,
 * not-eligible, 120", from Matomo "ldc-blue-badge-checker, completed, not-eligible, 120", from
 * Plausible "not-eligible, 120". A row counts when it names a completed outcome and ends with a
 * whole number; rows about starts and steps, headings and totals are skipped.
 */
export function countsFromReport(text: string): { counts: EventCounts; used: number } {
  const counts: EventCounts = { checkerCompleted: 0, checkerNotEligible: 0, binLookups: 0 };
  let used = 0;
  for (const line of text.split(/\r?\n/)) {
    const cells = line
      .split(/[,\t;]/)
      .map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase())
      .filter(Boolean);
    if (cells.some((c) => c === 'started' || c === 'step' || c === 'ldc_started' || c === 'ldc_step')) continue;
    const number = /^\d+$/.test(cells.at(-1) ?? '') ? Number(cells.at(-1)) : NaN;
    const outcome = cells.find((c) => CHECKER_OUTCOMES.includes(c) || WASTE_OUTCOMES.includes(c));
    if (!outcome || !Number.isFinite(number)) continue;
    if (add(counts, outcome, number)) used++;
  }
  return { counts, used };
}

/** The inputs the counts give (per month, for counts covering `months` months). */
export function inputsFromCounts(counts: EventCounts, months = 1): Partial<Inputs> {
  const out: Partial<Inputs> = {};
  if (counts.checkerCompleted > 0) {
    out.checkerCompletions = Math.round(counts.checkerCompleted / months);
    out.notEligibleShare = Math.round((counts.checkerNotEligible / counts.checkerCompleted) * 1000) / 10;
  }
  if (counts.binLookups > 0) out.binLookups = Math.round(counts.binLookups / months);
  return out;
}
