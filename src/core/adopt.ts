import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';

/** Styles each element has adopted beyond its own, in the order they came. */
const adopted = new WeakMap<ReactiveElement, Set<CSSResultOrNative>>();

/**
 * Adopts `styles` in `host`'s shadow root beside its own static styles, each once: for a part of
 * the view that arrives in its own chunk with its CSS (a later step, a kind of question), so an
 * entry carries only the styles of what it shows first. Cheap to call on every render: the
 * shadow root's sheets change only when a style is new.
 */
export function adoptMore(host: ReactiveElement, styles: readonly CSSResultOrNative[]): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return; // not connected yet: its first render will ask again
  let own = adopted.get(host);
  if (!own) adopted.set(host, (own = new Set()));
  const before = own.size;
  for (const s of styles) own.add(s);
  if (own.size !== before) adoptStyles(root, [...(host.constructor as typeof ReactiveElement).elementStyles, ...own]);
}
