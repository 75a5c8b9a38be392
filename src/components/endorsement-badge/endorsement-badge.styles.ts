import { css } from 'lit';
import { token } from '../../core/css.js';
import { focusText } from '../../patterns/styles/base.js';

export const badgeStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    --_emblem: 40px;
    --_text: ${token('font-size-19')};
  }
  :host([size='small']) {
    --_emblem: 24px;
    --_text: ${token('font-size-16')};
  }
  :host([size='large']) {
    --_emblem: 56px;
    --_text: ${token('font-size-24')};
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-3')};
    max-width: 30em;
    min-height: 44px;
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-form')} solid transparent;
    border-radius: ${token('radius-panel')};
    font-size: var(--_text);
    line-height: 1.25;
    text-decoration: none;
    color: ${token('color-text')};
    background: ${token('color-surface-background')};
  }
  .badge.appearance-dark {
    color: ${token('color-inverse-text')};
    background: ${token('color-brand')};
  }
  .badge.appearance-outline {
    border-color: ${token('color-brand')};
    background: transparent;
  }
  .emblem {
    flex: 0 0 auto;
    width: var(--_emblem);
    height: var(--_emblem);
    color: ${token('color-brand')};
  }
  .appearance-dark .emblem {
    color: currentcolor;
  }
  .claim {
    display: block;
    font-weight: ${token('font-weight-bold')};
  }
  .detail {
    display: block;
    font-size: 0.85em;
    margin-top: 2px;
  }
  .evidence {
    text-decoration: underline;
  }
  a.badge:hover .evidence {
    text-decoration-thickness: 3px;
  }
  a.badge:focus-visible {
    ${focusText}
    box-shadow:
      0 0 0 ${token('focus-width')} ${token('color-focus')},
      0 0 0 calc(${token('focus-width')} * 2) ${token('color-focus-text')};
  }
  a.badge:focus-visible .emblem {
    color: ${token('color-focus-text')};
  }
  .not-found {
    margin: 0;
    font-size: var(--_text);
    color: ${token('color-secondary-text')};
  }
  @media (forced-colors: active) {
    .badge {
      border-color: LinkText;
    }
  }
  @media print {
    .badge,
    .badge.appearance-dark {
      color: #000;
      background: none;
      border-color: #000;
    }
    .emblem {
      color: #000;
    }
  }
`;
