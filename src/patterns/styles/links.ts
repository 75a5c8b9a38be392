import { css } from 'lit';
import { token } from '../../core/css.js';
import { focusText } from './base.js';

/** The back link and buttons that read as links ("Change", "Search again"). */
export const linkButtonStyles = css`
  .ldc-back-link,
  .ldc-link-button {
    font: inherit;
    display: inline-block;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: ${token('color-link')};
    text-decoration: underline;
    text-underline-offset: 0.1578em;
    cursor: pointer;
  }
  .ldc-link-button:hover,
  .ldc-back-link:hover {
    color: ${token('color-link-hover')};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .ldc-back-link {
    position: relative;
    font-size: ${token('font-size-16')};
    margin: ${token('space-3')} 0 ${token('space-4')};
    padding-left: 14px;
    color: ${token('color-text')};
  }
  .ldc-back-link::before {
    content: '';
    position: absolute;
    top: 0.4em;
    left: 3px;
    width: 7px;
    height: 7px;
    transform: rotate(225deg);
    border: solid;
    border-width: 1px 1px 0 0;
  }
  .ldc-back-link:focus-visible,
  .ldc-link-button:focus-visible {
    ${focusText}
  }
`;
