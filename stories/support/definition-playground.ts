/**
 * The definition playground (Storybook only, never in dist/): paste or load a definition, see
 * its problems with their paths, try it in the live checker, read its flowchart, run personas.
 * It uses the engine the checkers and `ldc-definition` use (validateDefinition, toMermaid,
 * flowEdges, readPersonas, runPersonas). Nothing leaves the browser: files are read with
 * FileReader, JSON with JSON.parse, and nothing is evaluated as code.
 */
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  flowEdges,
  readPersonas,
  runPersonas,
  textFor,
  toMermaid,
  validateDefinition,
  type Definition,
  type DefinitionProblem,
  type PersonaRun,
} from '../../src/eligibility/index.js';
import england from '../../src/eligibility/definitions/blue-badge-england.json';
import scotland from '../../src/eligibility/definitions/blue-badge-scotland.json';
import wales from '../../src/eligibility/definitions/blue-badge-wales.json';
import northernIreland from '../../src/eligibility/definitions/blue-badge-northern-ireland.json';
import fsm from '../../src/eligibility/definitions/free-school-meals-england.json';
import councilTax from '../../src/eligibility/definitions/council-tax-england.json';
import englandPersonas from '../../test/eligibility/personas/blue-badge-england.json';
import scotlandPersonas from '../../test/eligibility/personas/blue-badge-scotland.json';
import walesPersonas from '../../test/eligibility/personas/blue-badge-wales.json';
import northernIrelandPersonas from '../../test/eligibility/personas/blue-badge-northern-ireland.json';
import fsmPersonas from '../../test/eligibility/personas/free-school-meals-england.json';
import councilTaxPersonas from '../../test/eligibility/personas/council-tax-england.json';
import '../../src/define/eligibility-checker.js';

/** The bundled definitions to start from, with their personas. */
export const EXAMPLES: Record<string, { label: string; definition: unknown; personas: unknown }> = {
  'council-tax-england': {
    label: 'Council Tax discounts and exemptions (England)',
    definition: councilTax,
    personas: councilTaxPersonas,
  },
  'blue-badge-england': { label: 'Blue Badge, England', definition: england, personas: englandPersonas },
  'blue-badge-scotland': { label: 'Blue Badge, Scotland', definition: scotland, personas: scotlandPersonas },
  'blue-badge-wales': { label: 'Blue Badge, Wales', definition: wales, personas: walesPersonas },
  'blue-badge-northern-ireland': {
    label: 'Blue Badge, Northern Ireland',
    definition: northernIreland,
    personas: northernIrelandPersonas,
  },
  'free-school-meals-england': {
    label: 'Free school meals (England), format version 1',
    definition: fsm,
    personas: fsmPersonas,
  },
};

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
/** Drops the editor hint that only makes sense inside the repository. */
const withoutSchema = (value: unknown) =>
  Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k]) => k !== '$schema'));

type Checked =
  | { state: 'empty' }
  | { state: 'not-json'; message: string }
  | { state: 'problems'; problems: DefinitionProblem[] }
  | { state: 'valid'; definition: Definition };

export class DefinitionPlayground extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: inherit;
      color: #0b0c0c;
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      font:
        0.875rem/1.4 ui-monospace,
        monospace;
      border: 2px solid #0b0c0c;
      padding: 5px;
    }
    textarea:focus,
    select:focus,
    button:focus,
    input:focus {
      outline: 3px solid #fd0;
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px #0b0c0c;
    }
    label {
      display: block;
      font-weight: 700;
      margin: 15px 0 5px;
    }
    select,
    button {
      font: inherit;
      min-height: 40px;
    }
    button {
      margin: 10px 10px 0 0;
      padding: 8px 10px;
      background: #00703c;
      color: #fff;
      border: 0;
      box-shadow: 0 2px 0 #002d18;
      cursor: pointer;
    }
    section {
      border-top: 1px solid #b1b4b6;
      margin-top: 30px;
    }
    .problems li,
    .failed {
      color: #d4351c;
    }
    .ok {
      color: #00703c;
      font-weight: 700;
    }
    pre {
      background: #f3f2f1;
      padding: 10px;
      overflow: auto;
      max-height: 30em;
      font-size: 0.8125rem;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      border-bottom: 1px solid #b1b4b6;
      padding: 5px 10px 5px 0;
      vertical-align: top;
    }
    code {
      font-family: ui-monospace, monospace;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      margin: 0 !important;
      padding: 0 !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      border: 0 !important;
      white-space: nowrap !important;
    }
  `;

  /** The definition's JSON text (a story can start from any text, broken ones too). */
  @property({ attribute: false }) source = pretty(withoutSchema(councilTax));
  /** The personas' JSON text. */
  @property({ attribute: false }) personasSource = pretty(councilTaxPersonas);
  @state() private checked: Checked = { state: 'empty' };
  @state() private runs: PersonaRun[] | null = null;
  @state() private personaProblems: string[] = [];

  override willUpdate(changed: Map<string, unknown>): void {
    // A story setting the text checks it at once; typing waits for "Check the definition".
    if (changed.has('source') && !this.typing) this.update_();
    this.typing = false;
  }

  private typing = false;

  private check(source: string): Checked {
    if (!source.trim()) return { state: 'empty' };
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (e) {
      return { state: 'not-json', message: e instanceof Error ? e.message : String(e) };
    }
    const r = validateDefinition(value);
    return r.ok ? { state: 'valid', definition: r.definition } : { state: 'problems', problems: r.problems };
  }

  private start(id: string): void {
    const example = EXAMPLES[id];
    if (!example) return;
    this.source = pretty(withoutSchema(example.definition));
    this.personasSource = pretty(example.personas);
    this.update_();
  }

  private update_(): void {
    this.checked = this.check(this.source);
    this.runs = null;
    this.personaProblems = [];
  }

  private load(e: Event): void {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      this.source = String(reader.result ?? '');
      this.update_();
    };
    reader.readAsText(file);
  }

  private runPersonas(): void {
    this.runs = null;
    this.personaProblems = [];
    if (this.checked.state !== 'valid') {
      this.personaProblems = ['The definition has problems: fix them first.'];
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(this.personasSource);
    } catch (e) {
      this.personaProblems = [`The personas are not valid JSON: ${e instanceof Error ? e.message : String(e)}`];
      return;
    }
    const read = readPersonas(value);
    if (!read.ok) {
      this.personaProblems = read.problems.map((p) => `${p.path}: ${p.message}`);
      return;
    }
    this.runs = runPersonas(this.checked.definition, read.personas).runs;
  }

  override render() {
    const c = this.checked;
    return html`
      <label for="start">Start from a bundled definition</label>
      <select id="start" @change=${(e: Event) => this.start((e.target as HTMLSelectElement).value)}>
        ${Object.entries(EXAMPLES).map(([id, x]) => html`<option value=${id}>${x.label}</option>`)}
      </select>
      <label for="file">Or load a definition file (it is read in your browser, never uploaded)</label>
      <input id="file" type="file" accept=".json,application/json" @change=${this.load} />
      <label for="definition">Definition (JSON)</label>
      <textarea
        id="definition"
        rows="18"
        spellcheck="false"
        .value=${this.source}
        @input=${(e: Event) => {
          this.typing = true;
          this.source = (e.target as HTMLTextAreaElement).value;
        }}
      ></textarea>
      <button type="button" @click=${() => this.update_()}>Check the definition</button>

      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading">Problems</h2>
        <div role="status">${this.renderProblems(c)}</div>
      </section>

      ${
        c.state === 'valid'
          ? html`<section aria-labelledby="checker-heading">
                <h2 id="checker-heading">Try it</h2>
                <ldc-eligibility-checker
                  .definition=${c.definition}
                  council="Ashdown District Council"
                  heading-level="3"
                >
                </ldc-eligibility-checker>
              </section>
              ${this.renderFlow(c.definition)}`
          : nothing
      }

      <section aria-labelledby="personas-heading">
        <h2 id="personas-heading">Personas</h2>
        <p>Each persona gives answers, optional settings and “today”, and the outcome or outcomes it expects.</p>
        <label for="personas">Personas (JSON)</label>
        <textarea
          id="personas"
          rows="10"
          spellcheck="false"
          .value=${this.personasSource}
          @input=${(e: Event) => (this.personasSource = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <button type="button" @click=${() => this.runPersonas()}>Run the personas</button>
        <div role="status">${this.renderRuns()}</div>
      </section>
    `;
  }

  private renderProblems(c: Checked) {
    if (c.state === 'empty') return html`<p>Paste a definition to check it.</p>`;
    if (c.state === 'not-json') return html`<p class="failed">This is not valid JSON: ${c.message}</p>`;
    if (c.state === 'valid')
      return html`<p class="ok">
        No problems: ${c.definition.questions.length} questions, ${c.definition.outcomes.length} outcomes,
        ${c.definition.criteria.length} criteria (format version ${c.definition.version}).
      </p>`;
    return html`<p>${c.problems.length === 1 ? '1 problem' : `${c.problems.length} problems`}:</p>
      <ul class="problems">
        ${c.problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
      </ul>`;
  }

  private renderFlow(d: Definition) {
    const edges = flowEdges(d);
    const name = (to: { question: string } | { outcome: string }) =>
      'question' in to
        ? `question: ${textFor(d.questions.find((q) => q.id === to.question)?.text)}`
        : `outcome: ${textFor(d.outcomes.find((o) => o.id === to.outcome)?.title)}`;
    return html`<section aria-labelledby="flow-heading">
      <h2 id="flow-heading">Flowchart</h2>
      <p>Each question, and where each answer leads.</p>
      <ol>
        ${d.questions.map(
          (q) =>
            html`<li>
              ${textFor(q.text)} <code>${q.id}</code>
              <ul>
                ${edges.filter((e) => e.from === q.id).map((e) => html`<li>${e.label} → ${name(e.to)}</li>`)}
              </ul>
            </li>`,
        )}
      </ol>
      <h3>Mermaid</h3>
      <p>Paste this into any Mermaid viewer, or a Markdown file on GitHub, to draw it.</p>
      <pre tabindex="0" aria-label="Mermaid flowchart"><code>${toMermaid(d)}</code></pre>
    </section>`;
  }

  private renderRuns() {
    if (this.personaProblems.length)
      return html`<ul class="problems">
        ${this.personaProblems.map((p) => html`<li>${p}</li>`)}
      </ul>`;
    if (!this.runs) return nothing;
    const passed = this.runs.filter((r) => r.passed).length;
    return html`<p class=${passed === this.runs.length ? 'ok' : 'failed'}>
        ${passed} passed, ${this.runs.length - passed} failed
      </p>
      <table>
        <caption class="visually-hidden">
          Persona results
        </caption>
        <thead>
          <tr>
            <th scope="col">Persona</th>
            <th scope="col">Result</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          ${this.runs.map(
            (r) =>
              html`<tr>
                <td>${r.persona.name}</td>
                <td class=${r.passed ? 'ok' : 'failed'}>${r.passed ? 'Passed' : `Failed: ${r.problems.join('; ')}`}</td>
                <td>${r.outcomes.join(' + ') || 'none'}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

if (!customElements.get('story-definition-playground'))
  customElements.define('story-definition-playground', DefinitionPlayground);
