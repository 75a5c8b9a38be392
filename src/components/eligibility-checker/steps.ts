import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../core/i18n.js';
import type { Definition, Question } from '../../eligibility/types.js';
import {
  backLink,
  button,
  choiceStyles,
  errorSummary,
  errorSummaryStyles,
  fieldStyles,
  heading,
  linkButtonStyles,
  statusRegion,
} from '../../patterns/index.js';
import { CHECK, offeredFor, RESULT, type Journey } from './journey.js';
import { FIELD_ID, questionField } from './question-field.js';
import { resultTitle } from './result-title.js';
import { councilIn, EvaluationProblem, later, results, stepForm, words, type CheckerView } from './view.js';

/**
 * Every step after the start: a question (radios and checkboxes here; number and date inputs in
 * their own chunk), check your answers and the result (whose content is the result-view chunk).
 * Its own chunk, loaded with the definition (view.ts), so that a checker's entry carries only
 * the start page. These are the styles it adopts: fields, choices, the error summary, and the
 * Back and Change links.
 */
export const styles = [fieldStyles, choiceStyles, errorSummaryStyles, linkButtonStyles];
export { loadQuestionKinds } from './question-field.js';

/** The step the journey is on, after the start, worded now (see renderChecker in view.ts). */
export function laterStep(j: Journey, v: CheckerView): TemplateResult {
  const def = j.definition;
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
    return html`${announce(msg(str`Result: ${resultTitle(c)}`))} ${backLink(j.back)}
    ${later(j, results, (m) => m.resultView(c))}`;
  }
  if (j.step === CHECK || j.step === RESULT)
    return html`${announce(msg('Check your answers'))} ${backLink(j.back)}
    ${stepForm(
      j,
      CHECK,
      html`${heading(v.level, msg('Check your answers'), { class: 'ldc-heading-l ldc-step-heading' })}
      ${later(j, results, (m) =>
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
  ${stepForm(
    j,
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

function question(def: Definition, id: string): Question {
  const q = def.questions.find((x) => x.id === id);
  if (!q) throw new EvaluationProblem(`the definition has no question "${id}"`);
  return q;
}
