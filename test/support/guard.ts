/**
 * Imported by every component test: any `error` or `unhandledrejection` event on the window while
 * a test runs fails that test, naming what was thrown. (Mocha catches uncaught errors only while a
 * test's own code runs; a rejected promise in a Lit update or an event handler would otherwise pass
 * unnoticed.) Tests that expect a failure to be handled assert on what the user sees instead.
 */
const seen: string[] = [];
let installed = false;

function describeError(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return String(value);
}

export function installErrorGuard(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('error', (e) => seen.push(`error: ${describeError(e.error ?? e.message)}`));
  window.addEventListener('unhandledrejection', (e) => seen.push(`unhandledrejection: ${describeError(e.reason)}`));
  beforeEach(() => {
    seen.length = 0;
  });
  afterEach(async function () {
    // Let rejections raised at the end of the test reach the listener first.
    await new Promise((r) => setTimeout(r, 0));
    if (seen.length) {
      const found = seen.splice(0).join('; ');
      // Mocha's hook.error(err) fails the current test without aborting the suite (as its own
      // global-leak check does); the typings leave the method out.
      (this.test as unknown as { error(e: Error): void }).error(new Error(`The page reported ${found}`));
    }
  });
}

installErrorGuard();
