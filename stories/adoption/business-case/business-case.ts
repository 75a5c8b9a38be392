import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LdcElement, type HeadingLevel } from '../../../src/core/ldc-element.js';
import { msg, str } from '../../../src/core/i18n.js';
import { token } from '../../../src/core/css.js';
import {
  button,
  errorSummary,
  fieldset,
  focusErrorSummary,
  heading,
  insetText,
  patternStyles,
  statusRegion,
  subLevel,
  summaryList,
  textInput,
  type FieldError,
} from '../../../src/patterns/index.js';
import {
  EXAMPLE_INPUTS,
  KINDS,
  calculate,
  countsFromEvents,
  countsFromReport,
  inputsFromCounts,
  parseInput,
  type EventCounts,
  type InputName,
  type InputProblem,
  type Inputs,
  type Result,
} from './calculator.js';

type Typed = Record<InputName, string>;
const NAMES = Object.keys(EXAMPLE_INPUTS) as InputName[];
const asTyped = (inputs: Partial<Inputs>): Partial<Typed> =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])) as Partial<Typed>;

/**
 * The business case calculator: numbers a council enters (example figures to start, labelled as
 * examples), what the components could save each month and year, the sums in words, and a way to
 * fill the numbers in from the usage events the components send to the council's analytics.
 * Documentation only: not part of the package.
 *
 * @tag ldc-business-case
 */
export class LdcBusinessCase extends LdcElement {
  static override styles = [
    ...LdcElement.styles,
    ...patternStyles,
    css`
      :host {
        display: block;
      }
      textarea {
        box-sizing: border-box;
        display: block;
        inline-size: 100%;
        min-block-size: 8em;
        padding: 5px;
        font: inherit;
        font-family: ui-monospace, Menlo, Consolas, monospace;
        border: ${token('border-form')} solid ${token('color-input-border')};
        border-radius: 0;
        margin-block-end: 15px;
      }
      textarea:focus {
        outline: ${token('focus-width')} solid ${token('color-focus')};
        outline-offset: 0;
        box-shadow: inset 0 0 0 2px ${token('color-input-border')};
      }
      .total {
        font-weight: ${token('font-weight-bold')};
      }
      @media print {
        .ldc-button,
        .from-analytics {
          display: none;
        }
        .ldc-input {
          border: 0;
        }
      }
    `,
  ];

  /** The level of the calculator's headings; 2 by default. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;
  /**
   * Usage events the components sent (dataLayer objects, Matomo `_paq` arrays or Plausible calls):
   * when given, the calculator fills its numbers from them.
   */
  @property({ attribute: false }) events?: readonly unknown[];
  /** What each field holds, as typed. Starts with the example figures. */
  @property({ attribute: false }) typed: Typed = asTyped(EXAMPLE_INPUTS) as Typed;

  @state() private problems: Partial<Record<InputName, InputProblem>> = {};
  @state() private result: Result = calculate(EXAMPLE_INPUTS);
  @state() private used: Inputs = EXAMPLE_INPUTS;
  @state() private fromExamples = true;
  @state() private report = '';
  @state() private read: { counts: EventCounts; used: number; source: 'report' | 'events' } | null = null;
  private focusSummary = false;

  private get level(): HeadingLevel {
    return this.headingLevelFrom(this.headingLevel);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') && this.events?.length) {
      const counts = countsFromEvents(this.events);
      this.fill(counts, 'events', this.events.length);
    }
  }

  protected override updated(): void {
    if (this.focusSummary) {
      this.focusSummary = false;
      focusErrorSummary(this.renderRoot);
    }
  }

  private fill(counts: EventCounts, source: 'report' | 'events', used: number) {
    this.read = { counts, used, source };
    const found = inputsFromCounts(counts);
    if (Object.keys(found).length) {
      this.typed = { ...this.typed, ...asTyped(found) };
      this.work();
    }
  }

  private work = (e?: Event) => {
    e?.preventDefault();
    const problems: Partial<Record<InputName, InputProblem>> = {};
    const values: Partial<Inputs> = {};
    for (const name of NAMES) {
      const parsed = parseInput(KINDS[name], this.typed[name]);
      if ('problem' in parsed) problems[name] = parsed.problem;
      else values[name] = parsed.value;
    }
    this.problems = problems;
    if (Object.keys(problems).length) {
      this.focusSummary = Boolean(e);
      return;
    }
    this.used = values as Inputs;
    this.fromExamples = NAMES.every((n) => this.used[n] === EXAMPLE_INPUTS[n]);
    this.result = calculate(this.used);
  };

  private useReport = () => {
    const { counts, used } = countsFromReport(this.report);
    this.fill(counts, 'report', used);
  };

  private labels(): Record<InputName, string> {
    return {
      checkerCompletions: msg('Checker completions a month'),
      notEligibleShare: msg('Share of those told they are not eligible'),
      wouldHaveApplied: msg('Share of those who would otherwise have applied'),
      refusedCost: msg('Cost of handling an application that is refused'),
      binLookups: msg('Bin day look-ups a month'),
      wouldHavePhoned: msg('Share who would otherwise have phoned'),
      callCost: msg('Cost of a phone call to your contact centre'),
    };
  }

  private hints(): Record<InputName, string> {
    const e = EXAMPLE_INPUTS;
    return {
      checkerCompletions: msg(
        str`Example figure ${e.checkerCompletions}; yours is the number of ldc_completed events from the checkers in your analytics`,
      ),
      notEligibleShare: msg(
        str`Example figure ${e.notEligibleShare}%; yours is the share of those events with the outcome not-eligible`,
      ),
      wouldHaveApplied: msg(
        str`Example figure ${e.wouldHaveApplied}%; ask your service team how many refused applicants did not need to apply`,
      ),
      refusedCost: msg(
        str`Example figure £${e.refusedCost}; ask your service team what checking, deciding and writing to the applicant costs`,
      ),
      binLookups: msg(
        str`Example figure ${e.binLookups}; yours is the number of ldc_completed events from the bin day lookup`,
      ),
      wouldHavePhoned: msg(
        str`Example figure ${e.wouldHavePhoned}%; compare your contact centre’s calls about bin days with look-ups`,
      ),
      callCost: msg(str`Example figure £${e.callCost}; ask your contact centre for its cost per call`),
    };
  }

  private problemText(name: InputName, problem: InputProblem): string {
    const label = this.labels()[name];
    switch (problem) {
      case 'empty':
        return msg(str`Enter the ${label.toLowerCase()}`);
      case 'not-a-number':
        return KINDS[name] === 'money'
          ? msg(str`${label} must be an amount in pounds, like 25 or 4.50`)
          : KINDS[name] === 'percent'
            ? msg(str`${label} must be a percentage, like 30`)
            : msg(str`${label} must be a number, like 400`);
      case 'not-whole':
        return msg(str`${label} must be a whole number`);
      case 'over-100':
        return msg(str`${label} must be 100% or less`);
      case 'too-big':
        return msg(str`${label} must be less than 1,000,000,000`);
    }
  }

  private input(name: InputName): TemplateResult {
    const kind = KINDS[name];
    const problem = this.problems[name];
    return textInput({
      id: name,
      name,
      label: this.labels()[name],
      hint: this.hints()[name],
      value: this.typed[name],
      error: problem ? this.problemText(name, problem) : undefined,
      width: kind === 'count' ? '10' : '5',
      inputmode: kind === 'count' ? 'numeric' : 'decimal',
      spellcheck: false,
      prefix: kind === 'money' ? '£' : undefined,
      suffix: kind === 'percent' ? '%' : undefined,
      host: this.localName,
      onInput: (v) => (this.typed = { ...this.typed, [name]: v }),
    });
  }

  override render() {
    const level = this.level;
    const errors: FieldError[] = NAMES.filter((n) => this.problems[n]).map((n) => ({
      target: n,
      text: this.problemText(n, this.problems[n]!),
    }));
    return html`<form novalidate @submit=${this.work}>
        ${errorSummary(errors, level)}
        ${fieldset(
          {
            id: 'checkers',
            label: msg('Eligibility checkers'),
            hint: msg('The Blue Badge and free school meals checkers'),
          },
          html`${this.input('checkerCompletions')} ${this.input('notEligibleShare')} ${this.input('wouldHaveApplied')}
          ${this.input('refusedCost')}`,
        )}
        ${fieldset(
          { id: 'bins', label: msg('Bin day lookup') },
          html`${this.input('binLookups')} ${this.input('wouldHavePhoned')} ${this.input('callCost')}`,
        )}
        ${button({ text: msg('Work it out') })}
      </form>
      ${this.renderResult(level)} ${this.renderFromAnalytics(level)} ${statusRegion(this.status())}`;
  }

  private money(n: number): string {
    return new Intl.NumberFormat(this.locale, {
      style: 'currency',
      currency: 'GBP',
      maximumFractionDigits: Number.isInteger(n) ? 0 : 2,
      minimumFractionDigits: Number.isInteger(n) ? 0 : 2,
    }).format(n);
  }

  private count(n: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 }).format(n);
  }

  private renderResult(level: HeadingLevel): TemplateResult {
    const r = this.result;
    const i = this.used;
    return html`<section aria-labelledby="result-heading">
      ${heading(level, msg('What it could save'), { class: 'ldc-heading-l', id: 'result-heading' })}
      ${
        this.fromExamples
          ? insetText(msg('These are the example figures. Put your own in the boxes above, then press “Work it out”.'))
          : nothing
      }
      ${summaryList([
        { key: msg('Refused applications avoided a month'), value: this.count(r.refusedAvoided) },
        { key: msg('Saving on applications a month'), value: this.money(r.applicationSaving) },
        { key: msg('Phone calls avoided a month'), value: this.count(r.callsAvoided) },
        { key: msg('Saving on calls a month'), value: this.money(r.callSaving) },
        { key: msg('Saving a month'), value: this.money(r.monthlySaving) },
        { key: msg('Saving a year'), value: html`<span class="total">${this.money(r.yearlySaving)}</span>` },
      ])}
      ${heading(subLevel(level), msg('How it is worked out'), { class: 'ldc-heading-m' })}
      <p class="ldc-body">
        ${msg(
          str`${this.count(i.checkerCompletions)} checker completions a month × ${this.count(i.notEligibleShare)}% told they are not eligible × ${this.count(i.wouldHaveApplied)}% who would otherwise have applied = ${this.count(r.refusedAvoided)} refused applications avoided. × ${this.money(i.refusedCost)} each = ${this.money(r.applicationSaving)} a month.`,
        )}
      </p>
      <p class="ldc-body">
        ${msg(
          str`${this.count(i.binLookups)} bin day look-ups a month × ${this.count(i.wouldHavePhoned)}% who would otherwise have phoned = ${this.count(r.callsAvoided)} calls avoided. × ${this.money(i.callCost)} each = ${this.money(r.callSaving)} a month.`,
        )}
      </p>
      <p class="ldc-body">
        ${msg(
          str`(${this.money(r.applicationSaving)} + ${this.money(r.callSaving)}) × 12 months = ${this.money(r.yearlySaving)} a year.`,
        )}
      </p>
    </section>`;
  }

  private renderFromAnalytics(level: HeadingLevel): TemplateResult {
    const read = this.read;
    return html`<section class="from-analytics" aria-labelledby="analytics-heading">
      ${heading(level, msg('Fill in the numbers from your analytics'), {
        class: 'ldc-heading-l',
        id: 'analytics-heading',
      })}
      <p class="ldc-body">
        ${msg(
          'If your pages use the components’ analytics attribute, your analytics tool counts the events. Copy a report for one month (one row per outcome, ending with the count) and paste it here.',
        )}
      </p>
      <div class="ldc-form-group">
        <label class="ldc-label" for="report">${msg('Your report')}</label>
        <div class="ldc-hint" id="report-hint">
          ${msg('For example: ldc_completed, ldc-blue-badge-checker, not-eligible, 120')}
        </div>
        <textarea
          id="report"
          name="report"
          spellcheck="false"
          aria-describedby="report-hint"
          .value=${this.report}
          @input=${(e: Event) => (this.report = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      ${button({ text: msg('Use these counts'), variant: 'secondary', type: 'button', onClick: this.useReport })}
      ${read ? insetText(this.readText(read)) : nothing}
    </section>`;
  }

  private readText(read: NonNullable<LdcBusinessCase['read']>): string {
    const c = read.counts;
    if (!c.checkerCompleted && !c.binLookups)
      return read.source === 'report'
        ? msg('No row of the report named a completed outcome with a count, so nothing was changed.')
        : msg('None of the events was a completed journey, so nothing was changed.');
    return msg(
      str`Read ${this.count(c.checkerCompleted)} checker completions (${this.count(c.checkerNotEligible)} not eligible) and ${this.count(c.binLookups)} bin day look-ups, and put them in the boxes above.`,
    );
  }

  private status(): string {
    return this.read ? this.readText(this.read) : '';
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('ldc-business-case'))
  customElements.define('ldc-business-case', LdcBusinessCase);

declare global {
  interface HTMLElementTagNameMap {
    'ldc-business-case': LdcBusinessCase;
  }
}
