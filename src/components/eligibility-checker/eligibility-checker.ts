import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LdcElement } from '../../core/ldc-element.js';
import { fetchJson } from '../../core/fetch-json.js';
import { safeUrl } from '../../core/url-policy.js';
import { errorOnce, pickOption, warnIgnored } from '../../core/warn.js';
import {
  answersOnPath,
  checkAnswers,
  evaluate,
  findQuestion,
  visibleOptions,
  resolveSettings,
} from '../../eligibility/evaluate.js';
import { parseInput, type RawInput } from '../../eligibility/input.js';
import type { Answers, Definition, Evaluation, Question, Settings } from '../../eligibility/types.js';
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
import {
  claimKey,
  clearProgress,
  loadProgress,
  progressKey,
  PROGRESS_VERSION,
  releaseKey,
  saveProgress,
} from './storage.js';

/** A step is "start", "check", "result" or a question id. */
type Step = string;
const START = 'start';
const CHECK = 'check';
const RESULT = 'result';
const PERSIST = ['session', 'none'] as const;

/** What a thrown value says, for the configuration message. */
function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  try {
    return String(e);
  } catch {
    return 'an unknown error';
  }
}

/**
 * Runs any eligibility definition as a GOV.UK question-page flow: a start step, one question
 * per step with the question as the heading, check your answers with "Change" links, and a
 * result that says why. Answers stay in the browser.
 *
 * @tag ldc-eligibility-checker
 * @summary A GOV.UK-style multi-step eligibility checker for any definition.
 *
 * @slot - Fallback content, shown when JavaScript does not run or the configuration is wrong
 *   (for example a link to the council's own page about the service). Anything that fails while
 *   loading, checking, evaluating or showing the definition shows the configuration message and
 *   this content, never an empty checker.
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
  /**
   * Where residents apply; shown on results that lead to an application. Only https:, http:,
   * mailto:, tel: and relative addresses: any other is left out with one console error.
   */
  @property({ attribute: 'apply-href' }) applyHref = '';
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
  /** The sessionStorage key this element has claimed, if any. */
  private claimed: string | null = null;

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
    if (changed.has('settings') && this.def) this.checkSettings(this.def);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.claimed) releaseKey(this.claimed, this);
    this.claimed = null;
  }

  /** Settings the definition does not allow are replaced by its default: say so once. */
  private checkSettings(def: Definition): void {
    const declared = def.settings ?? {};
    const settings = this.settings ?? {};
    for (const name of Object.keys(settings)) {
      const s = Object.hasOwn(declared, name) ? declared[name] : undefined;
      if (s && !s.allowed.includes(settings[name]))
        warnIgnored(
          { element: this.localName, attribute: `settings.${name}` },
          settings[name],
          `use one of ${s.allowed.join(', ')}. Using ${String(s.default)}`,
        );
    }
  }

  /** Whether a change means the definition must be loaded again. */
  protected definitionSourceChanged(changed: PropertyValues<this>): boolean {
    return changed.has('definition') || changed.has('src') || changed.has('progress');
  }

  /** The definition to run, before validation: the `definition` property, or the JSON at `src`. */
  protected async resolveDefinition(): Promise<{ ok: true; value: unknown } | { ok: false; problem: string }> {
    if (this.definition !== undefined || !this.src) return { ok: true, value: this.definition };
    const url = safeUrl(this.src, 'request');
    if (url === null)
      return {
        ok: false,
        problem: `src=${JSON.stringify(this.src.slice(0, 200))} is not an address it may request (allowed: https:, http: and relative addresses)`,
      };
    const res = await fetchJson(url);
    return res.ok
      ? { ok: true, value: res.data }
      : { ok: false, problem: `could not load the definition at ${this.src}: ${res.error.message}` };
  }

  /** Loads, validates and starts the definition. Never rejects: any failure is a configuration problem. */
  private async loadDefinition(): Promise<void> {
    const request = ++this.request;
    try {
      // The validator (the compiled JSON Schema) loads on demand, beside the definition.
      const [resolved, { validateDefinition }] = await Promise.all([
        this.resolveDefinition(),
        import('../../eligibility/validate.js'),
      ]);
      if (request !== this.request) return; // a newer load has started
      if (!resolved.ok) return this.fail(resolved.problem);
      if (resolved.value === undefined) return; // nothing to run yet
      const checked = validateDefinition(resolved.value);
      if (!checked.ok) {
        const more = checked.problems.length > 1 ? ` (and ${checked.problems.length - 1} more)` : '';
        return this.fail(`the definition is not valid: ${checked.problem.path}: ${checked.problem.message}${more}`);
      }
      this.configProblem = '';
      this.def = checked.definition;
      this.checkSettings(checked.definition);
      this.restore();
    } catch (e) {
      if (request === this.request) this.fail(`the definition could not be loaded: ${describe(e)}`);
    }
  }

  /** A configuration problem: a visible message for the council developer and one console.error. */
  protected fail(problem: string): void {
    errorOnce(`<${this.localName}>: ${problem}`);
    this.configProblem = problem;
    this.def = null;
  }

  private evaluation(): Evaluation | null {
    return this.def ? evaluate(this.def, this.store, this.settings ?? {}) : null;
  }

  /** Runs a user action; a failure shows the configuration message instead of a broken step. */
  private guard(action: () => void): void {
    try {
      action();
    } catch (e) {
      this.fail(`the checker failed: ${describe(e)}`);
    }
  }

  // ---- persistence ----------------------------------------------------------------------

  /** "session" or "none"; an unknown value warns once and keeps nothing. */
  private get persistMode(): 'session' | 'none' {
    return pickOption(this.persist, PERSIST, 'none', { element: this.localName, attribute: 'persist' });
  }

  /**
   * The sessionStorage key for this element's journey, or null when it keeps none: persist is
   * not "session", or another checker on the page already keeps the same definition under the
   * same key (neither has an id or storage-key to tell them apart).
   */
  private storageSlot(def: Definition): string | null {
    if (this.persistMode !== 'session') return null;
    const key = progressKey(def.id, this.storageKey.trim() || this.id);
    if (this.claimed === key) return key;
    if (!claimKey(key, this)) {
      warnIgnored(
        { element: this.localName, attribute: 'persist' },
        this.persist,
        `another checker on this page already keeps "${def.id}" answers under the same key; give each checker its own id or storage-key. Answers are not kept`,
      );
      return null;
    }
    if (this.claimed) releaseKey(this.claimed, this);
    this.claimed = key;
    return key;
  }

  private restore(): void {
    const def = this.def!;
    this.reset();
    const slot = this.storageSlot(def);
    if (this.progress) this.resume(def, this.progress, false);
    else if (slot) {
      const saved = loadProgress(slot);
      if (saved && !this.resume(def, saved, true)) clearProgress(slot); // corrupted or old: start fresh
    }
  }

  /**
   * Resumes saved or given progress if it fits the definition; returns whether it did. The
   * answers decide where: "check" and "result" only when they reach an outcome, and a question
   * only when it is on their path; otherwise the first question still to answer.
   */
  private resume(def: Definition, saved: unknown, stored: boolean): boolean {
    if (typeof saved !== 'object' || saved === null) return false;
    const p = saved as Partial<{ v: unknown; answers: unknown; step: unknown; history: unknown }>;
    if (stored && p.v !== PROGRESS_VERSION) return false;
    const known = (s: unknown): s is string =>
      typeof s === 'string' && (s === START || s === CHECK || s === RESULT || findQuestion(def, s) !== undefined);
    const history = p.history ?? [];
    if (checkAnswers(def, p.answers) !== null || !known(p.step) || !Array.isArray(history) || !history.every(known))
      return false;
    // Own answers only, copied, so later changes to the object given do not reach the checker.
    const given = p.answers as Answers;
    const answers: Answers = {};
    for (const id of Object.keys(given)) {
      const v = given[id];
      Object.defineProperty(answers, id, {
        value: Array.isArray(v) ? [...v] : v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    const r = evaluate(def, answers, this.settings ?? {});
    if (r.type === 'error') return false;
    let step = p.step as string;
    if (r.type === 'question') {
      if (step !== START && step !== r.question.id && !r.path.includes(step)) step = r.question.id;
    } else if (step !== START && step !== CHECK && step !== RESULT && !r.path.includes(step)) step = CHECK;
    this.store = answers;
    this.history = history as string[];
    this.show(step, false);
    return true;
  }

  private save(): void {
    const slot = this.def ? this.storageSlot(this.def) : null;
    if (!slot) return;
    saveProgress(slot, { v: PROGRESS_VERSION, answers: this.store, step: this.step, history: this.history });
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
    const question = findQuestion(def, step);
    this.draft = question
      ? draftFor(question, Object.hasOwn(this.store, step) ? this.store[step] : undefined)
      : undefined;
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

  private back = () =>
    this.guard(() => {
      const history = [...this.history];
      const previous = history.pop() ?? START;
      this.history = history;
      this.show(previous);
    });

  private startAgain = () =>
    this.guard(() => {
      const slot = this.def ? this.storageSlot(this.def) : null;
      if (slot) clearProgress(slot);
      this.reset();
      this.show(START);
    });

  /**
   * After an answer: the next unanswered question, or check your answers (from check your
   * answers: the result). Never a step the answers do not reach.
   */
  private advance(from: Step = this.step): void {
    const r = this.evaluation();
    // Answers built one valid step at a time reach no error on a valid definition; if one does,
    // the definition is broken in a way validation did not catch: say so, never a dead button.
    if (!r || r.type === 'error') return this.fail(`the definition could not be evaluated: ${r?.problem ?? 'none'}`);
    this.go(r.type === 'question' ? r.question.id : from === CHECK ? RESULT : CHECK);
  }

  private onSubmit(e: Event, step: Step): void {
    e.preventDefault();
    this.guard(() => {
      // A second click on Continue arrives for a step that is no longer shown: ignore it.
      if (step !== this.step || !this.def) return;
      if (step === START || step === CHECK) return this.advance(step);
      const question = findQuestion(this.def, step)!;
      const parsed = parseInput(question, this.draft);
      if (!parsed.ok) {
        this.error = parsed.error;
        this.focusAfterRender = 'summary';
        return;
      }
      this.store = { ...this.store, [step]: parsed.value };
      this.advance();
    });
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    this.focusAfterRender = null;
    if (target === 'summary') focusErrorSummary(this.renderRoot);
    if (target === 'heading') focusStepHeading(this.renderRoot);
  }

  // ---- rendering --------------------------------------------------------------------------

  override render() {
    if (this.configProblem) return this.renderProblem(this.configProblem);
    if (!this.def) return html`<slot></slot>`;
    try {
      const level = this.headingLevelFrom(this.headingLevel);
      return html`<div class="ldc-root">${statusRegion(this.announcement)} ${this.renderStep(this.def, level)}</div>`;
    } catch (e) {
      // A definition that passed validation but still breaks: the message and the fallback
      // content, never an empty shadow root. (State cannot change during render: say it here.)
      const problem = e instanceof EvaluationProblem ? e.message : `the checker failed: ${describe(e)}`;
      errorOnce(`<${this.localName}>: ${problem}`);
      return this.renderProblem(problem);
    }
  }

  private renderProblem(problem: string) {
    return configProblem(msg('This checker is not set up correctly.'), problem);
  }

  /** The evaluation the current step needs; an error value is a broken definition. */
  private evaluated(): Exclude<Evaluation, { type: 'error' }> {
    const r = this.evaluation();
    if (!r) throw new EvaluationProblem('no definition');
    if (r.type === 'error') throw new EvaluationProblem(`the definition could not be evaluated: ${r.problem}`);
    return r;
  }

  private questionFor(def: Definition, id: string): Question {
    const q = findQuestion(def, id);
    if (!q) throw new EvaluationProblem(`the definition has no question "${id}"`);
    return q;
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
    const r = this.evaluated();
    if (this.step === RESULT && r.type === 'outcome')
      return html`${backLink(this.back)}
      ${resultView({
        definition: def,
        outcome: r.outcome,
        criteria: r.criteria,
        level,
        council: this.councilName,
        applyHref: this.applyHref,
        element: this.localName,
        onStartAgain: this.startAgain,
      })}`;
    if (this.step === CHECK || this.step === RESULT) return this.renderCheck(def, level, r.path);
    const question = this.questionFor(def, this.step);
    const settings = resolveSettings(def, this.settings ?? {});
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

  private renderCheck(def: Definition, level: 1 | 2 | 3 | 4 | 5 | 6, path: string[]) {
    const rows = path.map((id) => {
      const q = this.questionFor(def, id);
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
        action: {
          text: msg('Change'),
          hiddenText: q.summary.toLowerCase(),
          onClick: () => this.guard(() => this.go(id)),
        },
      };
    });
    return html`${backLink(this.back)}
    ${html`<form novalidate @submit=${(e: Event) => this.onSubmit(e, CHECK)}>
      ${heading(level, msg('Check your answers'), { class: 'ldc-heading-l ldc-step-heading' })} ${summaryList(rows)}
      ${button({ text: msg('Continue') })}
    </form>`}`;
  }
}

/** A definition that cannot be evaluated, found while rendering. */
class EvaluationProblem extends Error {}

declare global {
  interface HTMLElementTagNameMap {
    'ldc-eligibility-checker': LdcEligibilityChecker;
  }
}
