import { whenIdle } from '../../src/core/intl.js';

/** Resolves after two of the page's idle callbacks: after the idle work an element has asked for. */
export const pageIdle = (): Promise<void> => new Promise((resolve) => whenIdle(() => whenIdle(resolve)));
