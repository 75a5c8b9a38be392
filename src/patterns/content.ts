import { html, nothing, type TemplateResult } from 'lit';

/** What a pattern shows: text, or a template of the caller's. */
export type Content = string | TemplateResult;

/**
 * What a council developer sees when a component is set up wrongly (an unknown attribute value,
 * a definition or registry that does not load): the problem in words, then the light-DOM
 * fallback content so residents still have a way forward.
 */
export function configProblem(summary: string, problem: string): TemplateResult {
  return html`<div class="ldc-config-problem" part="config-problem">
      <p class="ldc-body"><strong>${summary}</strong></p>
      <p class="ldc-body"><code>${problem}</code></p>
    </div>
    <slot></slot>`;
}

/**
 * A polite live region, always rendered so that screen readers notice when its text
 * changes: "Loading addresses", "3 addresses found", the step a user has reached.
 */
export function statusRegion(text: string | typeof nothing): TemplateResult {
  return html`<div class="ldc-visually-hidden" part="status" role="status" aria-live="polite" aria-atomic="true">
    ${text}
  </div>`;
}
