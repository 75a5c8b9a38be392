import { html, nothing, type TemplateResult } from 'lit';
import { linkButton } from './link-button.js';

export interface SummaryRow {
  key: string;
  value: string | TemplateResult;
  /** A "Change" action; its hidden text names the row for screen-reader users. */
  action?: { text: string; hiddenText: string; onClick: () => void };
}

/** GOV.UK summary list, used by check-your-answers with "Change" links. */
export function summaryList(rows: SummaryRow[]): TemplateResult {
  return html`<dl class="ldc-summary-list" part="summary-list">
    ${rows.map(
      (row) =>
        html`<div class="ldc-summary-list__row">
          <dt class="ldc-summary-list__key">${row.key}</dt>
          <dd class="ldc-summary-list__value">${row.value}</dd>
          ${
            row.action
              ? html`<dd class="ldc-summary-list__actions">
                  ${linkButton(row.action.text, row.action.onClick, row.action.hiddenText)}
                </dd>`
              : nothing
          }
        </div>`,
    )}
  </dl>`;
}
