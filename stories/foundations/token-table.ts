import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { defineElement } from '../../src/core/define.js';

export interface TokenRow {
  name: string;
  value: string;
  description: string;
  swatch: string;
  ratio: number;
}

/** Documentation-only table of tokens for Storybook. */
export class LdcTokenTable extends LitElement {
  static override styles = css`
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 1rem;
    }
    caption {
      text-align: left;
      font-weight: 700;
      font-size: 1.5rem;
      margin-bottom: 10px;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 8px 10px 8px 0;
      border-bottom: 1px solid #cecece;
    }
    code {
      font-size: 0.9rem;
    }
    .swatch {
      display: inline-block;
      width: 32px;
      height: 32px;
      border: 1px solid #0b0c0c;
      forced-color-adjust: none;
    }
  `;
  @property({ attribute: false }) rows: TokenRow[] = [];
  @property() caption = '';

  override render() {
    const hasSwatch = this.rows.some((r) => r.swatch);
    return html`<table>
      <caption>
        ${this.caption}
      </caption>
      <thead>
        <tr>
          ${hasSwatch ? html`<th scope="col">Swatch</th>` : nothing}
          <th scope="col">Custom property</th>
          <th scope="col">Default</th>
          ${hasSwatch ? html`<th scope="col">Contrast on background</th>` : nothing}
          <th scope="col">Use</th>
        </tr>
      </thead>
      <tbody>
        ${this.rows.map(
          (r) =>
            html`<tr>
              ${
                hasSwatch
                  ? html`<td><span class="swatch" style=${styleMap({ background: r.swatch })}></span></td>`
                  : nothing
              }
              <td><code>${r.name}</code></td>
              <td><code>${r.value}</code></td>
              ${hasSwatch ? html`<td>${Number.isNaN(r.ratio) ? '—' : `${r.ratio.toFixed(2)}:1`}</td>` : nothing}
              <td>${r.description}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
defineElement('ldc-token-table', LdcTokenTable);
