import { css } from 'lit';
import { token } from '../../core/css.js';
import { insetStyles, panelStyles, summaryListStyles } from '../../patterns/index.js';

/** The result's own layout: its sections, criteria and sources, and the apply link (a start button). */
export const resultStyles = css`
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

/**
 * What check your answers and the results adopt when their chunk arrives (view.ts). The Change
 * links' styles (linkButtonStyles) come with the steps' chunk, which is always there first.
 */
export const styles = [summaryListStyles, panelStyles, insetStyles, resultStyles];
