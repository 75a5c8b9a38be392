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
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || sourceLocale;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return sourceLocale;
}
