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
