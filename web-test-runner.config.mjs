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
import { wordpressProxy } from './scripts/cms/wordpress.mjs';

const { engines, problems } = chooseEngines();
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}

const children = [];
process.on('exit', () => children.forEach((c) => c.kill()));

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
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
    }),
  );
if (engines.includes('webkit')) {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const env = { ...process.env };
  if (!env.DISPLAY) {
    // MiniBrowser has no headless mode: give it a virtual display of its own.
    const display = `:${90 + (process.pid % 100)}`;
    children.push(
      spawn(paths.xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }),
    );
    env.DISPLAY = display;
  }
  const port = 4400 + (process.pid % 500);
  children.push(spawn(paths.webkitDriver, [`--port=${port}`], { stdio: 'ignore', env }));
  await new Promise((r) => setTimeout(r, 800));
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
  middleware: [fixtureServer(), wordpressProxy()],
  plugins: [
    allStoriesPlugin(),
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
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
};
