/**
 * Shared GOV.UK-style form patterns. They are Lit templates, not elements: they render
 * inside the using component's shadow root so label, hint, error and control share one
 * tree and every ID reference (for, aria-describedby, aria-controls, #links) works.
 * Patterns own no state; components pass values and handlers in.
 */
import { fieldStyles } from './styles/form.js';
import { controlStyles, inputStyles } from './styles/controls.js';
import { selectStyles } from './styles/select.js';
import { choiceStyles } from './styles/choices.js';
import { dateStyles } from './styles/date.js';
import { buttonStyles } from './styles/actions.js';
import { linkButtonStyles } from './styles/links.js';
import { warningStyles } from './styles/warning.js';
import { configProblemStyles } from './styles/config-problem.js';
import { errorSummaryStyles } from './styles/error-summary.js';
import { panelStyles } from './styles/panel.js';
import { insetStyles } from './styles/inset-text.js';
import { bannerStyles } from './styles/notification-banner.js';
import { summaryListStyles } from './styles/summary-list.js';

/**
 * Every pattern's styles, in cascade order. The library's elements adopt only the ones they
 * render (a page pays for no other CSS); an element of your own may adopt all of them. Each is its
 * own module, so a stylesheet that only an on-demand chunk adopts travels in that chunk.
 */
export const patternStyles = [
  fieldStyles,
  controlStyles,
  inputStyles,
  selectStyles,
  choiceStyles,
  dateStyles,
  buttonStyles,
  linkButtonStyles,
  errorSummaryStyles,
  panelStyles,
  insetStyles,
  warningStyles,
  bannerStyles,
  configProblemStyles,
  summaryListStyles,
];
export {
  fieldStyles,
  controlStyles,
  inputStyles,
  selectStyles,
  choiceStyles,
  dateStyles,
  buttonStyles,
  linkButtonStyles,
  errorSummaryStyles,
  panelStyles,
  insetStyles,
  warningStyles,
  bannerStyles,
  configProblemStyles,
  summaryListStyles,
};
export * from './field.js';
export * from './fieldset.js';
export * from './heading.js';
export * from './sub-level.js';
export * from './choices.js';
export * from './text-input.js';
export * from './select.js';
export * from './date-input.js';
export * from './error-summary.js';
export * from './actions.js';
export * from './back-link.js';
export * from './link-button.js';
export * from './content.js';
export * from './panel.js';
export * from './inset-text.js';
export * from './notification-banner.js';
export * from './warning-text.js';
export * from './summary-list.js';
export { baseStyles, focusText } from './styles/base.js';
