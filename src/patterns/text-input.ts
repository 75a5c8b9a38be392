import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorMessage, formGroup, hint, label, type FieldOptions } from './field.js';
import { pickOption } from '../core/warn.js';

export const INPUT_WIDTHS = [
  'full',
  '30',
  '20',
  '10',
  '5',
  '4',
  '3',
  '2',
  'three-quarters',
  'two-thirds',
  'one-half',
  'one-third',
  'one-quarter',
] as const;
export type InputWidth = (typeof INPUT_WIDTHS)[number];

export interface TextInputOptions extends FieldOptions {
  name: string;
  value?: string;
  /** Fixed widths say how long an answer is expected (GOV.UK); unknown values fall back to full. */
  width?: InputWidth | string;
  type?: 'text' | 'email' | 'tel' | 'url';
  /** WCAG 1.3.5 input purpose, e.g. "postal-code". */
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url' | 'search';
  spellcheck?: boolean;
  /** Text before or after the input, e.g. "£" or "per week". */
  prefix?: string;
  suffix?: string;
  onInput: (value: string) => void;
  /** The element using the pattern, named in the warning for an unknown width. */
  host?: string;
}

/** GOV.UK text input: label, hint, error and input in one tree, so every ID reference works. */
export function textInput(options: TextInputOptions): TemplateResult {
  const width = pickOption(options.width, INPUT_WIDTHS, 'full', {
    element: options.host ?? 'ldc-*',
    attribute: 'width',
  });
  return formGroup(
    options,
    html`${label(options)} ${hint(options)} ${errorMessage(options)}
      <div class="ldc-input-wrapper">
        ${options.prefix ? html`<span class="ldc-input__affix" aria-hidden="true">${options.prefix}</span>` : nothing}
        <input
          class="ldc-input ${width === 'full' ? '' : `ldc-input--width-${width}`} ${options.error ? 'ldc-input--error' : ''}"
          part="input"
          id=${options.id}
          name=${options.name}
          type=${options.type ?? 'text'}
          .value=${options.value ?? ''}
          autocomplete=${options.autocomplete ?? nothing}
          inputmode=${options.inputmode ?? nothing}
          spellcheck=${options.spellcheck === undefined ? nothing : String(options.spellcheck)}
          aria-describedby=${describedBy(options)}
          aria-invalid=${options.error ? 'true' : nothing}
          @input=${(e: Event) => options.onInput((e.target as HTMLInputElement).value)}
        />
        ${options.suffix ? html`<span class="ldc-input__affix" aria-hidden="true">${options.suffix}</span>` : nothing}
      </div>`,
  );
}
