/**
 * Tells elements when a `lang` attribute that may decide their language changes: one
 * MutationObserver for the whole document (made when the first element connects, never at
 * module load), plus the element itself when it lives in another shadow root, which a
 * document observer cannot see into.
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
  if (el.getRootNode() !== document) observer.observe(el, { attributes: true, attributeFilter: ['lang'] });
}

export function unwatchLanguage(el: Watcher): void {
  watched.delete(el);
}
