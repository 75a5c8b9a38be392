import { html, nothing, type CSSResultOrNative, type TemplateResult } from 'lit';
import { adoptMore } from '../../core/adopt.js';
import { msg, withLanguage, type Language } from '../../core/i18n.js';
import type { HeadingLevel } from '../../core/ldc-element.js';
import { textFor } from '../../eligibility/text.js';
import type { Audience, Definition, Text } from '../../eligibility/types.js';
import { button, configProblem, heading, statusRegion, subLevel } from '../../patterns/index.js';
import { errorOnce } from '../../core/warn.js';
import { describeError, START, type Journey, type Problem } from './journey.js';
import { withCouncil } from './result-title.js';
import type { Contact } from './result-view.js';

/** A part of the view in its own chunk, with the styles it needs. */
interface ViewModule {
  styles: readonly CSSResultOrNative[];
}
/** A part of the view in its own chunk: the module once it has arrived, and how to import it. */
export interface Part<M extends ViewModule> {
  module: M | null;
  import(): Promise<M>;
}
const part = <M extends ViewModule>(load: () => Promise<M>): Part<M> => ({ module: null, import: load });
/** Loads a part: cheap to call again, as the browser keeps a module once it has arrived. */
const load = <M extends ViewModule>(p: Part<M>): Promise<M> => p.import().then((m) => (p.module = m));

/**
 * Every step after the start (questions with radios and checkboxes, the Back link, the error
 * summary) and, after those, check your answers and the result with its facts: each its own
 * chunk, loaded with the definition, so that a checker's entry carries only its start page (which
 * the Blue Badge checker shows before its rules arrive).
 */
export const steps = part(() => import('./steps.js'));
export const results = part(() => import('./result-view.js'));

/**
 * Loads the steps after the start for `definition` (with number and date inputs when it asks
 * them) and adopts their styles in the journey's element. Call before `begin`.
 */
export async function loadQuestionPages(j: Journey, definition: Definition): Promise<void> {
  const m = await load(steps);
  adoptMore(j.host, [...m.styles, ...(await m.loadQuestionKinds(definition))]);
}

/** Loads check your answers and the results, and adopts their styles in the journey's element. */
export const loadResultView = (j: Journey): Promise<void> => load(results).then((m) => adoptMore(j.host, m.styles));

/**
 * Renders with a part of the view; should a render come before its chunk (another checker on the
 * page may have loaded it, or a resumed journey skipped it), it follows when the chunk arrives. A
 * chunk that cannot be loaded shows the problem and the fallback content, never an empty step.
 */
export function later<M extends ViewModule>(
  j: Journey,
  p: Part<M>,
  render: (m: M) => TemplateResult,
): TemplateResult | typeof nothing {
  if (p.module) {
    adoptMore(j.host, p.module.styles);
    return render(p.module);
  }
  load(p).then(
    () => j.refresh(),
    (e) => j.fail(`part of the checker could not be loaded: ${describeError(e)}`, true),
  );
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

/** The attributes both checkers have for their results: the council, where to apply, how to get in touch. */
export interface CheckerAttributes {
  localName: string;
  council: string;
  councilCy: string;
  applyHref: string;
  contactHref: string;
  contactPhone: string;
  contactEmail: string;
}

/** What the view needs, read from a checker element's attributes for one render. */
export function checkerView(el: CheckerAttributes, level: HeadingLevel, language: Language): CheckerView {
  return {
    level,
    councils: { en: el.council.trim(), cy: el.councilCy.trim() },
    applyHref: el.applyHref,
    contact: { href: el.contactHref, phone: el.contactPhone, email: el.contactEmail },
    element: el.localName,
    language,
  };
}

/**
 * What the start page shows: a definition's title, start and languages. A checker that has them
 * before the rest of its definition (the Blue Badge checker's nations) shows its start page at once.
 */
export type StartPage = Pick<Definition, 'title' | 'start' | 'languages'>;

/** A definition that cannot be evaluated, found while rendering. */
export class EvaluationProblem extends Error {}

/**
 * The message and the light-DOM fallback. `loading`: something the checker needs did not arrive
 * (the network, a timeout, a file that is not there), which trying again later may mend; otherwise
 * the checker is set up wrongly.
 */
export function renderProblem({ text, loading }: Problem): TemplateResult {
  return configProblem(
    loading ? msg('This checker could not be loaded. Try again later.') : msg('This checker is not set up correctly.'),
    text,
  );
}

/**
 * The whole checker for one render: the step the journey is on, worded now (in the page's
 * language, for the journey's audience). A definition that breaks while rendering shows the
 * configuration message and the fallback content, never an empty shadow root, and says so once
 * in the console (state cannot change during render). Before the definition arrives, the
 * start page shows from `startPage` if there is one (Start now then waits for the definition).
 */
export function renderChecker(journey: Journey, view: CheckerView, startPage?: StartPage): TemplateResult {
  try {
    return html`<div class="ldc-root">${renderStep(journey, view, startPage)}</div>`;
  } catch (e) {
    const problem = e instanceof EvaluationProblem ? e.message : `the checker failed: ${describeError(e)}`;
    errorOnce(`<${journey.host.localName}>: ${problem}`);
    return renderProblem({ text: problem, loading: false });
  }
}

/** A step's form: Start now or Continue submits the step (a second press for a step no longer shown is ignored). */
export function stepForm(j: Journey, step: string, content: unknown): TemplateResult {
  return html`<form
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      j.submit(step);
    }}
  >
    ${content}
  </form>`;
}

function renderStep(j: Journey, v: CheckerView, startPage?: StartPage): TemplateResult | typeof nothing {
  const def = j.definition;
  if (j.step === START) {
    const page = def ?? startPage;
    if (!page) throw new EvaluationProblem('no definition');
    const t = words(v, page, 'self');
    return html`${statusRegion(nothing)}
    ${stepForm(
      j,
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
  return later(j, steps, (m) => m.laterStep(j, v));
}

/** The council's name in `language` ('' when the page gives none). */
export function councilIn(v: CheckerView, language: Language): string {
  return (language === 'cy' && v.councils.cy) || v.councils.en;
}

/**
 * The definition's words for this page's language and the journey's audience, {council} filled
 * in: with the council's name in the language the definition is written in (an English-only
 * definition on a Welsh page keeps English around the English name), else "your council" in it.
 */
export function words(v: CheckerView, def: Pick<Definition, 'languages'>, audience: Audience) {
  const language: Language = (def.languages ?? ['en']).includes(v.language) ? v.language : 'en';
  const council = councilIn(v, language) || withLanguage(language, () => msg('your council'));
  return (text: Text | undefined) => withCouncil(textFor(text, v.language, audience), council);
}
