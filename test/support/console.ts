/** Collects console.error / console.warn calls while `run` executes. */
export async function captureConsole(level: 'error' | 'warn', run: () => Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[level] = original;
  }
  return calls;
}
