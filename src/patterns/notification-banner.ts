import { html, type TemplateResult } from 'lit';
import { msg } from '../core/i18n.js';
import type { HeadingLevel } from '../core/ldc-element.js';
import type { Content } from './content.js';
import { heading } from './heading.js';

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
