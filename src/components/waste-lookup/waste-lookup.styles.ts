import { css } from 'lit';
import { token } from '../../core/css.js';

/** The steps' own styles; the results step brings its own (results.ts), loaded with it. */
export const lookupStyles = css`
  .ldc-root {
    /* Words from data wrap anywhere, so a 100 KB street name never widens the page (320 px, 400% zoom). */
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .loading {
    font-weight: ${token('font-weight-bold')};
  }
`;
