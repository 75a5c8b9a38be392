import { html, nothing, type TemplateResult } from 'lit';

// Its own module (not actions.ts), as is the Back link (back-link.ts): a page whose first step
// has only a button carries each with the later steps that use it.

/** An in-widget action that reads as a link ("Change", "Search again"). */
export function linkButton(text: string, onClick: () => void, hiddenText?: string): TemplateResult {
  return html`<button type="button" class="ldc-link-button" part="link-button" @click=${onClick}>
    ${text}${hiddenText ? html`<span class="ldc-visually-hidden"> ${hiddenText}</span>` : nothing}
  </button>`;
}
