import { css } from 'lit';
import { token } from '../../core/css.js';

export const checkerStyles = css`
  .result-section {
    margin-bottom: ${token('space-6')};
  }
  .criteria li {
    margin-bottom: ${token('space-2')};
  }
  .source {
    font-size: ${token('font-size-16')};
  }
  .apply-link {
    display: inline-flex;
    text-decoration: none;
  }
  .apply-link:visited,
  .apply-link:hover {
    color: ${token('color-button-text')};
  }
  .apply-link:focus-visible {
    color: ${token('color-focus-text')};
    background-color: ${token('color-focus')};
    border-color: ${token('color-focus')};
    outline: ${token('focus-width')} solid transparent;
    box-shadow: 0 2px 0 ${token('color-focus-text')};
  }
  .facts {
    margin-top: 0;
  }
`;
