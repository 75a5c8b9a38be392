/**
 * Defines a custom element once. Loading a definition twice (two bundles on one CMS page,
 * a script tag and an npm import) is harmless: the second call does nothing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server-side rendering: nothing to do
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
