import { css } from 'lit';
import { token } from '../../core/css.js';

/**
 * Radios and checkboxes: the real input sits over the drawn control (GOV.UK method), so the
 * 44px target is the input itself and assistive technology sees a native control.
 */
export const choiceStyles = css`
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
