import { css } from 'lit';
import { token } from '../../core/css.js';

/** GOV.UK summary list: check your answers, and facts on a result. */
export const summaryListStyles = css`
  .ldc-summary-list {
    margin: 0 0 ${token('space-6')};
  }
  .ldc-summary-list__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-4')};
    padding: ${token('space-2')} 0;
    border-bottom: 1px solid ${token('color-border')};
  }
  .ldc-summary-list__key {
    flex: 1 1 30%;
    min-width: 10em;
    margin: 0;
    font-weight: ${token('font-weight-bold')};
  }
  .ldc-summary-list__value {
    flex: 1 1 50%;
    min-width: 10em;
    margin: 0;
  }
  .ldc-summary-list__actions {
    flex: 0 0 auto;
    margin: 0;
  }
`;
