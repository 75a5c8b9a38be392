import { setProjectAnnotations } from '@storybook/web-components';
import { composeStories } from 'storybook/preview-api';
import type { TemplateResult } from 'lit';

let annotated = false;

/** The stories of a CSF module as functions that return their template (portable stories). */
export function storiesOf(module: Record<string, unknown>): Record<string, () => TemplateResult> {
  if (!annotated) {
    setProjectAnnotations([]); // registers the web-components renderer
    annotated = true;
  }
  return composeStories(module as never, {}) as Record<string, () => TemplateResult>;
}

/**
 * Waits until every Local Digital element in `el` (and `el` itself) has finished loading,
 * or 3 seconds (a story of the loading state never finishes, on purpose).
 */
export async function settled(el: Element): Promise<void> {
  const all = [el, ...el.querySelectorAll('*')].filter((e) => e.localName.startsWith('ldc-'));
  const done = Promise.all(all.map((e) => (e as Element & { whenSettled?: () => Promise<void> }).whenSettled?.()));
  await Promise.race([done, new Promise((r) => setTimeout(r, 3000))]);
}
