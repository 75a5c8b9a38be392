import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LdcElement } from '../../core/ldc-element.js';
import { LoadController } from '../../core/controllers/load-controller.js';
import { pickOption } from '../../core/warn.js';
import type { Answers, Definition, Settings } from '../../eligibility/types.js';
import { checkerPageStyles } from './eligibility-checker.styles.js';
import type { Resolved } from './check-definition.js';
import { describeError, Journey, loadEngine, type Progress } from './journey.js';
import { checkerView, loadQuestionPages, loadResultView, renderChecker, renderProblem } from './view.js';

const PERSIST = ['session', 'none'] as const;
/** How long a definition may take to load and check before the checker says so. */
const LOAD_TIMEOUT_MS = 15_000;

type Loaded = { ok: true; definition: Definition } | Extract<Resolved, { ok: false }> | null;

/**
 * Runs any eligibility definition as a GOV.UK question-page flow: a start step, one question
 * per step with the question as the heading, check your answers with "Change" links, and a
 * result that says why and what to do next. Answers stay in the browser.
 *
 * @tag ldc-eligibility-checker
 * @summary A GOV.UK-style multi-step eligibility checker for any definition.
 *
 * @slot - Fallback content, shown while the definition loads, when JavaScript does not run, or
 *   when the configuration is wrong (for example a link to the council's own page about the
 *   service). Anything that fails while loading, checking, evaluating or showing the definition
 *   shows a message ("could not be loaded" when something did not arrive, else "not set up
 *   correctly") and this content, never an empty checker.
 *
 * @csspart back-link - The Back link.
 * @csspart button - Every button (Start now, Continue, Start again).
 * @csspart error-summary - The error summary.
 * @csspart panel - The eligible result panel.
 * @csspart apply-link - The link to apply.
 * @csspart summary-list - Check your answers, and the facts on the result.
 *
 * @cssprop --ldc-color-button - Start and Continue buttons.
 * @cssprop --ldc-color-success - The eligible result panel.
 * @cssprop --ldc-color-error - Error summary and messages.
 * @cssprop --ldc-color-focus - Focus highlight.
 *
 * @fires ldc-step - The step changed. detail: { id, index } — no answer values.
 * @fires ldc-result - A result was reached. detail: { outcome, kind } — no answer values.
 */
export class LdcEligibilityChecker extends LdcElement {
  static override styles = [...LdcElement.styles, ...checkerPageStyles];

  /** The definition to run (an object); validated before use. */
  @property({ attribute: false }) definition?: unknown;
  /** URL of a definition JSON file, used when `definition` is not set. */
  @property() src = '';
  /**
   * Values for the definition's settings (see its `settings`): one of the allowed values, or a
   * number or date within the setting's range. Another value warns once and uses the default.
   */
  @property({ attribute: false }) settings: Settings = {};
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
   * mailto:, tel: and relative addresses: any other is left out with one console error.
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
   * for the same definition; the element's `id` is used when this is not set.
   */
  @property({ attribute: 'storage-key' }) storageKey = '';
  /**
   * Start from these answers at this step (`{ answers, step }`, step being "start", "check",
   * "result" or a question id), e.g. to resume a saved journey. Invalid progress is ignored.
   */
  @property({ attribute: false }) progress?: Progress;

  private readonly loader = new LoadController<Loaded>(this);
  private readonly journey = new Journey(this, {
    storage: () => ({
      persist: pickOption(this.persist, PERSIST, 'none', { element: this.localName, attribute: 'persist' }),
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
    if (changed.has('settings')) {
      this.journey.settings = this.settings ?? {};
      const def = this.journey.definition;
      if (def && !changed.has('definition') && !changed.has('src'))
        this.pending = import('./check-definition.js').then((m) => m.warnSettings(def, this.settings, this.localName));
    }
    if (changed.has('definition') || changed.has('src') || changed.has('progress')) this.pending = this.load();
  }

  /** The definition to run, before validation: the `definition` property, or the JSON at `src`. */
  protected async resolveDefinition(signal?: AbortSignal): Promise<Resolved> {
    if (this.definition !== undefined || !this.src) return { ok: true, value: this.definition };
    return (await import('./check-definition.js')).fetchDefinition(this.src, signal);
  }

  /**
   * Loads and validates the definition (one load at a time: a newer one cancels this one), then
   * starts the journey. Never rejects: any failure is a configuration problem.
   */
  private async load(): Promise<void> {
    this.journey.clear();
    const state = await this.loader.run(
      async (signal) => {
        // The validator (the compiled JSON Schema) loads on demand, beside the definition.
        const [resolved, check] = await Promise.all([
          this.resolveDefinition(signal),
          import('./check-definition.js'),
          loadResultView(this.journey),
          loadEngine(),
          this.journey.prepareStorage(this.progress),
        ]);
        if (!resolved.ok) return resolved;
        if (resolved.value === undefined) return null; // nothing to run yet
        const checked = check.checkDefinition(resolved.value);
        if (checked.ok) {
          check.warnSettings(checked.definition, this.settings, this.localName);
          await loadQuestionPages(this.journey, checked.definition);
        }
        return checked;
      },
      { timeoutMs: LOAD_TIMEOUT_MS },
    );
    if (!state) return; // superseded by a newer load, or the element left the page
    if (state.status === 'failed')
      return this.journey.fail(
        state.timedOut
          ? `the definition did not load within ${LOAD_TIMEOUT_MS / 1000} seconds`
          : `the definition could not be loaded: ${describeError(state.error)}`,
        true,
      );
    if (state.status !== 'complete' || !state.value) return;
    if (!state.value.ok) return this.journey.fail(state.value.problem, state.value.loading);
    this.journey.begin(state.value.definition, this.progress);
  }

  override render() {
    if (this.journey.problem) return renderProblem(this.journey.problem);
    if (!this.journey.definition) return html`<slot></slot>`;
    return renderChecker(this.journey, checkerView(this, this.headingLevelFrom(this.headingLevel), this.language));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ldc-eligibility-checker': LdcEligibilityChecker;
  }
}
