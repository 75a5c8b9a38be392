import { css } from 'lit';
import { token } from '../../core/css.js';

/** GOV.UK notification banner. */
export const bannerStyles = css`
  .ldc-notification-banner {
    margin-bottom: ${token('space-6')};
    border: ${token('border-width')} solid ${token('color-brand')};
    border-radius: ${token('radius-panel')};
    background: ${token('color-brand')};
  }
  .ldc-notification-banner--success {
    border-color: ${token('color-success')};
    background: ${token('color-success')};
  }
  .ldc-notification-banner__header {
    padding: 2px ${token('space-3')} ${token('space-1')};
  }
  .ldc-notification-banner__title {
    margin: 0;
    padding: 0;
    font-size: ${token('font-size-19')};
    font-weight: ${token('font-weight-bold')};
    color: ${token('color-inverse-text')};
  }
  .ldc-notification-banner__content {
    padding: ${token('space-3')};
    color: ${token('color-text')};
    background: ${token('color-background')};
  }
  .ldc-notification-banner__content > :last-child {
    margin-bottom: 0;
  }
`;
