import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../patterns/styles/base.js';
import type { LdcEventDetails, LdcEventName } from './events.js';
import { loadCatalogue, needsCatalogue, withLanguage, type Language } from './i18n.js';
import { unwatchLanguage, watchLanguage } from './language-watch.js';
import { languageOfElement } from './locale.js';
import { pickOption } from './warn.js';

/** Outside the class so the manifest analyser lists only the events each element documents with @fires. */
function dispatch<D>(target: EventTarget, type: string, detail: D, cancelable: boolean): boolean {
  return target.dispatchEvent(new CustomEvent<D>(type, { detail, bubbles: true, composed: true, cancelable }));
}

/** The analytics forwarder, loaded once, on demand, by the first element that has the attribute. */
let forwarder: Promise<typeof import('./analytics.js')> | undefined;

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

  /**
   * Forward usage (journey started, step reached, completed, outcome kind) to the page's own
   * analytics: `datalayer`, `matomo` or `plausible`. Never answers, postcodes, UPRNs, addresses
   * or free text. None (the default, or `none`): events only, nothing forwarded.
   */
  @property() analytics?: string;

  /** The language of the last render, to notice when a `lang` change alters it. */
  #language: Language | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  /** @ignore Called when a `lang` attribute changes somewhere above: re-render if the language changed. */
  languageMayHaveChanged(): void {
    if (this.#language !== null && this.language !== this.#language) this.requestUpdate();
  }

  /**
   * Waits for the Welsh strings before the first Welsh render (an English page never loads
   * them), so a Welsh reader never sees English first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const language = this.language;
    if (!needsCatalogue(language)) return super.scheduleUpdate();
    return loadCatalogue(language).then(() => super.scheduleUpdate());
  }

  /** Renders with every msg() looked up in this element's own language. */
  protected override update(changed: PropertyValues): void {
    const language = (this.#language = this.language);
    withLanguage(language, () => super.update(changed));
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
   * The language this element speaks, from the nearest `lang` attribute (crossing shadow
   * roots): Welsh under `lang="cy"`, English otherwise.
   * @ignore
   */
  protected get language(): Language {
    return languageOfElement(this);
  }

  /**
   * The locale for Intl: "cy" or "en-GB". Prefer the helpers in core/format.ts for dates,
   * which never fall back to US order.
   * @ignore
   */
  protected get locale(): string {
    return this.language === 'cy' ? 'cy' : 'en-GB';
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
    const done = dispatch(this, type, detail, options.cancelable ?? false);
    if (this.analytics && this.analytics !== 'none')
      (forwarder ??= import('./analytics.js')).then(
        (m) => m.forward(this, type, detail),
        () => undefined,
      );
    return done;
  }

  /** A valid heading level from an attribute value; unknown values fall back with one warning. */
  protected headingLevelFrom(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
    return pickOption(value, HEADING_LEVELS, fallback, {
      element: this.localName,
      attribute: 'heading-level',
    });
  }
}
