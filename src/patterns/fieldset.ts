import { html, type TemplateResult } from 'lit';
import { describedBy, errorMessage, formGroup, hint, type FieldOptions } from './field.js';
import { heading } from './heading.js';

// Its own module (not field.ts): a page whose first step is a text input (the waste lookup's
// postcode step) carries it with the later steps that ask with radios or checkboxes.

/**
 * A fieldset whose legend is the question (and, on a question page, the page heading).
 * Used by radios, checkboxes and any group of related inputs.
 */
export function fieldset(options: FieldOptions, controls: TemplateResult): TemplateResult {
  const size = options.headingLevel ? 'ldc-fieldset__legend--l' : 'ldc-fieldset__legend--m';
  const legendContent = options.headingLevel
    ? heading(options.headingLevel, options.label, { class: 'ldc-fieldset__heading' })
    : options.label;
  return formGroup(
    options,
    html`<fieldset class="ldc-fieldset" aria-describedby=${describedBy(options)}>
      <legend class="ldc-fieldset__legend ${size}" part="legend">${legendContent}</legend>
      ${hint(options)} ${errorMessage(options)} ${controls}
    </fieldset>`,
  );
}
