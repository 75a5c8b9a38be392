import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
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
        ${optionList(options.options, options.value)}
      </select>`,
  );
}

/**
 * A select's options as elements made directly rather than a Lit template each: a postcode with
 * 300 addresses renders in a few milliseconds instead of tens on a slow phone. They are made
 * again only when the list changes, and the chosen one follows `value`. Text is only ever text
 * (`option.text`).
 */
class OptionList extends Directive {
  #key = '';
  #nodes: HTMLOptionElement[] = [];

  render(_options: SelectOption[], _value?: string): unknown {
    return noChange;
  }

  override update(part: ChildPart, [options, value]: [SelectOption[], string?]): unknown {
    const key = JSON.stringify(options);
    let nodes: DocumentFragment | typeof noChange = noChange;
    if (key !== this.#key) {
      const document = part.parentNode.ownerDocument!;
      nodes = document.createDocumentFragment();
      this.#key = key;
      this.#nodes = options.map((o) => {
        const option = document.createElement('option');
        option.value = o.value;
        option.text = o.text;
        return (nodes as DocumentFragment).appendChild(option);
      });
    }
    // Only the options whose state changes: each assignment is work for the select as a whole.
    for (const option of this.#nodes)
      if (option.selected !== (option.value === value)) option.selected = !option.selected;
    return nodes;
  }
}
const optionList = directive(OptionList);
