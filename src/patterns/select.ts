import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorMessage, formGroup, hint, label, type FieldOptions } from './field.js';

export interface SelectOption {
  value: string;
  text: string;
}

export interface SelectOptions extends FieldOptions {
  name: string;
  options: SelectOption[];
  value?: string;
  /** The first, empty option, e.g. "3 addresses found". Chosen until the user picks. */
  placeholder?: string;
  onChange: (value: string) => void;
}

/** GOV.UK select: use only when radios would be too many (e.g. a long address list). */
export function select(options: SelectOptions): TemplateResult {
  return formGroup(
    options,
    html`${label(options)} ${hint(options)} ${errorMessage(options)}
      <select
        class="ldc-select ${options.error ? 'ldc-select--error' : ''}"
        part="select"
        id=${options.id}
        name=${options.name}
        aria-describedby=${describedBy(options)}
        aria-invalid=${options.error ? 'true' : nothing}
        @change=${(e: Event) => options.onChange((e.target as HTMLSelectElement).value)}
      >
        ${
          options.placeholder !== undefined
            ? html`<option value="" ?selected=${!options.value}>${options.placeholder}</option>`
            : nothing
        }
        ${options.options.map(
          (o) => html`<option .value=${o.value} ?selected=${o.value === options.value}>${o.text}</option>`,
        )}
      </select>`,
  );
}
