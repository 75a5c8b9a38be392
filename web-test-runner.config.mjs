// Browser tests in the Debian browsers only: Chromium, Firefox ESR (WebDriver BiDi
// through puppeteer-core) and WebKit (MiniBrowser through WebKitWebDriver, under Xvfb).
// WTR_BROWSERS=chromium narrows the run; see scripts/browsers.mjs for the rules.
import { spawn } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { chooseEngines, chromiumArgs, paths } from './scripts/browsers.mjs';
import { fixtureServer } from './scripts/fixture-server.mjs';
import { allStoriesPlugin } from './scripts/all-stories-plugin.mjs';
import { trustedPublishersTestPlugin } from './scripts/trusted-publishers.mjs';
import { wordpressProxy } from './scripts/cms/wordpress.mjs';
import { freePort } from './scripts/free-port.mjs';
import { reportCrashes, runIncludes, startXvfb, waitForDriver } from './scripts/test-run.mjs';

const { engines, problems } = chooseEngines();
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}

const children = [];
process.on('exit', () => children.forEach((c) => c.kill()));
// An exception in the runner's own process (a browser driver's client, a server plugin) stops the
// run; say what it was, on stderr, before the process exits (the runner's console is buffered).
reportCrashes();

/**
 * The runner sets every page's viewport (800 × 600) before a test file. Over WebDriver BiDi,
 * puppeteer-core 24 sends `emulation.setScreenOrientationOverride` with it, which Debian's
 * Firefox ESR 140.12 does not know ("unknown command"): every Firefox file then failed before it
 * ran. The size is set by its own command, sent beside it, so only that refusal is let through.
 */
function toleratingScreenOrientation(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = (viewport) =>
    setViewport(viewport).catch((e) => {
      if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(e?.message))) throw e;
    });
  return page;
}

const browsers = [];
if (engines.includes('chromium'))
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: paths.chromium,
        headless: true,
        args: chromiumArgs,
      },
    }),
  );
if (engines.includes('firefox'))
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: paths.firefox,
        headless: true,
        // Debian's Firefox ESR 140.12 has Trusted Types only with this preference (without it,
        // test/distribution/trusted-types.test.ts skipped both its tests here; with it, both run).
        extraPrefsFirefox: { 'dom.security.trusted_types.enabled': true },
      },
      createPage: ({ context }) => context.newPage().then(toleratingScreenOrientation),
    }),
  );
if (engines.includes('webkit')) {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const env = { ...process.env };
  // MiniBrowser has no headless mode: give it a virtual display of its own, numbered by Xvfb.
  if (!env.DISPLAY) env.DISPLAY = await startXvfb(children);
  const port = await freePort();
  children.push(spawn(paths.webkitDriver, [`--port=${port}`], { stdio: 'ignore', env }));
  await waitForDriver(port);
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
      },
    }),
  );
}

const commonjs = fromRollup(rollupCommonjs); // Storybook's portable stories pull CommonJS modules

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  // WordPress starts with the browsers when the run includes its test, so no engine waits for it.
  middleware: [fixtureServer(), wordpressProxy({ eager: runIncludes('test/distribution/wordpress.test.ts') })],
  plugins: [
    allStoriesPlugin(),
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // A throwaway publisher key and signed registries under /signed/… (after esbuild: see the plugin).
    trustedPublishersTestPlugin(),
    commonjs({ include: /node_modules/, strictRequires: false }),
  ],
  browsers,
  // Storybook chunks read process.env; the shim lives only in the test page.
  testRunnerHtml: (f) => `<!doctype html><html lang="en-GB"><body>
    <script>globalThis.process = { env: { NODE_ENV: 'test' } };</script>
    <script type="module" src="${f}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 15000 } },
  // A test file whose browser never reports fails after this long, by name and engine (see the
  // summary reporter), instead of holding the run open.
  testsFinishTimeout: 120_000,
};
