import { css } from 'lit';
import { token } from '../../core/css.js';

/*
 * Form patterns, one stylesheet each so an element adopts only those it renders: question
 * (fieldset + legend, label, hint, error message), text input and select, radios and checkboxes,
 * date input. Sizes follow GOV.UK Frontend: 40px controls in a 44px target, 2px borders, a 5px
 * left border on a question in error. In forced-colours mode the drawn controls keep their
 * borders (system colours), and the focus outline shows.
 */

/** A question: form group, fieldset and legend, label (as a heading too), hint, error message. */
export const fieldStyles = css`
  .ldc-form-group {
    margin: 0 0 ${token('space-6')};
  }
  .ldc-form-group--error {
    padding-left: ${token('space-3')};
    border-left: ${token('border-error')} solid ${token('color-error')};
  }
  .ldc-fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .ldc-fieldset__legend {
    display: table;
    max-width: 100%;
    margin-bottom: ${token('space-2')};
    padding: 0;
    white-space: normal;
    color: ${token('color-text')};
  }
  .ldc-fieldset__legend .ldc-fieldset__heading,
  .ldc-label .ldc-label__heading {
    margin: 0;
    font-size: inherit;
    font-weight: inherit;
    line-height: inherit;
  }
  .ldc-fieldset__legend--l,
  .ldc-label--l {
    font-size: ${token('font-size-36')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('font-line-height-heading')};
    margin-bottom: ${token('space-3')};
  }
  .ldc-fieldset__legend--m,
  .ldc-label--m {
    font-size: ${token('font-size-24')};
    font-weight: ${token('font-weight-bold')};
    margin-bottom: ${token('space-3')};
  }
  .ldc-label {
    display: block;
    margin-bottom: ${token('space-1')};
  }
  .ldc-hint {
    display: block;
    margin-bottom: ${token('space-3')};
    color: ${token('color-secondary-text')};
  }
  .ldc-error-message {
    display: block;
    clear: both;
    margin: 0 0 ${token('space-3')};
    color: ${token('color-error')};
    font-weight: ${token('font-weight-bold')};
  }
  .ldc-label-wrapper {
    margin: 0;
  }
`;
