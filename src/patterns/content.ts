import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/i18n.js';
import type { HeadingLevel } from '../core/ldc-element.js';
import { heading } from './heading.js';

export type Content = string | TemplateResult;

/** GOV.UK panel: the eligible result. Never used for "not eligible" or errors. */
export function panel(title: Content, body: Content | typeof nothing, level: HeadingLevel = 2): TemplateResult {
  return html`<div class="ldc-panel" part="panel">
    ${heading(level, title, { class: 'ldc-panel__title' })}
    ${body === nothing ? nothing : html`<div class="ldc-panel__body">${body}</div>`}
  </div>`;
}

/** GOV.UK inset text: a quotation, example or extra information. */
export function insetText(content: Content): TemplateResult {
  return html`<div class="ldc-inset-text" part="inset-text">${content}</div>`;
}

export interface BannerOptions {
  id: string;
  content: Content;
  /** "success" banners follow an action the user took and are announced (role=alert). */
  type?: 'important' | 'success';
  title?: string;
  headingLevel?: HeadingLevel;
}

/** GOV.UK notification banner: a labelled region, or an alert for a success message. */
export function notificationBanner(options: BannerOptions): TemplateResult {
  const success = options.type === 'success';
  const titleId = `${options.id}-title`;
  const title = options.title ?? (success ? msg('Success') : msg('Important'));
  return html`<div
    class="ldc-notification-banner ${success ? 'ldc-notification-banner--success' : ''}"
    part="notification-banner"
    role=${success ? 'alert' : 'region'}
    aria-labelledby=${titleId}
  >
    <div class="ldc-notification-banner__header">
      ${heading(options.headingLevel ?? 2, title, { class: 'ldc-notification-banner__title', id: titleId })}
    </div>
    <div class="ldc-notification-banner__content">${options.content}</div>
  </div>`;
}

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
