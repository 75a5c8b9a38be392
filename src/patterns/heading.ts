import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../core/ldc-element.js';

export type HeadingContent = string | TemplateResult;

/**
 * A heading at a level the host chooses (a widget sits under the page's own h1, so its
 * headings start at h2 by default). The level is a number 1–6 validated by the element,
 * never data, so the six literal templates are all it needs.
 */
export function heading(
  level: HeadingLevel,
  content: HeadingContent,
  options: { class?: string; id?: string } = {},
): TemplateResult {
  const cls = options.class ?? nothing;
  const id = options.id ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 class=${cls} id=${id}>${content}</h1>`;
    case 3:
      return html`<h3 class=${cls} id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} id=${id}>${content}</h5>`;
    case 6:
      return html`<h6 class=${cls} id=${id}>${content}</h6>`;
    default:
      return html`<h2 class=${cls} id=${id}>${content}</h2>`;
  }
}
