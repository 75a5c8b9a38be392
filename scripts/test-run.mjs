// Helpers for web-test-runner.config.mjs: what the run includes, the WebKit driver's display and
// readiness, and crash reporting that never ends a run in silence.
import { spawn } from 'node:child_process';
import { writeSync } from 'node:fs';
import picomatch from 'picomatch';
import { paths } from './browsers.mjs';

/** The test files named on the command line (`--files a b`, or bare arguments), or [] for "all". */
export function filesOnCommandLine(argv = process.argv.slice(2)) {
  const files = [];
  for (let i = 0, inFiles = false; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--files') inFiles = true;
    else if (a.startsWith('--files=')) files.push(a.slice(8));
    else if (a.startsWith('-')) inFiles = false;
    else if (inFiles || /\.test\.[jt]s$|\*/.test(a)) files.push(a);
  }
  return files;
}

/** Whether this run includes `file` (a path from the project root). */
export function runIncludes(file, argv) {
  const files = filesOnCommandLine(argv);
  return !files.length || files.some((f) => picomatch(f.replace(/^\.\//, ''))(file));
}

/** Starts Xvfb on the first free display (Xvfb picks it and writes its number to fd 3). */
export function startXvfb(children) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(paths.xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
    setTimeout(() => reject(new Error('Xvfb gave no display within 10 s')), 10_000).unref();
  });
}

/** Polls WebKitWebDriver's /status until it says it is ready (up to 10 s). */
export async function waitForDriver(port) {
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok && (await res.json()).value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 10 s`);
}

/**
 * The runner stops on an uncaught exception in its own process and prints the reason through a
 * console it buffers, so a crash used to end the run with exit code 1 and nothing else. This
 * writes the exception to stderr synchronously, before the runner's own handler stops the run.
 */
export function reportCrashes() {
  const say = (what, e) =>
    writeSync(2, `\n[test run] ${what} in the test runner's process, so the run stops:\n${e?.stack ?? e}\n`);
  process.prependListener('uncaughtException', (e) => say('Uncaught exception', e));
  process.prependListener('unhandledRejection', (e) => say('Unhandled rejection', e));
}
