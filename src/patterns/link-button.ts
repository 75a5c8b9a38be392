import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/i18n.js';

// Their own module (not actions.ts): a page whose first step has only a button (the waste
// lookup's postcode step) carries these with the later steps that use them.

/**
 * GOV.UK back link, at the top of the step. A button, because it changes the step inside
 * the widget and must not break the browser's own Back button on the host page.
 */
export function backLink(onClick: () => void, text: string = msg('Back')): TemplateResult {
  return html`<button type="button" class="ldc-back-link" part="back-link" @click=${onClick}>${text}</button>`;
}

/** An in-widget action that reads as a link ("Change", "Search again"). */
export function linkButton(text: string, onClick: () => void, hiddenText?: string): TemplateResult {
  return html`<button type="button" class="ldc-link-button" part="link-button" @click=${onClick}>
    ${text}${hiddenText ? html`<span class="ldc-visually-hidden"> ${hiddenText}</span>` : nothing}
  </button>`;
}
