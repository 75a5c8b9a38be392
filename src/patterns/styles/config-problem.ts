import { css } from 'lit';
import { token } from '../../core/css.js';

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
