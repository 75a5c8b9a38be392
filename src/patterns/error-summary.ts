import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/i18n.js';
import type { HeadingLevel } from '../core/ldc-element.js';
import { focusControl, focusElement } from '../core/focus.js';
import { heading } from './heading.js';

export interface FieldError {
  /** Id of the control to focus: the first radio or checkbox of a group. */
  target: string;
  /** Worded exactly like the inline message. */
  text: string;
}

/**
 * GOV.UK error summary: "There is a problem" and one link per error. Each link focuses its
 * control in the same shadow root, after scrolling its question into view. The element
 * moves focus to the summary with `focusErrorSummary` once it renders.
 */
export function errorSummary(errors: FieldError[], headingLevel: HeadingLevel = 2): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  const onClick = (e: MouseEvent, target: string) => {
    const root = (e.currentTarget as Element).getRootNode() as ShadowRoot | Document;
    if (focusControl(root, target)) e.preventDefault();
  };
  return html`<div class="ldc-error-summary" part="error-summary" data-ldc-error-summary>
    <div role="alert">
      ${heading(headingLevel, msg('There is a problem'), { class: 'ldc-heading-m ldc-error-summary__title' })}
      <ul class="ldc-error-summary__list">
        ${errors.map(
          (err) =>
            html`<li><a href="#${err.target}" @click=${(e: MouseEvent) => onClick(e, err.target)}>${err.text}</a></li>`,
        )}
      </ul>
    </div>
  </div>`;
}

/**
 * Moves focus to the heading of the step now shown, so screen-reader users hear where they
 * are: a question's heading (inside its legend or label), or a step's `.ldc-step-heading`
 * (or an element marked `data-step-heading`, such as the result panel).
 */
export function focusStepHeading(root: ParentNode): void {
  focusElement(
    root.querySelector<HTMLElement>(
      '[data-step-heading], .ldc-step-heading, .ldc-fieldset__heading, .ldc-label-wrapper',
    ),
  );
}

/** Moves focus to the error summary in `root`, if there is one; returns whether it did. */
export function focusErrorSummary(root: ParentNode): boolean {
  const summary = root.querySelector<HTMLElement>('[data-ldc-error-summary]');
  if (!summary) return false;
  focusElement(summary);
  return true;
}
