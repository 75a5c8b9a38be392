import { html, type TemplateResult } from 'lit';
import { msg } from '../core/i18n.js';
import type { FieldOptions } from './field.js';
import { fieldset } from './fieldset.js';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface DateInputOptions extends FieldOptions {
  name: string;
  value: DateParts;
  /** WCAG 1.3.5: "bday" for a date of birth gives bday-day, bday-month, bday-year. */
  autocomplete?: 'bday';
  onInput: (value: DateParts) => void;
}

/**
 * GOV.UK date input: day, month and year fields in a fieldset. Never moves focus between
 * the fields by itself. The first field takes the field id, so the error summary links to it.
 */
export function dateInput(options: DateInputOptions): TemplateResult {
  const parts: { key: keyof DateParts; label: string; width: string }[] = [
    { key: 'day', label: msg('Day'), width: '2' },
    { key: 'month', label: msg('Month'), width: '2' },
    { key: 'year', label: msg('Year'), width: '4' },
  ];
  return fieldset(
    options,
    html`<div class="ldc-date-input" part="date-input">
      ${parts.map((p) => {
        const id = p.key === 'day' ? options.id : `${options.id}-${p.key}`;
        return html`<div class="ldc-date-input__item">
          <label class="ldc-label" for=${id}>${p.label}</label>
          <input
            class="ldc-input ldc-input--width-${p.width} ${options.error ? 'ldc-input--error' : ''}"
            id=${id}
            name="${options.name}-${p.key}"
            type="text"
            inputmode="numeric"
            spellcheck="false"
            autocomplete=${options.autocomplete ? `bday-${p.key}` : 'off'}
            aria-invalid=${options.error ? 'true' : 'false'}
            .value=${options.value[p.key]}
            @input=${(e: Event) => options.onInput({ ...options.value, [p.key]: (e.target as HTMLInputElement).value })}
          />
        </div>`;
      })}
    </div>`,
  );
}
