import { html, nothing, type TemplateResult } from 'lit';
import type { FieldOptions } from './field.js';
import { fieldset } from './fieldset.js';

export interface ChoiceItem {
  value: string;
  text: string;
  hint?: string;
  /** Content revealed when this option is chosen (not with inline radios: WCAG 4.1.2). */
  conditional?: TemplateResult;
  /** Checkboxes only: "None of these" — choosing it clears the others, and the reverse. */
  exclusive?: boolean;
}
/** A divider between options, usually "or". */
export interface ChoiceDivider {
  divider: string;
}
export type ChoiceEntry = ChoiceItem | ChoiceDivider;

export interface ChoicesOptions extends FieldOptions {
  name: string;
  items: ChoiceEntry[];
  /** Two short options side by side. */
  inline?: boolean;
}
export interface RadiosOptions extends ChoicesOptions {
  value?: string;
  onChange: (value: string) => void;
}
export interface CheckboxesOptions extends ChoicesOptions {
  values?: string[];
  onChange: (values: string[]) => void;
}

const isItem = (e: ChoiceEntry): e is ChoiceItem => !('divider' in e);

/** Input ids: the first option takes the field id, so the error summary links to it (GOV.UK). */
export function choiceId(fieldId: string, index: number): string {
  return index === 0 ? fieldId : `${fieldId}-${index + 1}`;
}

function choices(
  type: 'radio' | 'checkbox',
  options: ChoicesOptions,
  isChecked: (value: string) => boolean,
  onToggle: (item: ChoiceItem, checked: boolean) => void,
): TemplateResult {
  const items = options.items;
  let index = -1;
  const entries = items.map((entry) => ({ entry, index: isItem(entry) ? ++index : -1 }));
  const cls = type === 'radio' ? 'ldc-radios' : 'ldc-checkboxes';
  return fieldset(
    options,
    html`<div class="${cls} ldc-choices ${options.inline ? 'ldc-choices--inline' : ''}" part="choices">
      ${
        // By position, not keyed: a question's options stay in place while it is shown, and every
        // change of a control re-renders its checked state (Lit's repeat() would cost 0.7 KB).
        entries.map(({ entry, index: i }) => {
          if (!isItem(entry)) return html`<div class="ldc-choices__divider">${entry.divider}</div>`;
          const id = choiceId(options.id, i);
          const checked = isChecked(entry.value);
          // aria-controls ties an option to the content it reveals. aria-expanded is set on
          // checkboxes only: ARIA 1.2 does not allow it on role=radio (axe: aria-allowed-attr),
          // and GOV.UK Frontend's aria-expanded on radios is reported as invalid there.
          const conditionalId = `conditional-${id}`;
          const itemHintId = `${id}-item-hint`;
          return html`<div class="ldc-choices__item" part="choice">
              <input
                class="ldc-choices__input"
                id=${id}
                name=${options.name}
                type=${type}
                .value=${entry.value}
                .checked=${checked}
                aria-describedby=${entry.hint ? itemHintId : nothing}
                aria-controls=${entry.conditional ? conditionalId : nothing}
                aria-expanded=${entry.conditional && type === 'checkbox' ? String(checked) : nothing}
                @change=${(e: Event) => onToggle(entry, (e.target as HTMLInputElement).checked)}
              />
              <label class="ldc-choices__label" for=${id}>${entry.text}</label>
              ${
                entry.hint
                  ? html`<div class="ldc-hint ldc-choices__hint" id=${itemHintId}>${entry.hint}</div>`
                  : nothing
              }
            </div>
            ${
              entry.conditional
                ? html`<div class="ldc-choices__conditional" id=${conditionalId} ?hidden=${!checked}>
                    ${entry.conditional}
                  </div>`
                : nothing
            }`;
        })
      }
    </div>`,
  );
}

/**
 * GOV.UK radios: a fieldset with the question as legend, optional hints per option,
 * an "or" divider and conditionally revealed content. Never pre-selects an option.
 */
export function radios(options: RadiosOptions): TemplateResult {
  return choices(
    'radio',
    options,
    (v) => v === options.value,
    (item, checked) => checked && options.onChange(item.value),
  );
}

/** GOV.UK checkboxes, with an optional exclusive "None of these" option after an "or". */
export function checkboxes(options: CheckboxesOptions): TemplateResult {
  const values = options.values ?? [];
  return choices(
    'checkbox',
    options,
    (v) => values.includes(v),
    (item, checked) => options.onChange(toggleCheckbox(options.items, values, item.value, checked)),
  );
}

/**
 * The new set of checked values after one checkbox changes. Checking the exclusive option
 * clears the others; checking any other clears the exclusive one (GOV.UK checkboxes.mjs).
 * Values keep the order of the options.
 */
export function toggleCheckbox(entries: ChoiceEntry[], values: string[], value: string, checked: boolean): string[] {
  const items = entries.filter(isItem);
  const exclusive = new Set(items.filter((i) => i.exclusive).map((i) => i.value));
  let next = new Set(values);
  if (!checked) next.delete(value);
  else if (exclusive.has(value)) next = new Set([value]);
  else {
    exclusive.forEach((v) => next.delete(v));
    next.add(value);
  }
  return items.map((i) => i.value).filter((v) => next.has(v));
}
