import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LdcElement } from '../../core/ldc-element.js';
import { LoadController } from '../../core/controllers/load-controller.js';
import { pickOption } from '../../core/warn.js';
import type { Answers, Definition, Settings } from '../../eligibility/types.js';
import { checkerPageStyles } from '../eligibility-checker/eligibility-checker.styles.js';
import { Journey, loadEngine, type Progress } from '../eligibility-checker/journey.js';
import {
  checkerView,
  loadQuestionPages,
  loadResultView,
  renderChecker,
  renderProblem,
} from '../eligibility-checker/view.js';
import { nationDefinition, NATIONS, type Nation } from './nations.js';
import { START_PAGES } from './start-pages.js';

const PERSIST = ['session', 'none'] as const;

/**
 * "Can I get a Blue Badge?" for England, Scotland, Wales or Northern Ireland: the nation's
 * rules (each criterion citing its legislation or guidance, with guidance written for
 * residents), fee and validity where they apply, and the council's apply link and contact
 * details. It runs the same journey as `<ldc-eligibility-checker>` (a shared controller, not a
 * subclass) on the nation's bundled definition, which is validated when the package is built and
 * tested, so pages with this element never download the definition validator.
 *
 * Where the sources conflict, the documented defaults apply and councils can change them:
 * `minimum-age` ("statutory": more than 2 years old, reg 4(1) SI 2000/682; or "govuk": 3 or
 * older, GOV.UK's wording) and `under3-outcome` ("may-be-eligible", as the DfT service and
 * councils assess children under 3; or "eligible").
 *
 * @tag ldc-blue-badge-checker
 * @summary A GOV.UK-style Blue Badge eligibility checker for all four UK nations.
 *
 * @slot - Fallback content, shown when JavaScript does not run, when the configuration is wrong
 *   or when what the checker needs could not be loaded, and while the rules load for a journey
 *   that resumes (`progress`, `persist="session"`) or a page in Welsh: for example a link to the
 *   council's Blue Badge page. Otherwise the start page shows at once, before the nation's rules
 *   arrive, so nothing below the checker moves.
 *
 * @csspart back-link - The Back link.
 * @csspart button - Every button.
 * @csspart error-summary - The error summary.
 * @csspart panel - The eligible result panel.
 * @csspart apply-link - The link to apply.
 * @csspart summary-list - Check your answers, and the facts on the result.
 *
 * @cssprop --ldc-color-button - Start and Continue buttons.
 * @cssprop --ldc-color-success - The eligible result panel.
 * @cssprop --ldc-color-focus - Focus highlight.
 *
 * @fires ldc-step - The step changed. detail: { id, index } — no answer values.
 * @fires ldc-result - A result was reached. detail: { outcome, kind } — no answer values.
 */
export class LdcBlueBadgeChecker extends LdcElement {
  static override styles = [...LdcElement.styles, ...checkerPageStyles];

  /**
   * `england`, `scotland`, `wales` or `northern-ireland`. Any other value shows the configuration
   * message and the fallback content (never another nation's rules), with one console error.
   */
  @property() nation = 'england';
  /**
   * The council's name, used in results ("Apply to Camden Council"): in English, and in Welsh
   * too when `council-cy` is not given.
   */
  @property() council = '';
  /**
   * The council's name in Welsh ("Cyngor Caerdydd"), used instead of `council` when the element
   * speaks Welsh (the nearest `lang` is `cy`). The Welsh wording never puts it straight after a
   * word that would mutate it, so give it as the council writes it.
   */
  @property({ attribute: 'council-cy' }) councilCy = '';
  /**
   * Where residents apply; shown on results that lead to an application. Only https:, http:,
   * mailto:, tel: and relative addresses: any other is left out with one console error. When
   * not set, the nation's own service if it has one (Northern Ireland: nidirect).
   */
  @property({ attribute: 'apply-href' }) applyHref = '';
  /** The council's contact page, shown with results where a resident may want to ask (not eligible, contact the council). */
  @property({ attribute: 'contact-href' }) contactHref = '';
  /** The council's phone number for the same results, e.g. "020 7974 4444". */
  @property({ attribute: 'contact-phone' }) contactPhone = '';
  /** The council's email address for the same results. */
  @property({ attribute: 'contact-email' }) contactEmail = '';
  /** Level of the step headings; 2 by default, as a widget sits under the page's own h1. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;
  /**
   * "session" keeps answers in sessionStorage so they survive a reload; nothing leaves the browser.
   * "none" (the default) keeps nothing.
   */
  @property() persist = '';
  /**
   * Where persist="session" keeps this checker's answers, when a page has more than one checker
   * for the same nation; the element's `id` is used when this is not set.
   */
  @property({ attribute: 'storage-key' }) storageKey = '';
  /**
   * Start from these answers at this step (`{ answers, step }`, step being "start", "check",
   * "result" or a question id), e.g. to resume a saved journey. Invalid progress is ignored.
   */
  @property({ attribute: false }) progress?: Progress;
  /**
   * Who qualifies by benefit or condition: `statutory` (more than 2 years old, the default) or
   * `govuk` (3 or older). Another value warns once and uses `statutory`.
   */
  @property({ attribute: 'minimum-age' }) minimumAge = '';
  /**
   * Result for children under 3 with equipment or near a vehicle: `may-be-eligible` (default) or
   * `eligible`. Another value warns once and uses `may-be-eligible`.
   */
  @property({ attribute: 'under3-outcome' }) under3Outcome = '';

  private readonly loader = new LoadController<Definition>(this);
  private readonly journey = new Journey(this, {
    storage: () => ({
      persist: this.#persist(),
      key: this.storageKey.trim() || this.id,
    }),
    emit: (type, detail) => this.emit(type, detail as never),
  });

  /** The answers on the current path, for a host that prefills its application (WCAG 3.3.7). */
  get answers(): Answers {
    return this.journey.answers;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Keeping answers from now on (persist="session" set later) needs the storage code.
    if (changed.has('persist') && this.journey.definition) this.pending = this.journey.prepareStorage();
    if (changed.has('minimumAge') || changed.has('under3Outcome')) {
      const settings: Settings = {};
      // Each the first allowed value by default; another value warns once.
      const pick = (name: string, value: string, attribute: string, allowed: string[]) => {
        if (value) settings[name] = pickOption(value, allowed, allowed[0], { element: this.localName, attribute });
      };
      pick('minimumAge', this.minimumAge, 'minimum-age', ['statutory', 'govuk']);
      pick('under3Outcome', this.under3Outcome, 'under3-outcome', ['may-be-eligible', 'eligible']);
      this.journey.settings = settings;
    }
    if (changed.has('nation') || changed.has('progress')) this.pending = this.load();
  }

  /** Loads the nation's rules (its own chunk) and starts the journey; one load at a time. */
  private async load(): Promise<void> {
    this.journey.clear();
    const nation = this.nation as Nation;
    if (!NATIONS.includes(nation)) {
      this.loader.set({ status: 'idle' });
      return this.journey.fail(
        `nation="${this.nation}" is not supported; use one of ${NATIONS.join(', ')}. Showing the fallback content instead`,
      );
    }
    // The engine and the steps after the start load beside the rules (the start page needs none
    // of them, Start now needs all three), from the next task: starting the imports costs a slow
    // phone ~13 ms, which the start page's first frame does not wait for.
    await new Promise((resolve) => setTimeout(resolve));
    const state = await this.loader.run(() =>
      Promise.all([
        nationDefinition(nation).then(async (d) => (await loadQuestionPages(this.journey, d), d)),
        loadEngine(),
        this.journey.prepareStorage(this.progress),
        // A journey that may resume at check your answers or a result shows it whole at once.
        this.#resumes() ? loadResultView(this.journey) : undefined,
      ]).then(([d]) => d),
    );
    if (!state) return; // a newer load replaced this one
    if (state.status === 'failed')
      return this.journey.fail(`the ${nation} rules could not be loaded: ${String(state.error)}`, true);
    if (state.status !== 'complete') return;
    this.journey.begin(state.value, this.progress);
    // Otherwise check your answers and the results come after the rules, so that Start now does
    // not wait for them; whenSettled() covers them. One that fails to load is tried again when needed.
    await loadResultView(this.journey).catch(() => undefined);
  }

  /** `persist`, or "none" (another value warns once). */
  #persist(): 'session' | 'none' {
    return pickOption(this.persist, PERSIST, 'none', { element: this.localName, attribute: 'persist' });
  }

  /** Whether the journey may resume at a later step: progress is given, or it is kept in sessionStorage. */
  #resumes(): boolean {
    return !!this.progress || this.#persist() === 'session';
  }

  override render() {
    if (this.journey.problem) return renderProblem(this.journey.problem);
    // The English start page comes with the element; the rules follow (Start now waits for them).
    // A journey that may resume elsewhere (progress given, or kept in sessionStorage), and a page
    // in another language (whose words come with the rules), wait for the rules.
    const startPage = this.#resumes() || this.language !== 'en' ? undefined : START_PAGES[this.nation as Nation];
    if (!this.journey.definition && !startPage) return html`<slot></slot>`;
    return renderChecker(
      this.journey,
      checkerView(this, this.headingLevelFrom(this.headingLevel), this.language),
      startPage,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ldc-blue-badge-checker': LdcBlueBadgeChecker;
  }
}
