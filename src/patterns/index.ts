/**
 * Shared GOV.UK-style form patterns. They are Lit templates, not elements: they render
 * inside the using component's shadow root so label, hint, error and control share one
 * tree and every ID reference (for, aria-describedby, aria-controls, #links) works.
 * Patterns own no state; components pass values and handlers in.
 */
import { dateStyles, formExtras, formStyles } from './styles/form.js';
import { actionStyles } from './styles/actions.js';
import { feedbackStyles } from './styles/feedback.js';

export const patternStyles = [formStyles, formExtras, dateStyles, actionStyles, feedbackStyles];
export * from './field.js';
export * from './heading.js';
export * from './choices.js';
export * from './text-input.js';
export * from './select.js';
export * from './date-input.js';
export * from './error-summary.js';
export * from './actions.js';
export * from './content.js';
export * from './summary-list.js';
export { baseStyles, focusText } from './styles/base.js';
