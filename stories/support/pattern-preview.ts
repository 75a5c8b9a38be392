import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LdcElement } from '../../src/core/ldc-element.js';
import { defineElement } from '../../src/core/define.js';
import {
  button,
  checkboxes,
  errorSummary,
  focusErrorSummary,
  patternStyles,
  radios,
  select,
  textInput,
  type ChoiceEntry,
  type SelectOption,
} from '../../src/patterns/index.js';

/**
 * Renders a static pattern template inside a shadow root with the pattern styles, as a
 * component would. Story and test support only; not part of the package.
 */
export class LdcPatternPreview extends LdcElement {
  static override styles = [...LdcElement.styles, ...patternStyles];
  @property({ attribute: false }) content: (host: LdcPatternPreview) => TemplateResult = () => html``;
  override render() {
    return this.content(this);
  }
}

export interface QuestionSpec {
  kind: 'radios' | 'checkboxes' | 'text' | 'select';
  label: string;
  hint?: string;
  /** The message shown when the question is left unanswered. */
  requiredMessage: string;
  items?: ChoiceEntry[];
  options?: SelectOption[];
  width?: string;
  autocomplete?: string;
  inputmode?: 'numeric';
  spellcheck?: boolean;
  inline?: boolean;
  headingLevel?: 1 | 2 | 3;
}

/**
 * One GOV.UK question page: the question as heading, Continue, and validation that shows
 * the error summary (which takes focus) and the inline error on submit.
 */
export class LdcQuestionExample extends LdcElement {
  static override styles = [...LdcElement.styles, ...patternStyles];
  @property({ attribute: false }) spec!: QuestionSpec;
  @property({ attribute: false }) value: string | string[] = '';
  /** Show the error state straight away (for stories and tests). */
  @property({ type: Boolean, attribute: 'show-errors' }) showErrors = false;
  @state() private submitted = false;

  private get error(): string | undefined {
    const empty = Array.isArray(this.value) ? this.value.length === 0 : !this.value.trim();
    return (this.submitted || this.showErrors) && empty ? this.spec.requiredMessage : undefined;
  }

  private async onSubmit(e: Event) {
    e.preventDefault();
    this.submitted = true;
    await this.updateComplete;
    if (this.error) focusErrorSummary(this.renderRoot);
    // A docs-only element: its event is not one of the library's (src/core/events.ts).
    else
      this.dispatchEvent(
        new CustomEvent('ldc-answer', { detail: { value: this.value }, bubbles: true, composed: true }),
      );
  }

  private set(value: string | string[]) {
    this.value = value;
  }

  private field() {
    const s = this.spec;
    const common = {
      id: 'answer',
      name: 'answer',
      label: s.label,
      hint: s.hint,
      error: this.error,
      headingLevel: s.headingLevel ?? 1,
    };
    switch (s.kind) {
      case 'radios':
        return radios({
          ...common,
          items: s.items ?? [],
          inline: s.inline,
          value: String(this.value),
          onChange: (v) => this.set(v),
        });
      case 'checkboxes':
        return checkboxes({
          ...common,
          items: s.items ?? [],
          values: Array.isArray(this.value) ? this.value : [],
          onChange: (v) => this.set(v),
        });
      case 'select':
        return select({
          ...common,
          options: s.options ?? [],
          placeholder: '',
          value: String(this.value),
          onChange: (v) => this.set(v),
        });
      default:
        return textInput({
          ...common,
          host: this.localName,
          width: s.width,
          autocomplete: s.autocomplete,
          inputmode: s.inputmode,
          spellcheck: s.spellcheck,
          value: String(this.value),
          onInput: (v) => this.set(v),
        });
    }
  }

  override render() {
    if (!this.spec) return nothing;
    const error = this.error;
    return html`<form novalidate @submit=${this.onSubmit}>
      ${errorSummary(error ? [{ target: 'answer', text: error }] : [])} ${this.field()} ${button({ text: 'Continue' })}
    </form>`;
  }
}

defineElement('ldc-pattern-preview', LdcPatternPreview);
defineElement('ldc-question-example', LdcQuestionExample);

declare global {
  interface HTMLElementTagNameMap {
    'ldc-pattern-preview': LdcPatternPreview;
    'ldc-question-example': LdcQuestionExample;
  }
}
