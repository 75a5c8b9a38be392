import { css } from 'lit';
import { token } from '../../core/css.js';

/** GOV.UK panel: the eligible result. */
export const panelStyles = css`
  .ldc-panel {
    margin-bottom: ${token('space-4')};
    padding: ${token('space-6')};
    border: ${token('border-width')} solid transparent;
    border-radius: ${token('radius-panel')};
    color: ${token('color-inverse-text')};
    background: ${token('color-success')};
    text-align: center;
  }
  .ldc-panel__title {
    margin: 0 0 ${token('space-4')};
    font-size: ${token('font-size-36')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('font-line-height-heading')};
    color: inherit;
  }
  .ldc-panel__title:last-child {
    margin-bottom: 0;
  }
  .ldc-panel__body {
    font-size: ${token('font-size-24')};
  }
  .ldc-panel__body > :last-child {
    margin-bottom: 0;
  }
`;
