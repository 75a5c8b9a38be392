import { css } from 'lit';
import { token } from '../../core/css.js';

/**
 * Focus indicator for links and link-like buttons (GOV.UK `govuk-focused-text`): yellow
 * background, dark underline bar, and a transparent outline that forced-colours mode draws.
 */
export const focusText = css`
  outline: ${token('focus-width')} solid transparent;
  color: ${token('color-focus-text')};
  background-color: ${token('color-focus')};
  box-shadow:
    0 -2px ${token('color-focus')},
    0 4px ${token('color-focus-text')};
  text-decoration: none;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
`;

/** Shared by every component: host defaults, type, links, the headings they use and helpers. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${token('font-family-base')};
    font-size: ${token('font-size-19')};
    line-height: ${token('font-line-height-body')};
    color: ${token('color-text')};
    max-width: 100%;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .ldc-root {
    font-family: inherit;
  }
  .ldc-body {
    margin: 0 0 ${token('space-4')};
  }
  .ldc-list {
    margin: 0 0 ${token('space-4')};
    padding-left: 20px;
  }
  .ldc-list > li {
    margin-bottom: ${token('space-1')};
  }
  .ldc-heading-l,
  .ldc-heading-m {
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('font-line-height-heading')};
    margin: 0 0 ${token('space-4')};
    color: ${token('color-text')};
  }
  .ldc-heading-l {
    font-size: ${token('font-size-36')};
  }
  .ldc-heading-m {
    font-size: ${token('font-size-24')};
  }
  a {
    color: ${token('color-link')};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  a:visited {
    color: ${token('color-link-visited')};
  }
  a:hover {
    color: ${token('color-link-hover')};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  a:active {
    color: ${token('color-link-active')};
  }
  a:focus-visible {
    ${focusText}
  }
  /* Headings and summaries that receive focus on a step change are not controls: no ring. */
  [data-step-heading]:focus,
  .ldc-step-heading:focus,
  .ldc-fieldset__heading:focus,
  .ldc-label-wrapper:focus {
    outline: none;
  }
  .ldc-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
    user-select: none;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 90%;
    }
  }
`;
