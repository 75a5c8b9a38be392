import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../core/i18n.js';
import type { HeadingLevel } from '../../core/ldc-element.js';
import { formatDate, formatNumber } from '../../core/format.js';
import type { Language } from '../../core/i18n.js';
import type { Journey } from './journey.js';
import { policyUrl } from '../../core/url-policy.js';
import { warnIgnored } from '../../core/warn.js';
import type { Criterion, Definition, Evaluation, Finding, Link, Question, Text } from '../../eligibility/types.js';
import { button, heading, insetText, panel, subLevel, summaryList } from '../../patterns/index.js';
import { resultTitle } from './result-title.js';

export { styles } from './result-view.styles.js';

/** How a council can be contacted, from the element's attributes. */
export interface Contact {
  href: string;
  phone: string;
  email: string;
}

export interface ResultContext {
  definition: Definition;
  result: Extract<Evaluation, { type: 'outcome' }>;
  level: HeadingLevel;
  /** The council's name in the element's language; '' when the page gives none. */
  council: string;
  applyHref: string;
  contact: Contact;
  /** The definition's text in this page's language and the journey's audience, {council} filled in. */
  words: (text: Text | undefined) => string;
  /** The element's tag, for the console error when the URL policy refuses an address. */
  element: string;
  onStartAgain: () => void;
}

/** Outcomes after which a resident may want to talk to the council. */
const TALK = new Set(['not-eligible', 'contact-council']);
const EMAIL = /^[^\s@<>()[\]"',;:\\]+@[^\s@<>()[\]"',;:\\]+\.[^\s@<>()[\]"',;:\\]+$/;

/** The council's phone, email and contact page, each only when given (and allowed). */
function contactDetails(c: ResultContext): TemplateResult | typeof nothing {
  const { element, council } = c;
  const phone = c.contact.phone.trim();
  const tel = phone ? policyUrl(`tel:${phone.replace(/[^\d+]/g, '')}`, { element, field: 'contact-phone' }) : '';
  let email = c.contact.email.trim();
  if (email && !EMAIL.test(email)) {
    warnIgnored(
      { element, attribute: 'contact-email' },
      email,
      'use an email address like help@example.gov.uk. It is left out',
    );
    email = '';
  }
  const mail = email ? policyUrl(`mailto:${email}`, { element, field: 'contact-email' }) : '';
  const href = policyUrl(c.contact.href, { element, field: 'contact-href' });
  if (!phone && !email && !href) return nothing;
  const rows = [
    ...(phone ? [{ key: msg('Phone'), value: tel ? html`<a href=${tel}>${phone}</a>` : phone }] : []),
    ...(email ? [{ key: msg('Email'), value: mail ? html`<a href=${mail}>${email}</a>` : email }] : []),
  ];
  return html`${rows.length ? summaryList(rows) : nothing}
  ${
    href
      ? html`<p class="ldc-body">
          <a href=${href}
            >${council ? msg(str`Other ways to contact ${council}`) : msg('Other ways to contact your council')}</a
          >
        </p>`
      : nothing
  }`;
}

function links(list: Link[] | undefined, c: ResultContext, field: string): TemplateResult | typeof nothing {
  const shown = (list ?? []).flatMap((l) => {
    const href = policyUrl(l.href, { element: c.element, field });
    return href ? [html`<li><a href=${href} rel="noopener">${c.words(l.text)}</a></li>`] : [];
  });
  return shown.length
    ? html`<ul class="ldc-list help">
        ${shown}
      </ul>`
    : nothing;
}

/** One reason: the rule in words, guidance written for residents, then the legal source. */
function reason(cr: Criterion, c: ResultContext): TemplateResult {
  const text = c.words(cr.text);
  const guidance = cr.guidance
    ? policyUrl(cr.guidance.href, { element: c.element, field: `criterion "${cr.id}" guidance.href` })
    : '';
  const source = policyUrl(cr.source, { element: c.element, field: `criterion "${cr.id}" source` });
  return html`<li>
    ${/[.!?]$/.test(text) ? text : `${text}.`}
    ${guidance ? html`<br /><a href=${guidance} rel="noopener">${c.words(cr.guidance!.text)}</a>` : nothing}
    ${
      source
        ? html`<br /><a
              class="source"
              href=${source}
              rel="noopener"
              aria-label=${msg(str`Where this rule comes from: ${text}`)}
              >${msg('Where this rule comes from')}</a
            >`
        : nothing
    }
  </li>`;
}

/** One outcome's content below its title: body, reasons, next steps, what to have ready. */
function finding(f: Finding, c: ResultContext, level: HeadingLevel, key: string): TemplateResult {
  const { outcome } = f;
  const section = (id: string, title: string, content: unknown) =>
    html`<section class="result-section" aria-labelledby="${id}-${key}">
      ${heading(level, title, { class: 'ldc-heading-m', id: `${id}-${key}` })} ${content}
    </section>`;
  const next = outcome.nextSteps ?? [];
  const contact = TALK.has(outcome.kind) ? contactDetails(c) : nothing;
  return html`${outcome.body.map((p) => html`<p class="ldc-body">${c.words(p)}</p>`)}
  ${
    f.criteria.length
      ? section(
          'why',
          c.words(outcome.whyHeading) || msg('What decided this result'),
          html`<ul class="ldc-list criteria">
            ${f.criteria.map((cr) => reason(cr, c))}
          </ul>`,
        )
      : nothing
  }
  ${
    next.length || outcome.help?.length || contact !== nothing
      ? section(
          'next',
          msg('What you can do next'),
          html`${next.map((p) => html`<p class="ldc-body">${c.words(p)}</p>`)} ${contact}
          ${links(outcome.help, c, `outcome "${outcome.id}" help`)}`,
        )
      : nothing
  }
  ${
    outcome.haveReady?.length
      ? section(
          'have-ready',
          msg('What to have ready'),
          html`<ul class="ldc-list">
            ${outcome.haveReady.map((item) => html`<li>${c.words(item)}</li>`)}
          </ul>`,
        )
      : nothing
  }`;
}

/**
 * The result step, following GOV.UK "Check a service is suitable". One outcome: a panel when
 * eligible, otherwise a plain heading (never an error style). Several: a heading, then a section
 * for each. Each says why (each reason with guidance for residents and its legal source), what
 * the resident can do next (with the council's contact details from the attributes), what to
 * have ready, and only the facts that apply to the route taken. Every address passes the URL
 * policy first; one it refuses is left out.
 */
export function resultView(c: ResultContext): TemplateResult {
  const { result, level, definition: d } = c;
  const sub = subLevel(level);
  const several = result.results.length > 1;
  const first = result.outcome;
  const applyHref = c.applyHref
    ? policyUrl(c.applyHref, { element: c.element, field: 'apply-href' })
    : policyUrl(d.applyHref, { element: c.element, field: 'applyHref' });
  const link = first.link
    ? policyUrl(first.link.href, { element: c.element, field: `outcome "${first.id}" link.href` })
    : '';
  const title = resultTitle(c);
  const facts = result.results.some((f) => f.outcome.kind !== 'not-eligible' && f.outcome.kind !== 'different-service')
    ? result.facts
    : [];
  return html`
    ${
      !several && first.kind === 'eligible'
        ? html`<div data-step-heading tabindex="-1">${panel(title, nothing, level)}</div>`
        : heading(level, title, { class: 'ldc-heading-l ldc-step-heading' })
    }
    ${
      several
        ? result.results.map(
            (f, i) =>
              html`<section class="result-section finding" aria-labelledby="finding-${i}">
                ${heading(sub, c.words(f.outcome.title), { class: 'ldc-heading-m', id: `finding-${i}` })}
                ${finding(f, c, subLevel(sub), String(i))}
              </section>`,
          )
        : finding(result.results[0], c, sub, '0')
    }
    ${
      facts.length
        ? html`<section class="result-section" aria-labelledby="facts">
            ${heading(sub, c.words(d.factsHeading) || msg('Cost and how long it lasts'), { class: 'ldc-heading-m', id: 'facts' })}
            ${summaryList(facts.map((f) => ({ key: c.words(f.label), value: c.words(f.value) })))}
          </section>`
        : nothing
    }
    ${
      result.results.some((f) => f.outcome.apply) && applyHref
        ? html`<p class="ldc-body">
            <a class="ldc-button ldc-button--start apply-link" part="apply-link" href=${applyHref}
              >${c.words(d.applyText) || (c.council ? msg(str`Apply to ${c.council}`) : msg('Apply to your council'))}</a
            >
          </p>`
        : nothing
    }
    ${first.link && link ? insetText(html`<a href=${link} rel="noopener">${c.words(first.link.text)}</a>`) : nothing}
    ${button({ text: msg('Start again'), variant: 'secondary', type: 'button', onClick: c.onStartAgain, hiddenText: msg(' and clear your answers') })}
  `;
}

/**
 * Check your answers: each answer as the resident saw it, and Change with the definition's own
 * hidden words (`changeLabel`, else the summary), never transformed.
 */
export function answersList(
  j: Journey,
  questions: Question[],
  t: (text: Text | undefined) => string,
  language: Language,
): TemplateResult {
  return summaryList(
    questions.map((q) => {
      const answer = j.store[q.id];
      const option = (value: string) => t(q.options?.find((o) => o.value === value)?.text) || value;
      const value = Array.isArray(answer)
        ? html`${answer.map((a, i) => html`${i ? html`<br />` : nothing}${option(a)}`)}`
        : q.kind === 'number'
          ? `${t(q.prefix)}${formatNumber(answer as number)}${q.suffix ? ` ${t(q.suffix)}` : ''}`
          : q.kind === 'date'
            ? formatDate(String(answer), language, { year: true })
            : option(String(answer));
      return {
        key: t(q.summary),
        value,
        action: { text: msg('Change'), hiddenText: t(q.changeLabel ?? q.summary), onClick: () => j.change(q.id) },
      };
    }),
  );
}
