/**
 * Tells elements when a `lang` attribute that may decide their language changes: one
 * MutationObserver for the whole document (made when the first element connects, never at
 * module load), which also watches every shadow root an element lives in (a document
 * observer cannot see into them). The hosts of those shadow roots are in the document or in
 * an outer shadow root, so their own `lang` is seen too.
 */
interface Watcher extends Element {
  languageMayHaveChanged(): void;
}

const watched = new Set<Watcher>();
let observer: MutationObserver | null = null;

function notify(): void {
  for (const el of watched) el.languageMayHaveChanged();
}

export function watchLanguage(el: Watcher): void {
  watched.add(el);
  if (typeof MutationObserver === 'undefined') return;
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  // Inside shadow roots the document observer sees nothing: watch each shadow root on the way
  // up to the document (observing a node twice is harmless).
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unwatchLanguage(el: Watcher): void {
  watched.delete(el);
}
