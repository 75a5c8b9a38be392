import { css } from 'lit';
import { token } from '../../core/css.js';

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
