import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/i18n.js';
import type { HeadingLevel } from '../core/ldc-element.js';
import { heading, type HeadingContent } from './heading.js';

/** What every question pattern shares: its label or legend, hint and error. */
export interface FieldOptions {
  /** Id of the (first) control; hint and error ids derive from it. */
  id: string;
  /** The question. Shown as the page heading when `headingLevel` is set (one question per page). */
  label: HeadingContent;
  /** Render the label or legend as a heading of this level: the GOV.UK question-page pattern. */
  headingLevel?: HeadingLevel;
  /** One short sentence, no full stop, no links. */
  hint?: string;
  /** The inline error message; shown only after the user submits. */
  error?: string;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The ids `aria-describedby` should name: the hint, then the error. */
export function describedBy(options: FieldOptions, extra: string[] = []): string | typeof nothing {
  const ids = [...extra];
  if (options.hint) ids.push(hintId(options.id));
  if (options.error) ids.push(errorId(options.id));
  return ids.length ? ids.join(' ') : nothing;
}

export function hint(options: FieldOptions): TemplateResult | typeof nothing {
  return options.hint
    ? html`<div class="ldc-hint" id=${hintId(options.id)} part="hint">${options.hint}</div>`
    : nothing;
}

/**
 * The GOV.UK error message: a visually hidden "Error:" prefix so screen-reader users hear
 * that this is an error, not part of the question. Never clears what the user typed.
 */
export function errorMessage(options: Pick<FieldOptions, 'id' | 'error'>): TemplateResult | typeof nothing {
  return options.error
    ? html`<p class="ldc-error-message" id=${errorId(options.id)} part="error-message">
        <span class="ldc-visually-hidden">${msg('Error:')}</span> ${options.error}
      </p>`
    : nothing;
}

/** Wraps a question in a form group that shows the error border when it has an error. */
export function formGroup(options: FieldOptions, content: TemplateResult): TemplateResult {
  return html`<div class="ldc-form-group ${options.error ? 'ldc-form-group--error' : ''}" part="form-group">
    ${content}
  </div>`;
}

/** A label for a single control; on a question page it sits inside the page heading. */
export function label(options: FieldOptions): TemplateResult {
  const inner = html`<label
    class="ldc-label ${options.headingLevel ? 'ldc-label--l' : ''}"
    for=${options.id}
    part="label"
    >${options.label}</label
  >`;
  return options.headingLevel ? heading(options.headingLevel, inner, { class: 'ldc-label-wrapper' }) : inner;
}
