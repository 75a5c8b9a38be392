import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LdcElement } from '../../core/ldc-element.js';
import { fetchJson } from '../../core/fetch-json.js';
import { errorOnce } from '../../core/warn.js';
import { answersOnPath, checkAnswers, evaluate, visibleOptions, resolveSettings } from '../../eligibility/evaluate.js';
import { parseInput, type RawInput } from '../../eligibility/input.js';
import type { Answers, Definition, Evaluation, Settings } from '../../eligibility/types.js';
import { validateDefinition } from '../../eligibility/validate.js';
import {
  backLink,
  button,
  configProblem,
  errorSummary,
  focusErrorSummary,
  focusStepHeading,
  heading,
  patternStyles,
  statusRegion,
  subLevel,
  summaryList,
} from '../../patterns/index.js';
import { checkerStyles } from './eligibility-checker.styles.js';
import { draftFor, FIELD_ID, questionField } from './question-field.js';
import { resultView, withCouncil } from './result-view.js';
import { clearProgress, loadProgress, saveProgress } from './storage.js';

/** A step is "start", "check", "result" or a question id. */
type Step = string;
const START = 'start';
const CHECK = 'check';
const RESULT = 'result';

/**
 * Runs any eligibility definition as a GOV.UK question-page flow: a start step, one question
 * per step with the question as the heading, check your answers with "Change" links, and a
 * result that says why. Answers stay in the browser.
 *
 * @tag ldc-eligibility-checker
 * @summary A GOV.UK-style multi-step eligibility checker for any definition.
 *
 * @slot - Fallback content, shown when JavaScript does not run or the configuration is wrong
 *   (for example a link to the council's own page about the service).
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
  static override styles = [...LdcElement.styles, ...patternStyles, checkerStyles];

  /** The definition to run (an object); validated before use. */
  @property({ attribute: false }) definition?: unknown;
  /** URL of a definition JSON file, used when `definition` is not set. */
  @property() src = '';
  /** Values for the definition's settings (see its `settings`); unknown values use the default. */
  @property({ attribute: false }) settings: Settings = {};
  /** The council's name, used in results ("Apply to Camden Council"). */
  @property() council = '';
  /** Where residents apply; shown on results that lead to an application. */
  @property({ attribute: 'apply-href' }) applyHref = '';
  /** Level of the step headings; 2 by default, as a widget sits under the page's own h1. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;
  /** "session" keeps answers in sessionStorage so they survive a reload; nothing leaves the browser. */
  @property() persist = '';
  /**
   * Start from these answers at this step (`{ answers, step }`, step being "start", "check",
   * "result" or a question id), e.g. to resume a saved journey. Invalid progress is ignored.
   */
  @property({ attribute: false }) progress?: { answers: Answers; step: string };

  @state() protected def: Definition | null = null;
  @state() protected configProblem = '';
  @state() private step: Step = START;
  @state() private history: Step[] = [];
  @state() private store: Answers = {};
  @state() private draft: RawInput;
  @state() private error?: string;
  @state() private announcement = '';
  private focusAfterRender: 'heading' | 'summary' | null = null;
  private request = 0;

  /** The answers on the current path, for a host that prefills its application (WCAG 3.3.7). */
  get answers(): Answers {
    const r = this.evaluation();
    return r && r.type !== 'error' ? answersOnPath(this.store, r.path) : {};
  }

  /** Words for the council in results: its name, or "your council". */
  protected get councilName(): string {
    return this.council.trim() || msg('your council');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.definitionSourceChanged(changed)) this.pending = this.loadDefinition();
  }

  /** Whether a change means the definition must be loaded again. */
  protected definitionSourceChanged(changed: PropertyValues<this>): boolean {
    return changed.has('definition') || changed.has('src') || changed.has('progress');
  }

  /** The definition to run, before validation: the `definition` property, or the JSON at `src`. */
  protected async resolveDefinition(): Promise<{ ok: true; value: unknown } | { ok: false; problem: string }> {
    if (this.definition !== undefined || !this.src) return { ok: true, value: this.definition };
    const res = await fetchJson(this.src);
    return res.ok
      ? { ok: true, value: res.data }
      : { ok: false, problem: `could not load the definition at ${this.src}: ${res.error.message}` };
  }

  private async loadDefinition(): Promise<void> {
    const request = ++this.request;
    const resolved = await this.resolveDefinition();
    if (request !== this.request) return; // a newer load has started
    if (!resolved.ok) return this.fail(resolved.problem);
    if (resolved.value === undefined) return; // nothing to run yet
    const checked = validateDefinition(resolved.value);
    if (!checked.ok)
      return this.fail(`the definition is not valid: ${checked.problem.path}: ${checked.problem.message}`);
    this.configProblem = '';
    this.def = checked.definition;
    this.restore();
  }

  /** A configuration problem: a visible message for the council developer and one console.error. */
  protected fail(problem: string): void {
    errorOnce(`<${this.localName}>: ${problem}`);
    this.configProblem = problem;
    this.def = null;
  }

  private evaluation(): Evaluation | null {
    return this.def ? evaluate(this.def, this.store, this.settings) : null;
  }

  // ---- persistence ----------------------------------------------------------------------

  private restore(): void {
    const def = this.def!;
    this.reset();
    const saved = this.progress ?? (this.persist === 'session' ? loadProgress(def.id) : null);
    if (saved && !this.resume(def, saved)) clearProgress(def.id); // corrupted: start fresh
  }

  /** Resumes saved or given progress if it fits the definition; returns whether it did. */
  private resume(def: Definition, saved: unknown): boolean {
    const p = saved as Partial<{ answers: Answers; step: string; history: string[] }>;
    const known = (s: unknown) =>
      typeof s === 'string' && (s === START || s === CHECK || s === RESULT || def.questions.some((q) => q.id === s));
    const history = p.history ?? [];
    if (checkAnswers(def, p.answers) !== null || !known(p.step) || !Array.isArray(history) || !history.every(known))
      return false;
    this.store = p.answers!;
    this.history = history;
    this.show(p.step!, false);
    return true;
  }

  private save(): void {
    if (this.persist !== 'session' || !this.def) return;
    saveProgress(this.def.id, { v: 1, answers: this.store, step: this.step, history: this.history });
  }

  private reset(): void {
    this.store = {};
    this.history = [];
    this.step = START;
    this.error = undefined;
    this.draft = undefined;
  }

  // ---- navigation -------------------------------------------------------------------------

  /** Shows a step: prefilled from saved answers, heading focused, change announced. */
  private show(step: Step, moveFocus = true): void {
    const def = this.def!;
    this.step = step;
    this.error = undefined;
    const question = def.questions.find((q) => q.id === step);
    this.draft = question ? draftFor(question, this.store[step]) : undefined;
    const r = this.evaluation();
    if (question) this.announcement = question.text;
    else if (step === CHECK) this.announcement = msg('Check your answers');
    else if (step === RESULT && r?.type === 'outcome')
      this.announcement = msg(str`Result: ${withCouncil(r.outcome.title, this.councilName)}`);
    else this.announcement = '';
    if (moveFocus) this.focusAfterRender = 'heading';
    this.emit('ldc-step', { id: step, index: this.history.length });
    if (step === RESULT && r?.type === 'outcome')
      this.emit('ldc-result', { outcome: r.outcome.id, kind: r.outcome.kind });
    this.save();
  }

  private go(step: Step): void {
    this.history = [...this.history, this.step];
    this.show(step);
  }

  private back = () => {
    const history = [...this.history];
    const previous = history.pop() ?? START;
    this.history = history;
    this.show(previous);
  };

  private startAgain = () => {
    if (this.def) clearProgress(this.def.id);
    this.reset();
    this.show(START);
  };

  /** After an answer: the next unanswered question, or check your answers. */
  private advance(): void {
    const r = this.evaluation();
    if (!r || r.type === 'error') {
      // Answers that no longer fit the definition: start again rather than break.
      errorOnce(`<${this.localName}>: ${r?.problem ?? 'no definition'}; starting again`);
      this.startAgain();
      return;
    }
    this.go(r.type === 'question' ? r.question.id : CHECK);
  }

  private onSubmit(e: Event, step: Step): void {
    e.preventDefault();
    // A second click on Continue arrives for a step that is no longer shown: ignore it.
    if (step !== this.step || !this.def) return;
    if (step === START) return this.advance();
    if (step === CHECK) return this.go(RESULT);
    const question = this.def.questions.find((q) => q.id === step)!;
    const parsed = parseInput(question, this.draft);
    if (!parsed.ok) {
      this.error = parsed.error;
      this.focusAfterRender = 'summary';
      return;
    }
    this.store = { ...this.store, [step]: parsed.value };
    this.advance();
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    this.focusAfterRender = null;
    if (target === 'summary') focusErrorSummary(this.renderRoot);
    if (target === 'heading') focusStepHeading(this.renderRoot);
  }

  // ---- rendering --------------------------------------------------------------------------

  override render() {
    if (this.configProblem) return configProblem(msg('This checker is not set up correctly.'), this.configProblem);
    if (!this.def) return html`<slot></slot>`;
    const level = this.headingLevelFrom(this.headingLevel);
    return html`<div class="ldc-root">${statusRegion(this.announcement)} ${this.renderStep(this.def, level)}</div>`;
  }

  private renderStep(def: Definition, level: 1 | 2 | 3 | 4 | 5 | 6) {
    const form = (step: Step, content: unknown) =>
      html`<form novalidate @submit=${(e: Event) => this.onSubmit(e, step)}>${content}</form>`;
    if (this.step === START)
      return form(
        START,
        html`${heading(level, def.title, { class: 'ldc-heading-l ldc-step-heading' })}
          ${def.start.intro.map((p) => html`<p class="ldc-body">${p}</p>`)}
          ${heading(subLevel(level), msg('Before you start'), { class: 'ldc-heading-m' })}
          <p class="ldc-body">${msg('You may need:')}</p>
          <ul class="ldc-list">
            ${def.start.youNeed.map((item) => html`<li>${item}</li>`)}
          </ul>
          <p class="ldc-body">${def.start.time}</p>
          ${button({ text: msg('Start now'), variant: 'start' })}`,
      );
    const r = this.evaluation();
    if (this.step === RESULT && r?.type === 'outcome')
      return html`${backLink(this.back)}
      ${resultView({
        definition: def,
        outcome: r.outcome,
        criteria: r.criteria,
        level,
        council: this.councilName,
        applyHref: this.applyHref,
        onStartAgain: this.startAgain,
      })}`;
    if (this.step === CHECK || this.step === RESULT) return this.renderCheck(def, level);
    const question = def.questions.find((q) => q.id === this.step)!;
    const settings = resolveSettings(def, this.settings);
    return html`${backLink(this.back)}
    ${form(
      this.step,
      html`${errorSummary(this.error ? [{ target: FIELD_ID, text: this.error }] : [], level)}
      ${questionField(
        question,
        visibleOptions(question, this.store, settings),
        this.draft,
        this.error,
        level,
        (d) => (this.draft = d),
        this.localName,
      )}
      ${button({ text: msg('Continue') })}`,
    )}`;
  }

  private renderCheck(def: Definition, level: 1 | 2 | 3 | 4 | 5 | 6) {
    const r = this.evaluation();
    const path = r && r.type !== 'error' ? r.path : [];
    const rows = path.map((id) => {
      const q = def.questions.find((x) => x.id === id)!;
      const answer = this.store[id];
      const text = (v: string) => q.options?.find((o) => o.value === v)?.text ?? v;
      const value = Array.isArray(answer)
        ? html`${answer.map((v, i) => html`${i ? html`<br />` : nothing}${text(v)}`)}`
        : q.kind === 'number'
          ? `${q.prefix ?? ''}${new Intl.NumberFormat(this.locale).format(answer as number)}${q.suffix ? ` ${q.suffix}` : ''}`
          : q.kind === 'date'
            ? new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
                new Date(`${answer}T00:00:00Z`),
              )
            : text(String(answer));
      return {
        key: q.summary,
        value,
        action: { text: msg('Change'), hiddenText: q.summary.toLowerCase(), onClick: () => this.go(id) },
      };
    });
    return html`${backLink(this.back)}
    ${html`<form novalidate @submit=${(e: Event) => this.onSubmit(e, CHECK)}>
      ${heading(level, msg('Check your answers'), { class: 'ldc-heading-l ldc-step-heading' })} ${summaryList(rows)}
      ${button({ text: msg('Continue') })}
    </form>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ldc-eligibility-checker': LdcEligibilityChecker;
  }
}
