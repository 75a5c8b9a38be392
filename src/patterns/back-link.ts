import { html, type TemplateResult } from 'lit';
import { msg } from '../core/i18n.js';

// Its own module (not actions.ts or link-button.ts): a page carries it with the steps that show it.

/**
 * GOV.UK back link, at the top of the step. A button, because it changes the step inside
 * the widget and must not break the browser's own Back button on the host page.
 */
export function backLink(onClick: () => void, text: string = msg('Back')): TemplateResult {
  return html`<button type="button" class="ldc-back-link" part="back-link" @click=${onClick}>${text}</button>`;
}
