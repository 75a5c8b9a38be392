import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg } from '../core/i18n.js';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'start';

export interface ButtonOptions {
  text: string;
  variant?: ButtonVariant;
  type?: 'button' | 'submit';
  onClick?: (e: MouseEvent) => void;
  /** Visually hidden words that complete the accessible name, e.g. " your postcode". */
  hiddenText?: string;
}

const startIcon = svg`<svg class="ldc-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg>`;

/**
 * GOV.UK button. "Continue", not "Next", left-aligned. Submit buttons sit in a <form>
 * with `novalidate`, so validation is ours and Enter submits as users expect.
 */
export function button(options: ButtonOptions): TemplateResult {
  const variant = options.variant ?? 'primary';
  return html`<button
    class="ldc-button ${variant === 'primary' ? '' : `ldc-button--${variant}`}"
    part="button ${variant}-button"
    type=${options.type ?? 'submit'}
    @click=${options.onClick ?? nothing}
  >
    ${options.text}${options.hiddenText ? html`<span class="ldc-visually-hidden">${options.hiddenText}</span>` : nothing}
    ${variant === 'start' ? startIcon : nothing}
  </button>`;
}

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
