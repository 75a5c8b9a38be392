/**
 * Dates, counts and lists in English or Welsh, the GOV.UK way, whatever the browser's Intl data.
 *
 * Dates are never in US order: English is en-GB ("Wednesday 16 December 2026"); Welsh is
 * "Dydd Mercher 16 Rhagfyr 2026" (GOV.UK's `%e %B %Y` and HMRC's long form, no comma). Some
 * browsers have no Welsh date data (Debian's Chromium 156: `Intl.DateTimeFormat.supportedLocalesOf(['cy'])`
 * is empty, and Welsh would come out as "Wednesday, December 16"), so day and month names come
 * from our own tables in both languages (Welsh: CLDR 48's names, shared/reference/welsh-language.md
 * §2): the same words in every engine. Dates are ISO calendar dates (YYYY-MM-DD) in UK time.
 * Plain TypeScript, no DOM.
 */
import type { Language } from './i18n.js';
import { whenIdle } from './intl.js';

const ENGLISH_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WELSH_DAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'];
const WELSH_MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
];

/** Which parts a date shows: the weekday and the year are optional; day and month always show. */
export interface DateParts {
  weekday?: boolean;
  year?: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date in words: `formatDate('2026-12-16', 'en', { weekday: true })` →
 * "Wednesday 16 December"; in Welsh "Dydd Mercher 16 Rhagfyr". Anything that is not a real
 * ISO date comes back unchanged (never an exception).
 */
export function formatDate(iso: string, language: Language, parts: DateParts = {}): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return iso;
  // GOV.UK style in both languages: the parts with single spaces, no commas. Our own names, not
  // Intl's: the first DateTimeFormat wakes Intl's calendar data (~100 ms on a slow phone, on the
  // badge's first render), and engines without Welsh data would fall back to US order.
  const [days, months] = language === 'cy' ? [WELSH_DAYS, WELSH_MONTHS] : [ENGLISH_DAYS, ENGLISH_MONTHS];
  return [
    ...(parts.weekday ? [days[date.getUTCDay()]] : []),
    String(date.getUTCDate()),
    months[date.getUTCMonth()],
    ...(parts.year ? [String(date.getUTCFullYear())] : []),
  ].join(' ');
}

/** A number the British way (1,200), the same in Welsh. */
export function formatNumber(n: number): string {
  return (numberFormat ??= new Intl.NumberFormat('en-GB')).format(n);
}
// Intl's formatters are made when first used (or while the page is idle: warmFormats), never
// while a module loads: the first of each kind wakes Intl's locale data, which takes a while.
let numberFormat: Intl.NumberFormat | undefined;

/** CLDR plural categories; Welsh uses all six (0 zero, 1 one, 2 two, 3 few, 6 many, else other). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Welsh cardinal plural rule (CLDR), for engines without Welsh plural data. */
function welshPlural(n: number): PluralCategory {
  if (n === 0) return 'zero';
  if (n === 1) return 'one';
  if (n === 2) return 'two';
  if (n === 3) return 'few';
  if (n === 6) return 'many';
  return 'other';
}

let welshPlurals: Intl.PluralRules | null | undefined;
let englishPlurals: Intl.PluralRules | undefined;

/** The plural category of `n` in `language` (Intl.PluralRules, with the CLDR Welsh rule as a fallback). */
export function pluralCategory(n: number, language: Language): PluralCategory {
  if (language !== 'cy') return (englishPlurals ??= new Intl.PluralRules('en-GB')).select(n) as PluralCategory;
  welshPlurals ??= Intl.PluralRules.supportedLocalesOf(['cy']).length ? new Intl.PluralRules('cy') : null;
  return welshPlurals ? (welshPlurals.select(n) as PluralCategory) : welshPlural(n);
}

/**
 * The message for a count, one whole sentence per plural category: `other` is required, the
 * rest fall back to it. Give English `one` and `other`; give Welsh translations every category
 * by writing a msg() for each (a translator fills each one).
 */
export function plural(
  n: number,
  language: Language,
  forms: Partial<Record<PluralCategory, () => string>> & { other: () => string },
): string {
  return (forms[pluralCategory(n, language)] ?? forms.other)();
}

let englishList: Intl.ListFormat | undefined;

/**
 * "A, B and C" in English (Intl.ListFormat). In Welsh, "A, B a C", with "ac" before a vowel:
 * Intl's Welsh list format writes "a(c)" where it cannot choose, and many engines have none.
 * A Welsh "a" also mutates the next word (a + c → a ch…), which no code can do for council
 * data, so prefer a real list (<ul>) for items from data; use this only for our own words.
 */
export function formatList(items: readonly string[], language: Language): string {
  if (language !== 'cy')
    return (englishList ??= new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })).format(items);
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  const and = /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/i.test(last.trim()) ? 'ac' : 'a';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

/**
 * Makes the Intl formatters a later step will use (numbers, plurals, lists) while the page is
 * idle, so the step that needs them does not wait for Intl.
 * `also` runs then too (e.g. the first London date).
 */
const warmed = new Set<Language>();
export function warmFormats(language: Language, also?: () => void): void {
  if (warmed.has(language)) return;
  warmed.add(language);
  const warm = () => {
    formatNumber(1);
    pluralCategory(1, language);
    formatList(['a', 'b'], language);
    also?.();
  };
  whenIdle(warm);
}
