import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a load is: nothing asked yet, in flight, done, or failed (timed out or thrown). */
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'complete'; value: T }
  | { status: 'failed'; error: unknown; timedOut: boolean };

export interface LoadOptions {
  /** Milliseconds before the load is abandoned as timed out; none when absent. */
  timeoutMs?: number;
}

/** Thrown into a superseded or timed-out load's signal, so work can tell why it stopped. */
export class LoadAbort extends Error {
  constructor(readonly reason: 'superseded' | 'timeout' | 'disconnected') {
    super(reason === 'timeout' ? 'The request took too long' : 'Cancelled');
    this.name = 'LoadAbort';
  }
}

/**
 * One asynchronous load at a time, for every element that fetches: a definition, a registry,
 * addresses, bin days. It owns what each of them used to do by hand:
 * - **cancellation**: starting a load aborts the one before (its AbortSignal fires), and a
 *   superseded load's result is dropped, so a slow old answer never overwrites a new one;
 * - **timeout**: a load that takes longer than `timeoutMs` is aborted and ends as
 *   `{ status: 'failed', timedOut: true }`;
 * - **state** for rendering (`idle`, `loading`, `complete`, `failed`), with a host update on
 *   every change; leaving the page aborts the load in flight;
 * - **settling**: `settled` resolves once the latest load has ended and the host has rendered
 *   it, however many loads replaced each other (what `whenSettled()` waits for).
 * Errors never escape as rejections: a failure is a state the element turns into words.
 */
export class LoadController<T> implements ReactiveController {
  #state: LoadState<T> = { status: 'idle' };
  #controller: AbortController | null = null;
  #latest: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get state(): LoadState<T> {
    return this.#state;
  }

  /** The value of the last completed load, if the latest load completed. */
  get value(): T | undefined {
    return this.#state.status === 'complete' ? this.#state.value : undefined;
  }

  get loading(): boolean {
    return this.#state.status === 'loading';
  }

  /** Resolves once the latest load has ended and the host has rendered its outcome. */
  get settled(): Promise<void> {
    return (async () => {
      let seen: Promise<unknown>;
      do {
        seen = this.#latest;
        await seen;
        await this.host.updateComplete;
      } while (seen !== this.#latest);
    })();
  }

  /**
   * Starts `work`, cancelling any load in flight. Resolves to this load's final state, or to
   * null when a newer load (or leaving the page) superseded it: the caller then does nothing.
   */
  run(work: (signal: AbortSignal) => Promise<T>, options: LoadOptions = {}): Promise<LoadState<T> | null> {
    this.#controller?.abort(new LoadAbort('superseded'));
    const controller = new AbortController();
    this.#controller = controller;
    this.#set({ status: 'loading' });
    const running = this.#run(controller, work, options.timeoutMs);
    this.#latest = running;
    return running;
  }

  /** Abandons the load in flight, if any, and goes back to idle. */
  cancel(): void {
    if (!this.#controller) return;
    this.#controller.abort(new LoadAbort('superseded'));
    this.#controller = null;
    this.#set({ status: 'idle' });
  }

  /** Sets a state directly: a value known without loading (bundled data), or reset. */
  set(state: LoadState<T>): void {
    this.#controller?.abort(new LoadAbort('superseded'));
    this.#controller = null;
    this.#set(state);
  }

  hostDisconnected(): void {
    this.#controller?.abort(new LoadAbort('disconnected'));
    this.#controller = null;
  }

  async #run(
    controller: AbortController,
    work: (signal: AbortSignal) => Promise<T>,
    timeoutMs: number | undefined,
  ): Promise<LoadState<T> | null> {
    const timer =
      timeoutMs !== undefined && Number.isFinite(timeoutMs)
        ? setTimeout(() => controller.abort(new LoadAbort('timeout')), timeoutMs)
        : undefined;
    // The work may ignore its signal: racing it against the abort keeps cancellation and
    // timeouts prompt whatever the work does.
    const aborted = new Promise<never>((_, reject) => {
      if (controller.signal.aborted) reject(controller.signal.reason);
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
    });
    aborted.catch(() => {}); // an abort after the work finished is nobody's concern
    let state: LoadState<T>;
    try {
      state = { status: 'complete', value: await Promise.race([work(controller.signal), aborted]) };
    } catch (error) {
      const reason = controller.signal.aborted ? controller.signal.reason : undefined;
      state = {
        status: 'failed',
        error: reason instanceof LoadAbort && reason.reason === 'timeout' ? reason : error,
        timedOut: reason instanceof LoadAbort && reason.reason === 'timeout',
      };
    } finally {
      clearTimeout(timer);
    }
    // Superseded by a newer load, or the element left the page: drop the result.
    if (this.#controller !== controller) return null;
    this.#controller = null;
    this.#set(state);
    return state;
  }

  #set(state: LoadState<T>): void {
    this.#state = state;
    this.host.requestUpdate();
  }
}
