import { css } from 'lit';
import { token } from '../../core/css.js';

/* Error summary, panel, inset and warning text, notification banner, the configuration message
   and summary list: one stylesheet each, so an element adopts only those it renders. */

/** GOV.UK error summary. */
export const errorSummaryStyles = css`
  .ldc-error-summary {
    margin-bottom: ${token('space-6')};
    padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-error')};
    border-radius: ${token('radius-panel')};
    scroll-margin-top: 4rem; /* WCAG 2.4.11: clear of a host page's sticky header */
  }
  .ldc-error-summary:focus {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  .ldc-error-summary__title {
    margin-top: 0;
  }
  .ldc-error-summary__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ldc-error-summary__list li {
    margin-bottom: ${token('space-2')};
  }
  .ldc-error-summary__list a,
  .ldc-error-summary__list a:visited {
    color: ${token('color-error')};
    font-weight: ${token('font-weight-bold')};
  }
  .ldc-error-summary__list a:focus-visible {
    color: ${token('color-focus-text')};
  }
`;

/** GOV.UK panel: the eligible result. */
export const panelStyles = css`
  .ldc-panel {
    margin-bottom: ${token('space-4')};
    padding: ${token('space-6')};
    border: ${token('border-width')} solid transparent;
    border-radius: ${token('radius-panel')};
    color: ${token('color-inverse-text')};
    background: ${token('color-success')};
    text-align: center;
  }
  .ldc-panel__title {
    margin: 0 0 ${token('space-4')};
    font-size: ${token('font-size-36')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('font-line-height-heading')};
    color: inherit;
  }
  .ldc-panel__title:last-child {
    margin-bottom: 0;
  }
  .ldc-panel__body {
    font-size: ${token('font-size-24')};
  }
  .ldc-panel__body > :last-child {
    margin-bottom: 0;
  }
`;

/** GOV.UK inset text. */
export const insetStyles = css`
  .ldc-inset-text > :last-child {
    margin-bottom: 0;
  }
  .ldc-inset-text {
    margin: ${token('space-6')} 0;
    padding: ${token('space-3')};
    border-left: 10px solid ${token('color-border')};
  }
`;

/** GOV.UK notification banner. */
export const bannerStyles = css`
  .ldc-notification-banner {
    margin-bottom: ${token('space-6')};
    border: ${token('border-width')} solid ${token('color-brand')};
    border-radius: ${token('radius-panel')};
    background: ${token('color-brand')};
  }
  .ldc-notification-banner--success {
    border-color: ${token('color-success')};
    background: ${token('color-success')};
  }
  .ldc-notification-banner__header {
    padding: 2px ${token('space-3')} ${token('space-1')};
  }
  .ldc-notification-banner__title {
    margin: 0;
    padding: 0;
    font-size: ${token('font-size-19')};
    font-weight: ${token('font-weight-bold')};
    color: ${token('color-inverse-text')};
  }
  .ldc-notification-banner__content {
    padding: ${token('space-3')};
    color: ${token('color-text')};
    background: ${token('color-background')};
  }
  .ldc-notification-banner__content > :last-child {
    margin-bottom: 0;
  }
`;

/** The configuration message a council developer sees (every element may show it). */
export const configProblemStyles = css`
  .ldc-config-problem {
    margin-bottom: ${token('space-4')};
    padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-error')};
  }
  .ldc-config-problem code {
    overflow-wrap: anywhere;
  }
`;

/** GOV.UK summary list: check your answers, and facts on a result. */
export const summaryListStyles = css`
  .ldc-summary-list {
    margin: 0 0 ${token('space-6')};
  }
  .ldc-summary-list__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-4')};
    padding: ${token('space-2')} 0;
    border-bottom: 1px solid ${token('color-border')};
  }
  .ldc-summary-list__key {
    flex: 1 1 30%;
    min-width: 10em;
    margin: 0;
    font-weight: ${token('font-weight-bold')};
  }
  .ldc-summary-list__value {
    flex: 1 1 50%;
    min-width: 10em;
    margin: 0;
  }
  .ldc-summary-list__actions {
    flex: 0 0 auto;
    margin: 0;
  }
`;
