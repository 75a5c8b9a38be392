import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { baseStyles } from '../patterns/styles/base.js';
import type { LdcEventDetails, LdcEventName } from './events.js';
import { localeOf } from './locale.js';
import { pickOption } from './warn.js';

/** Outside the class so the manifest analyser lists only the events each element documents with @fires. */
function dispatch<D>(target: EventTarget, type: string, detail: D, cancelable: boolean): boolean {
  return target.dispatchEvent(new CustomEvent<D>(type, { detail, bubbles: true, composed: true, cancelable }));
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4, 5, 6];

/**
 * The base every Local Digital component extends: shared styles, typed event dispatch,
 * localisation and the rule for unknown attribute values. It touches no DOM or window
 * in its constructor, so server-side rendering stays possible.
 */
export class LdcElement extends LitElement {
  /** @ignore */
  static override styles = [baseStyles];

  constructor() {
    super();
    // Re-render when @lit/localize switches locale (only en-GB ships today).
    updateWhenLocaleChanges(this);
  }

  /**
   * Work in flight (loading a registry, a definition, collections) that whenSettled awaits.
   * @ignore
   */
  protected pending: Promise<unknown> = Promise.resolve();

  /**
   * Resolves once the element has rendered the outcome of its current data load, for hosts
   * and tests that need to act after it (e.g. `await badge.whenSettled()`).
   */
  async whenSettled(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.pending;
      await seen;
      await this.updateComplete;
    } while (seen !== this.pending);
  }

  /**
   * The language of the nearest `lang` attribute, for dates and numbers.
   * @ignore
   */
  protected get locale(): string {
    return localeOf(this);
  }

  /**
   * Dispatches one of the library's events (src/core/events.ts lists them with their detail
   * types) as a bubbling, composed CustomEvent; returns false if a listener cancelled it.
   */
  protected emit<K extends LdcEventName>(
    type: K,
    detail: LdcEventDetails[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return dispatch(this, type, detail, options.cancelable ?? false);
  }

  /** A valid heading level from an attribute value; unknown values fall back with one warning. */
  protected headingLevelFrom(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
    return pickOption(value, HEADING_LEVELS, fallback, {
      element: this.localName,
      attribute: 'heading-level',
    });
  }
}
