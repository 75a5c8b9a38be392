import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../core/ldc-element.js';
import type { Content } from './content.js';
import { heading } from './heading.js';

/** GOV.UK panel: the eligible result. Never used for "not eligible" or errors. */
export function panel(title: Content, body: Content | typeof nothing, level: HeadingLevel = 2): TemplateResult {
  return html`<div class="ldc-panel" part="panel">
    ${heading(level, title, { class: 'ldc-panel__title' })}
    ${body === nothing ? nothing : html`<div class="ldc-panel__body">${body}</div>`}
  </div>`;
}
