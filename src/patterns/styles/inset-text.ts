import { css } from 'lit';
import { token } from '../../core/css.js';

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
