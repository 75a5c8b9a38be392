import { html, type TemplateResult } from 'lit';
import { msg } from '../core/i18n.js';
import type { Content } from './content.js';

// Its own module (not content.ts): only later steps use it, and a page carries it with them.

/** GOV.UK warning text: "!" icon and a hidden "Warning" so it is not only visual. */
export function warningText(content: Content): TemplateResult {
  return html`<div class="ldc-warning-text" part="warning-text">
    <span class="ldc-warning-text__icon" aria-hidden="true">!</span>
    <strong class="ldc-warning-text__text"
      ><span class="ldc-visually-hidden">${msg('Warning')}</span> ${content}</strong
    >
  </div>`;
}
