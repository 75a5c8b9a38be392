import { languageOf, type Language } from './i18n.js';

/** The locale the library's strings are written in. */
export const sourceLocale = 'en-GB';

/** The nearest `lang` attribute's value, crossing shadow roots, or '' when there is none. */
export function nearestLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/** The language an element speaks: Welsh under `lang="cy"` (or `cy-GB`), otherwise English. */
export function languageOfElement(el: Element): Language {
  return languageOf(nearestLang(el));
}

/**
 * The locale for the nearest `lang`: "cy" for Welsh, otherwise "en-GB". Only the two languages
 * the library speaks come out, so a page in another language (or an invalid tag such as
 * lang="!!") gets British English rather than an error or a US date.
 */
export function localeOf(el: Element): string {
  return ukLocale(nearestLang(el));
}

/**
 * UK services write dates the British way: a page marked only lang="en" (common in CMSs) gets
 * en-GB, "Friday 4 December", not the US "Friday, December 4". Welsh stays Welsh.
 */
export function ukLocale(lang: string): string {
  return languageOf(lang) === 'cy' ? 'cy' : sourceLocale;
}
