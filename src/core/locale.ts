/** The locale the library's strings are written in (see @lit/localize's sourceLocale). */
export const sourceLocale = 'en-GB';

/**
 * The language of the nearest ancestor with a `lang` attribute, crossing shadow roots,
 * or en-GB. Used for dates and numbers (Intl). Strings go through @lit/localize's msg(),
 * so when a Welsh translation ships the same lookup chooses it.
 */
export function localeOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return ukLocale(node.getAttribute('lang') ?? '');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return sourceLocale;
}

/**
 * UK services write dates the British way: a page marked only lang="en" (common in CMSs)
 * gets en-GB, "Friday 4 December", not the US "Friday, December 4". Welsh stays Welsh.
 */
export function ukLocale(lang: string): string {
  const primary = lang.trim().toLowerCase().split('-')[0];
  if (!primary || primary === 'en') return sourceLocale;
  return lang.trim();
}
