import { html, type TemplateResult } from 'lit';
import type { Content } from './content.js';

/** GOV.UK inset text: a quotation, example or extra information. */
export function insetText(content: Content): TemplateResult {
  return html`<div class="ldc-inset-text" part="inset-text">${content}</div>`;
}
