import { css } from 'lit';
import { token } from '../../core/css.js';

/** What text inputs and selects share: the box, its focus and its error state. */
export const controlStyles = css`
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
`;

/** Text input: widths, and a prefix or suffix beside the box. */
export const inputStyles = css`
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
  .ldc-input-wrapper {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
  }
  .ldc-input__affix {
    flex: 0 0 auto;
  }
`;
