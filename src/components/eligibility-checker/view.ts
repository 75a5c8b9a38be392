import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, withLanguage, type Language } from '../../core/i18n.js';
import type { HeadingLevel } from '../../core/ldc-element.js';
import { textFor } from '../../eligibility/text.js';
import type { Audience, Definition, Question, Text } from '../../eligibility/types.js';
import {
  backLink,
  button,
  configProblem,
  errorSummary,
  heading,
  statusRegion,
  subLevel,
} from '../../patterns/index.js';
import { CHECK, describeError, offeredFor, RESULT, START, type Journey } from './journey.js';
import { FIELD_ID, questionField } from './question-field.js';
import { resultTitle, withCouncil } from './result-title.js';
import type { Contact } from './result-view.js';

type Later = typeof import('./result-view.js');
/**
 * Check your answers and the result: their own chunk, loaded with the definition (nothing is
 * shown before the definition arrives, and the start and questions do not need them).
 */
let late: Later | null = null;
export const loadResultView = (): Promise<unknown> => import('./result-view.js').then((m) => (late = m));
/** Renders with the later steps' view; should a render come first, it follows when the chunk arrives. */
function later(j: Journey, render: (m: Later) => TemplateResult): TemplateResult | typeof nothing {
  if (late) return render(late);
  void loadResultView().then(() => j.refresh());
  return nothing;
}

/** What the view needs from the element, read while rendering. */
export interface CheckerView {
  level: HeadingLevel;
  /**
   * The council's name as the page gives it ('' when not given): `en` from `council`, `cy` from
   * `council-cy` (used in Welsh; the English name when there is no Welsh one).
   */
  councils: { en: string; cy: string };
  applyHref: string;
  contact: Contact;
  /** The element's tag, for console messages. */
  element: string;
  /** The page's language (nearest `lang`): picks definition text and formats dates and numbers. */
  language: Language;
}

/**
 * What the start page shows: a definition's title, start and languages. A checker that has them
 * before the rest of its definition (the Blue Badge checker's nations) shows its start page at once.
 */
export type StartPage = Pick<Definition, 'title' | 'start' | 'languages'>;

/** A definition that cannot be evaluated, found while rendering. */
export class EvaluationProblem extends Error {}

/** The configuration message and the light-DOM fallback. */
export function renderProblem(problem: string): TemplateResult {
  return configProblem(msg('This checker is not set up correctly.'), problem);
}

/**
 * The whole checker for one render: the step the journey is on, worded now (in the page's
 * language, for the journey's audience). A definition that breaks while rendering shows the
 * configuration message and the fallback content, never an empty shadow root; `report` says so
 * once in the console (state cannot change during render). Before the definition arrives, the
 * start page shows from `startPage` if there is one (Start now then waits for the definition).
 */
export function renderChecker(
  journey: Journey,
  view: CheckerView,
  report: (problem: string) => void,
  startPage?: StartPage,
): TemplateResult {
  try {
    return html`<div class="ldc-root">${renderStep(journey, view, startPage)}</div>`;
  } catch (e) {
    const problem = e instanceof EvaluationProblem ? e.message : `the checker failed: ${describeError(e)}`;
    report(problem);
    return renderProblem(problem);
  }
}

function renderStep(j: Journey, v: CheckerView, startPage?: StartPage): TemplateResult {
  const def = j.definition;
  const form = (step: string, content: unknown) =>
    html`<form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        j.submit(step);
      }}
    >
      ${content}
    </form>`;
  if (j.step === START) {
    const page = def ?? startPage;
    if (!page) throw new EvaluationProblem('no definition');
    const t = words(v, page, 'self');
    return html`${statusRegion(nothing)}
    ${form(
      START,
      html`${heading(v.level, t(page.title), { class: 'ldc-heading-l ldc-step-heading' })}
        ${page.start.intro.map((p) => html`<p class="ldc-body">${t(p)}</p>`)}
        ${heading(subLevel(v.level), msg('Before you start'), { class: 'ldc-heading-m' })}
        ${
          page.start.youNeed.length
            ? html`<p class="ldc-body">${msg('You may need:')}</p>
                <ul class="ldc-list">
                  ${page.start.youNeed.map((item) => html`<li>${t(item)}</li>`)}
                </ul>`
            : nothing
        }
        <p class="ldc-body">${t(page.start.time)}</p>
        ${button({ text: msg('Start now'), variant: 'start' })}`,
    )}`;
  }
  const r = j.evaluation();
  if (!def || !r) throw new EvaluationProblem('no definition');
  if (r.type === 'error') throw new EvaluationProblem(`the definition could not be evaluated: ${r.problem}`);
  const t = words(v, def, r.audience);
  const announce = (text: string) => statusRegion(j.announced ? text : nothing);
  if (j.step === RESULT && r.type === 'outcome') {
    const c = {
      definition: def,
      result: r,
      level: v.level,
      council: councilIn(v, v.language),
      applyHref: v.applyHref,
      contact: v.contact,
      words: t,
      element: v.element,
      onStartAgain: j.startAgain,
    };
    return html`${announce(msg(str`Result: ${resultTitle(c)}`))} ${backLink(j.back)} ${later(j, (m) => m.resultView(c))}`;
  }
  if (j.step === CHECK || j.step === RESULT)
    return html`${announce(msg('Check your answers'))} ${backLink(j.back)}
    ${form(
      CHECK,
      html`${heading(v.level, msg('Check your answers'), { class: 'ldc-heading-l ldc-step-heading' })}
      ${later(j, (m) =>
        m.answersList(
          j,
          r.path.map((id) => question(def, id)),
          t,
          v.language,
        ),
      )}
      ${button({ text: msg('Continue') })}`,
    )}`;
  const q = question(def, j.step);
  const error = j.error ? t(q.errors[j.error] ?? q.errors.required) : undefined;
  return html`${announce(t(q.text))} ${backLink(j.back)}
  ${form(
    j.step,
    html`${errorSummary(error ? [{ target: FIELD_ID, text: error }] : [], v.level)}
    ${questionField(
      q,
      offeredFor(def, q, j.store, j.settings, { today: j.today }),
      j.draft,
      error,
      v.level,
      j.setDraft,
      v.element,
      t,
    )}
    ${button({ text: msg('Continue') })}`,
  )}`;
}

/** The council's name in `language` ('' when the page gives none). */
function councilIn(v: CheckerView, language: Language): string {
  return (language === 'cy' && v.councils.cy) || v.councils.en;
}

/**
 * The definition's words for this page's language and the journey's audience, {council} filled
 * in: with the council's name in the language the definition is written in (an English-only
 * definition on a Welsh page keeps English around the English name), else "your council" in it.
 */
function words(v: CheckerView, def: Pick<Definition, 'languages'>, audience: Audience) {
  const language: Language = (def.languages ?? ['en']).includes(v.language) ? v.language : 'en';
  const council = councilIn(v, language) || withLanguage(language, () => msg('your council'));
  return (text: Text | undefined) => withCouncil(textFor(text, v.language, audience), council);
}

function question(def: Definition, id: string): Question {
  const q = def.questions.find((x) => x.id === id);
  if (!q) throw new EvaluationProblem(`the definition has no question "${id}"`);
  return q;
}
