import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { baseStyles } from '../patterns/styles/base.js';
import { localeOf } from './locale.js';
import { pickOption } from './warn.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4, 5, 6];

/**
 * The base every Local Digital component extends: shared styles, typed event dispatch,
 * localisation and the rule for unknown attribute values. It touches no DOM or window
 * in its constructor, so server-side rendering stays possible.
 */
export class LdcElement extends LitElement {
  static override styles = [baseStyles];

  constructor() {
    super();
    // Re-render when @lit/localize switches locale (only en-GB ships today).
    updateWhenLocaleChanges(this);
  }

  /** The language of the nearest `lang` attribute, for dates and numbers. */
  protected get locale(): string {
    return localeOf(this);
  }

  /** Dispatches a bubbling, composed CustomEvent; returns false if a listener cancelled it. */
  protected emit<D>(type: `ldc-${string}`, detail: D, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<D>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }

  /** A valid heading level from an attribute value; unknown values fall back with one warning. */
  protected headingLevelFrom(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
    return pickOption(value, HEADING_LEVELS, fallback, {
      element: this.localName,
      attribute: 'heading-level',
    });
  }
}
