import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusElement } from '../focus.js';

/** What to focus once the next render is on screen. */
export type FocusTarget =
  /** The step's heading (GOV.UK: the heading of a new question page takes focus). */
  | 'heading'
  /** The error summary, after a failed Continue (GOV.UK error summary pattern). */
  | 'error-summary'
  /** Anything else in the shadow root, found after the render. */
  | ((root: ParentNode) => HTMLElement | null | undefined);

/** The heading of a step, in the order a step can have one. */
const STEP_HEADING = '[data-step-heading], .ldc-step-heading, .ldc-fieldset__heading, .ldc-label-wrapper';

/**
 * Moves focus deliberately after a step change, once, after the render that shows the step.
 * Every element that has steps uses this one controller, so focus behaves the same everywhere:
 * `this.stepFocus.next('heading')` when the step changes, `this.stepFocus.next('error-summary')` when
 * Continue finds a problem. Focusing waits for the update so the target exists; a heading gets
 * tabindex="-1" only while it has focus (GOV.UK Frontend's setFocus).
 */
export class FocusController implements ReactiveController {
  #pending: FocusTarget | null = null;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Focus this target after the next update (a later call before it replaces an earlier one). */
  next(target: FocusTarget): void {
    this.#pending = target;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#pending;
    if (!target) return;
    this.#pending = null;
    const root = this.host.renderRoot;
    const el =
      target === 'heading'
        ? root.querySelector<HTMLElement>(STEP_HEADING)
        : target === 'error-summary'
          ? root.querySelector<HTMLElement>('[data-ldc-error-summary]')
          : target(root);
    focusElement(el);
  }
}
