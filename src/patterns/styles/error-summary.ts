import { css } from 'lit';
import { token } from '../../core/css.js';

/** GOV.UK error summary. */
export const errorSummaryStyles = css`
  .ldc-error-summary {
    margin-bottom: ${token('space-6')};
    padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-error')};
    border-radius: ${token('radius-panel')};
    scroll-margin-top: 4rem; /* WCAG 2.4.11: clear of a host page's sticky header */
  }
  .ldc-error-summary:focus {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  .ldc-error-summary__title {
    margin-top: 0;
  }
  .ldc-error-summary__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ldc-error-summary__list li {
    margin-bottom: ${token('space-2')};
  }
  .ldc-error-summary__list a,
  .ldc-error-summary__list a:visited {
    color: ${token('color-error')};
    font-weight: ${token('font-weight-bold')};
  }
  .ldc-error-summary__list a:focus-visible {
    color: ${token('color-focus-text')};
  }
`;
