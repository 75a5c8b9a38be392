import type { ReactiveController, ReactiveElement } from 'lit';
import { FocusController } from '../../core/controllers/focus-controller.js';
import type { LdcEventDetails } from '../../core/events.js';
import { londonToday, whenIdle } from '../../core/intl.js';
import { errorOnce } from '../../core/warn.js';
import type { ErrorKey, RawInput } from '../../eligibility/input.js';
import type { Answers, Definition, Evaluation, Settings } from '../../eligibility/types.js';

/** The engine (evaluate, input parsing): its own chunk, loaded beside the definition (loadEngine). */
type Engine = typeof import('./engine.js');
let engine: Engine | null = null;
/** Loads the eligibility engine once; a checker loads it with its definition, before `begin`. */
export const loadEngine = async (): Promise<Engine> => (engine ??= await import('./engine.js'));
function theEngine(): Engine {
  if (!engine) throw new Error('the eligibility engine was used before it loaded');
  return engine;
}
/** The options a question offers for these answers (see evaluate.ts); the engine is loaded by then. */
export const offeredFor: Engine['offeredFor'] = (...args) => theEngine().offeredFor(...args);

/** sessionStorage code: its own chunk, loaded only by checkers that keep answers (persist="session"). */
type StorageModule = typeof import('./storage.js');
let storage: StorageModule | null = null;

/** A step is "start", "check", "result" or a question id. */
export type Step = string;
export const START = 'start';
export const CHECK = 'check';
export const RESULT = 'result';

/** Progress a host hands in: answers and the step to show (see `progress` on the elements). */
export interface Progress {
  answers: Answers;
  step: string;
}

export interface JourneyOptions {
  /** Where this journey keeps answers: persist mode and key (storage-key, else id), read when needed. */
  storage(): { persist: 'session' | 'none'; key: string };
  /** Fires `ldc-step` and `ldc-result` on the element. */
  emit<K extends 'ldc-step' | 'ldc-result'>(type: K, detail: LdcEventDetails[K]): void;
}

/**
 * What stops a checker, shown with the fallback content: the problem in words, and whether it is
 * that something the checker needs did not load (`loading`) rather than a wrong setup.
 */
export interface Problem {
  text: string;
  loading: boolean;
}

/** What a thrown value says, for the configuration message. */
export const describeError = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : typeof e);

/**
 * The journey through an eligibility definition, shared by `<ldc-eligibility-checker>` and
 * `<ldc-blue-badge-checker>` (composition, not inheritance): the step, Back history, answers, the
 * answer being typed and its error, saving to sessionStorage, and focus after each step change.
 * The evaluation is computed once per change of definition, answers, settings or date and reused
 * by everything that renders. It stores what happened (a step, an error key), never words: the
 * view words everything while rendering.
 */
export class Journey implements ReactiveController {
  readonly focus: FocusController;
  #definition: Definition | null = null;
  #settings: Settings = {};
  /** Today in London, worked out when first needed (never while the element is created: Intl's time zones are slow to wake). */
  #today = '';
  step: Step = START;
  history: Step[] = [];
  store: Answers = {};
  draft: RawInput;
  /** Which of the question's error messages to show after Continue, if any. */
  error?: ErrorKey;
  /** Whether the current step was reached by the resident (announced), not restored on load. */
  announced = false;
  #memo: { key: unknown[]; result: Evaluation | null } | null = null;
  /** The sessionStorage key this journey has claimed, if any. */
  #claimed: string | null = null;
  /** Start now was pressed on a start page shown before the definition arrived: go on when it does. */
  #startRequested = false;
  /** What stops the checker, if anything (see fail); the element shows it instead of a step. */
  problem: Problem | null = null;

  constructor(
    /** The element the journey runs in (its view's chunks adopt their styles there). */
    readonly host: ReactiveElement,
    private readonly options: JourneyOptions,
  ) {
    host.addController(this);
    this.focus = new FocusController(host);
  }

  hostDisconnected(): void {
    if (this.#claimed) storage?.releaseKey(this.#claimed, this.host);
    this.#claimed = null;
  }

  /**
   * Loads the code that restores and keeps journeys, if this one will: progress is given, or it
   * keeps answers (persist="session"). Call before `begin`.
   */
  async prepareStorage(progress?: Progress): Promise<void> {
    if (progress || this.options.storage().persist === 'session') storage ??= await import('./storage.js');
  }

  get definition(): Definition | null {
    return this.#definition;
  }

  get settings(): Settings {
    return this.#settings;
  }

  /** The host's setting overrides; the evaluation follows on the next render. */
  set settings(settings: Settings) {
    this.#settings = settings ?? {};
    this.host.requestUpdate();
  }

  get today(): string {
    return (this.#today ||= londonToday());
  }

  /** The evaluation for the current definition, answers, settings and date: computed once per change. */
  evaluation(): Evaluation | null {
    const key = [this.#definition, this.store, this.#settings, this.today];
    if (this.#memo && this.#memo.key.every((v, i) => v === key[i])) return this.#memo.result;
    const result = this.#definition
      ? theEngine().evaluate(this.#definition, this.store, this.#settings, { today: this.today })
      : null;
    this.#memo = { key, result };
    return result;
  }

  /** The answers on the current path, for a host that prefills its application (WCAG 3.3.7). */
  get answers(): Answers {
    const r = this.evaluation();
    return r && r.type !== 'error' ? theEngine().answersOnPath(this.store, r.path) : {};
  }

  /** Runs a definition: from the progress given, else a saved journey, else the start. */
  begin(definition: Definition, progress?: Progress): void {
    const started = this.#startRequested;
    this.#definition = definition;
    // Today is worked out again for a new definition, when first needed or when the page is idle.
    this.#today = '';
    whenIdle(() => void this.today);
    this.reset();
    const slot = this.slot();
    if (progress) this.resume(progress, false);
    else if (slot) {
      const saved = storage!.loadProgress(slot);
      if (saved && !this.resume(saved, true)) storage!.clearProgress(slot); // corrupted or old: start fresh
    }
    if (started && this.step === START) this.guard(() => this.advance(START));
    this.host.requestUpdate();
  }

  /** No definition to run (loading, or a problem): back at the start, with no problem. */
  clear(): void {
    this.problem = null;
    this.#definition = null;
    this.reset();
    this.host.requestUpdate();
  }

  /** Renders again (e.g. when a part of the view has loaded). */
  refresh(): void {
    this.host.requestUpdate();
  }

  setDraft = (draft: RawInput): void => {
    this.draft = draft;
    this.host.requestUpdate();
  };

  /** Continue on a step: the start, check your answers, or a question's answer. */
  submit(step: Step): void {
    this.guard(() => {
      const def = this.#definition;
      // Start now before the definition has arrived (its start page came first): go on when it does.
      if (!def && step === START && this.step === START) this.#startRequested = true;
      // A second click on Continue arrives for a step that is no longer shown: ignore it.
      if (step !== this.step || !def) return;
      if (step === START || step === CHECK) return this.advance(step);
      const question = theEngine().findQuestion(def, step)!;
      const parsed = theEngine().parseInput(question, this.draft);
      if (!parsed.ok) {
        this.error = parsed.reason;
        this.focus.next('error-summary');
        this.host.requestUpdate();
        return;
      }
      this.store = { ...this.store, [step]: parsed.value };
      this.advance();
    });
  }

  back = (): void =>
    this.guard(() => {
      const history = [...this.history];
      const previous = history.pop() ?? START;
      this.history = history;
      this.show(previous);
    });

  startAgain = (): void =>
    this.guard(() => {
      const slot = this.slot();
      if (slot) storage!.clearProgress(slot);
      this.reset();
      this.show(START);
    });

  /** "Change" on check your answers: back to the question, then straight back. */
  change(id: string): void {
    this.guard(() => this.go(id));
  }

  /**
   * Stops the checker: the problem and the fallback content instead of a step, and one console
   * error. `loading`: something it needs did not arrive (the network, a timeout, a missing part),
   * which trying again later may mend; otherwise the setup or the definition is wrong.
   */
  fail(problem: string, loading = false): void {
    errorOnce(`<${this.host.localName}>: ${problem}`);
    this.clear();
    this.problem = { text: problem, loading };
  }

  // ---- internals ------------------------------------------------------------------------

  private guard(action: () => void): void {
    try {
      action();
    } catch (e) {
      this.fail(`the checker failed: ${describeError(e)}`);
    }
  }

  private reset(): void {
    this.#startRequested = false;
    this.store = {};
    this.history = [];
    this.step = START;
    this.error = undefined;
    this.draft = undefined;
    this.announced = false;
  }

  /** Shows a step: prefilled from saved answers, heading focused, change announced (when moved). */
  private show(step: Step, moved = true): void {
    const def = this.#definition!;
    this.step = step;
    this.error = undefined;
    const question = theEngine().findQuestion(def, step);
    this.draft = question
      ? theEngine().draftFor(question, Object.hasOwn(this.store, step) ? this.store[step] : undefined)
      : undefined;
    this.announced = moved;
    if (moved) this.focus.next('heading');
    this.options.emit('ldc-step', { id: step, index: this.history.length });
    const r = this.evaluation();
    if (step === RESULT && r?.type === 'outcome')
      this.options.emit('ldc-result', { outcome: r.outcome.id, kind: r.outcome.kind });
    this.save();
    this.host.requestUpdate();
  }

  private go(step: Step): void {
    this.history = [...this.history, this.step];
    this.show(step);
  }

  /**
   * After an answer: the next unanswered question, or check your answers (from check your
   * answers: the result). Never a step the answers do not reach.
   */
  private advance(from: Step = this.step): void {
    const r = this.evaluation();
    // Answers built one valid step at a time reach no error on a valid definition; if one does,
    // the definition is broken in a way validation did not catch: say so, never a dead button.
    if (!r || r.type === 'error') return this.fail(`the definition could not be evaluated: ${r?.problem ?? 'none'}`);
    this.go(r.type === 'question' ? r.question.id : from === CHECK ? RESULT : CHECK);
  }

  /** Resumes saved or given progress if it fits the definition (see storage.ts); returns whether it did. */
  private resume(saved: unknown, stored: boolean): boolean {
    const r = storage?.restore(theEngine(), this.#definition!, saved, stored, this.#settings, this.today);
    if (!r) return false;
    this.store = r.answers;
    this.history = r.history;
    this.show(r.step, false);
    return true;
  }

  /** The sessionStorage key for this journey, or null when it keeps none (see storage.ts). */
  private slot(): string | null {
    const def = this.#definition;
    const { persist, key } = this.options.storage();
    if (!def || persist !== 'session' || !storage) return null;
    return (this.#claimed = storage.claimSlot(def.id, key, this.host, this.#claimed));
  }

  private save(): void {
    const slot = this.slot();
    if (!slot) return;
    storage!.saveProgress(slot, {
      v: storage!.PROGRESS_VERSION,
      answers: this.store,
      step: this.step,
      history: this.history,
    });
  }
}
