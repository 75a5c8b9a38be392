import { css } from 'lit';
import { token } from '../../core/css.js';

/**
 * Form patterns: question (fieldset + legend), hint, error message, text input, select,
 * radios and checkboxes. Sizes follow GOV.UK Frontend: 40px controls in a 44px target,
 * 2px borders, a 5px left border on a question in error. In forced-colours mode the
 * drawn controls keep their borders (system colours), and the focus outline shows.
 */
export const formStyles = css`
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
  .ldc-input,
  .ldc-select {
    font: inherit;
    color: ${token('color-text')};
    background: ${token('color-background')};
    height: 2.5rem;
    min-height: 40px;
    margin: 0;
    padding: ${token('space-1')};
    border: ${token('border-form')} solid ${token('color-input-border')};
    border-radius: ${token('radius-control')};
    width: 100%;
    max-width: 100%;
    appearance: none;
  }
  .ldc-select {
    appearance: auto;
    min-width: 11.5em;
    width: auto;
  }
  .ldc-input:focus,
  .ldc-select:focus {
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: 0;
    box-shadow: inset 0 0 0 ${token('border-form')} ${token('color-input-border')};
  }
  .ldc-input--error,
  .ldc-select--error {
    border-color: ${token('color-error')};
  }
  .ldc-input--error:focus,
  .ldc-select--error:focus {
    border-color: ${token('color-input-border')};
  }
  .ldc-input--width-30 {
    max-width: 29.5em;
  }
  .ldc-input--width-20 {
    max-width: 20.5em;
  }
  .ldc-input--width-10 {
    max-width: 11.5em;
  }
  .ldc-input--width-5 {
    max-width: 5.5em;
  }
  .ldc-input--width-4 {
    max-width: 4.5em;
  }
  .ldc-input--width-3 {
    max-width: 3.75em;
  }
  .ldc-input--width-2 {
    max-width: 2.75em;
  }
  .ldc-input--width-three-quarters {
    max-width: 75%;
  }
  .ldc-input--width-two-thirds {
    max-width: 66.66%;
  }
  .ldc-input--width-one-half {
    max-width: 50%;
  }
  .ldc-input--width-one-third {
    max-width: 33.33%;
  }
  .ldc-input--width-one-quarter {
    max-width: 25%;
  }
  @media (max-width: 640px) {
    .ldc-input[class*='width-one'],
    .ldc-input[class*='width-t'] {
      max-width: 100%;
    }
  }

  /* Radios and checkboxes: the real input sits over the drawn control (GOV.UK method),
     so the 44px target is the input itself and assistive technology sees a native control. */
  .ldc-choices__item {
    position: relative;
    display: block;
    min-height: 40px;
    margin-bottom: ${token('space-2')};
    padding-left: 40px;
    clear: left;
  }
  .ldc-choices__item:last-child {
    margin-bottom: 0;
  }
  .ldc-choices__input {
    position: absolute;
    z-index: 1;
    top: -2px;
    left: -2px;
    width: 44px;
    height: 44px;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .ldc-choices__label {
    display: inline-block;
    margin-bottom: 0;
    padding: 8px 15px 5px;
    cursor: pointer;
    touch-action: manipulation;
  }
  .ldc-choices__label::before {
    content: '';
    box-sizing: border-box;
    position: absolute;
    top: 0;
    left: 0;
    width: 40px;
    height: 40px;
    border: ${token('border-form')} solid ${token('color-input-border')};
    background: ${token('color-background')};
  }
  .ldc-radios .ldc-choices__label::before {
    border-radius: ${token('radius-round')};
  }
  .ldc-radios .ldc-choices__label::after {
    content: '';
    position: absolute;
    top: 10px;
    left: 10px;
    width: 0;
    height: 0;
    border: 10px solid currentcolor;
    border-radius: 50%;
    opacity: 0;
  }
  .ldc-checkboxes .ldc-choices__label::after {
    content: '';
    box-sizing: content-box;
    position: absolute;
    top: 11px;
    left: 9px;
    width: 18px;
    height: 7px;
    transform: rotate(-45deg);
    border: solid;
    border-width: 0 0 5px 5px;
    border-top-color: transparent;
    opacity: 0;
    background: transparent;
  }
  .ldc-choices__input:checked + .ldc-choices__label::after {
    opacity: 1;
  }
  .ldc-choices__input:focus + .ldc-choices__label::before {
    border-width: 4px;
    outline: ${token('focus-width')} solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 ${token('focus-width')} ${token('color-focus')};
  }
  @media (forced-colors: active) {
    .ldc-choices__input:focus + .ldc-choices__label::before {
      outline-color: Highlight;
    }
  }
  .ldc-choices__hint {
    display: block;
    padding-left: 15px;
    padding-right: 15px;
    margin-bottom: 0;
  }
  .ldc-choices__divider {
    width: 40px;
    margin-bottom: ${token('space-2')};
    text-align: center;
  }
  .ldc-choices__conditional {
    margin-left: 18px;
    margin-bottom: ${token('space-3')};
    padding-left: 33px;
    border-left: 4px solid ${token('color-border')};
  }
  .ldc-choices__conditional > :last-child {
    margin-bottom: 0;
  }
  .ldc-choices--inline .ldc-choices__item {
    display: inline-block;
    margin-right: ${token('space-4')};
    clear: none;
  }
`;

/** Label-as-heading wrapper and input prefixes/suffixes. */
export const formExtras = css`
  .ldc-label-wrapper {
    margin: 0;
  }
  .ldc-input-wrapper {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
  }
  .ldc-input__affix {
    flex: 0 0 auto;
  }
`;

/** Date input: three fields side by side, wrapping at 320px. */
export const dateStyles = css`
  .ldc-date-input {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-4')};
  }
  .ldc-date-input__item .ldc-label {
    margin-bottom: ${token('space-1')};
  }
  .ldc-date-input .ldc-input--width-2 {
    width: 2.75em;
  }
  .ldc-date-input .ldc-input--width-4 {
    width: 4.5em;
  }
`;
