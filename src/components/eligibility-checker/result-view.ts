import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { HeadingLevel } from '../../core/ldc-element.js';
import { policyUrl } from '../../core/url-policy.js';
import type { Criterion, Definition, Outcome } from '../../eligibility/types.js';
import { button, heading, insetText, panel, subLevel, summaryList } from '../../patterns/index.js';

export interface ResultContext {
  definition: Definition;
  outcome: Outcome;
  criteria: Criterion[];
  level: HeadingLevel;
  council: string;
  applyHref: string;
  /** The element's tag, for the console error when the URL policy refuses an address. */
  element: string;
  onStartAgain: () => void;
}

/** Replaces {council} in definition text with the council's name. Text only, never markup. */
export const withCouncil = (text: string, council: string) => text.replaceAll('{council}', council);

/**
 * The result step. Eligible: a GOV.UK panel. Every other outcome: a plain heading, never an
 * error style (GOV.UK "Check a service is suitable"). Says why, with each rule's source.
 * Every address passes the URL policy first; one it refuses is left out.
 */
export function resultView(c: ResultContext): TemplateResult {
  const { outcome, level } = c;
  const element = c.element;
  const applyHref = policyUrl(c.applyHref, { element, field: 'apply-href' });
  const linkHref = outcome.link
    ? policyUrl(outcome.link.href, { element, field: `outcome "${outcome.id}" link.href` })
    : '';
  const source = (cr: Criterion) => policyUrl(cr.source, { element, field: `criterion "${cr.id}" source` });
  const sub = subLevel(level);
  const title = withCouncil(outcome.title, c.council);
  const eligible = outcome.kind === 'eligible';
  return html`
    ${
      eligible
        ? html`<div data-step-heading tabindex="-1">${panel(title, nothing, level)}</div>`
        : heading(level, title, { class: 'ldc-heading-l ldc-step-heading' })
    }
    ${outcome.body.map((p) => html`<p class="ldc-body">${withCouncil(p, c.council)}</p>`)}
    ${
      c.criteria.length
        ? html`<section class="result-section" aria-labelledby="why">
            ${heading(sub, msg('Why'), { class: 'ldc-heading-m', id: 'why' })}
            <p class="ldc-body">${msg('Based on your answers:')}</p>
            <ul class="ldc-list criteria">
              ${c.criteria.map((cr) => {
                const href = source(cr);
                return html`<li>
                  ${cr.text}.
                  ${
                    href
                      ? html`<a class="source" href=${href} rel="noopener"
                          >${msg('Read the rule')}<span class="ldc-visually-hidden">
                            ${msg(str`for: ${cr.text}`)}</span
                          ></a
                        >`
                      : nothing
                  }
                </li>`;
              })}
            </ul>
          </section>`
        : nothing
    }
    ${
      outcome.haveReady?.length
        ? html`<section class="result-section" aria-labelledby="have-ready">
            ${heading(sub, msg('What to have ready'), { class: 'ldc-heading-m', id: 'have-ready' })}
            <ul class="ldc-list">
              ${outcome.haveReady.map((item) => html`<li>${item}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${
      outcome.kind !== 'not-eligible' && outcome.kind !== 'different-service' && c.definition.facts?.length
        ? html`<section class="result-section" aria-labelledby="facts">
            ${heading(sub, msg('Cost and how long it lasts'), { class: 'ldc-heading-m', id: 'facts' })}
            ${summaryList(c.definition.facts.map((f) => ({ key: f.label, value: f.value })))}
          </section>`
        : nothing
    }
    ${
      outcome.apply && applyHref
        ? html`<p class="ldc-body">
            <a class="ldc-button ldc-button--start apply-link" part="apply-link" href=${applyHref}
              >${msg(str`Apply to ${c.council}`)}</a
            >
          </p>`
        : nothing
    }
    ${outcome.link && linkHref ? insetText(html`<a href=${linkHref} rel="noopener">${outcome.link.text}</a>`) : nothing}
    ${button({ text: msg('Start again'), variant: 'secondary', type: 'button', onClick: c.onStartAgain, hiddenText: msg(' and clear your answers') })}
  `;
}
