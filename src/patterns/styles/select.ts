import { css } from 'lit';

/** Select: the browser's own arrow, at least as wide as GOV.UK's. */
export const selectStyles = css`
  .ldc-select {
    appearance: auto;
    min-width: 11.5em;
    width: auto;
  }
`;
