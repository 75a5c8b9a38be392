import { css } from 'lit';
import { token } from '../../core/css.js';

/** Buttons: primary, secondary, warning and start, and a group of them. */
export const buttonStyles = css`
  .ldc-button {
    font: inherit;
    font-weight: ${token('font-weight-regular')};
    line-height: 1.1875;
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 10px;
    width: auto;
    min-height: 40px;
    margin: 0 ${token('space-3')} ${token('space-5')} 0;
    padding: 8px 10px 7px;
    border: ${token('border-form')} solid transparent;
    border-radius: ${token('radius-control')};
    color: ${token('color-button-text')};
    background-color: ${token('color-button')};
    box-shadow: 0 2px 0 ${token('color-text')};
    text-align: center;
    text-decoration: none;
    vertical-align: top;
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
  }
  .ldc-button:hover {
    filter: brightness(0.85);
  }
  .ldc-button:active {
    top: 2px;
  }
  .ldc-button:focus {
    border-color: ${token('color-focus')};
    outline: ${token('focus-width')} solid transparent;
    color: ${token('color-focus-text')};
    background-color: ${token('color-focus')};
    box-shadow: 0 2px 0 ${token('color-focus-text')};
    filter: none;
  }
  .ldc-button--secondary {
    color: ${token('color-button-secondary-text')};
    background-color: ${token('color-button-secondary')};
  }
  .ldc-button--warning {
    color: ${token('color-inverse-text')};
    background-color: ${token('color-warning-button')};
  }
  .ldc-button--start {
    font-size: ${token('font-size-24')};
    font-weight: ${token('font-weight-bold')};
    line-height: 1;
    min-height: auto;
  }
  .ldc-button__start-icon {
    flex-shrink: 0;
    forced-color-adjust: auto;
  }
  .ldc-button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 ${token('space-3')};
  }
  .ldc-button-group > .ldc-button {
    margin-right: 0;
  }
`;
