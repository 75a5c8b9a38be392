// Finds the Debian browsers the tests run in. Never downloads a browser.
// CHROME_PATH / FIREFOX_PATH override the Debian paths for people on other systems.
import { existsSync } from 'node:fs';

export const INSTALL_ADVICE = 'apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb xauth';

export const paths = {
  chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkitDriver: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
  miniBrowser: process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfb: '/usr/bin/Xvfb',
};

/**
 * Which engines to run. WTR_BROWSERS narrows the list (e.g. "chromium").
 * With CI=true every engine is required; elsewhere a missing Firefox or WebKit
 * is skipped with one line of advice, and a missing Chromium is an error.
 */
export function chooseEngines(env = process.env) {
  const wanted = (env.WTR_BROWSERS ?? 'chromium,firefox,webkit')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const present = {
    chromium: existsSync(paths.chromium),
    firefox: existsSync(paths.firefox),
    webkit:
      existsSync(paths.webkitDriver) &&
      existsSync(paths.miniBrowser) &&
      (Boolean(env.DISPLAY) || existsSync(paths.xvfb)),
  };
  const ci = env.CI === 'true';
  const engines = [];
  const problems = [];
  for (const name of wanted) {
    if (present[name]) engines.push(name);
    else if (name === 'chromium' || ci)
      problems.push(`${name} is required but was not found. Install it with: ${INSTALL_ADVICE}`);
    else console.log(`Skipping ${name}: not installed. Install it with: ${INSTALL_ADVICE}`);
  }
  return { engines, problems };
}

/** Chromium flags for headless runs as root on a machine with no network beyond localhost. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
