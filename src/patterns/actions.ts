import { html, nothing, svg, type TemplateResult } from 'lit';

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
