// `npm run check:storybook`: builds the static Storybook and opens every page of it — each docs
// page and each story, as listed in storybook-static/index.json — from a plain static file server
// in headless Chromium, as a designer would from wherever the folder is hosted. Fails when a page
// throws, shows Storybook's error screen, renders nothing, or asks for anything outside the site
// (the demo data is built in: no API, no CDN, no fonts from elsewhere).
import { readFileSync } from 'node:fs';
import { launchChromium, serveStatic } from './static-server.mjs';

const root = 'storybook-static';
const entries = Object.values(JSON.parse(readFileSync(`${root}/index.json`, 'utf8')).entries);
const site = await serveStatic(root);
const browser = await launchChromium();
const page = await browser.newPage();
await page.setViewport({ width: 1200, height: 900 });

const outside = new Set();
let thrown = [];
page.on('request', (r) => {
  const url = r.url();
  if (!url.startsWith(site.origin) && !/^(data|blob|about):/.test(url)) outside.add(url);
});
page.on('pageerror', (e) => thrown.push(e.message));

/** Waits until Storybook's preview has shown the page (or its error screen); returns what it shows. */
async function shown() {
  await page.waitForFunction(
    () =>
      /sb-show-(main|errordisplay|nopreview)/.test(document.body.className) &&
      (document.body.classList.contains('sb-show-errordisplay') ||
        (document.querySelector('#storybook-docs')?.textContent ?? '').trim() ||
        document.querySelector('#storybook-root')?.childElementCount),
    { timeout: 20000 },
  );
  return page.evaluate(() => ({
    error: document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'error')
      : document.body.classList.contains('sb-show-nopreview')
        ? 'no preview'
        : '',
  }));
}

const started = Date.now();
const failures = [];
// The manager (sidebar and toolbar) first.
await page.goto(`${site.origin}/index.html`);
await page
  .waitForSelector('#storybook-explorer-tree', { timeout: 20000 })
  .catch(() => failures.push('index.html: no sidebar'));

let docs = 0;
let stories = 0;
for (const entry of entries) {
  const mode = entry.type === 'docs' ? 'docs' : 'story';
  thrown = [];
  try {
    await page.goto(`${site.origin}/iframe.html?id=${entry.id}&viewMode=${mode}`);
    const { error } = await shown();
    if (error) failures.push(`${entry.id}: ${error.trim().split('\n')[0]}`);
  } catch (e) {
    failures.push(`${entry.id}: nothing rendered (${e.message.split('\n')[0]})`);
  }
  if (thrown.length) failures.push(`${entry.id}: threw ${thrown[0]}`);
  if (mode === 'docs') docs++;
  else stories++;
}
await browser.close();
site.close();

for (const f of failures) console.error(`check:storybook: ${f}`);
for (const url of outside) console.error(`check:storybook: asked for ${url}, outside the site`);
console.log(
  `check:storybook: opened ${docs} docs pages and ${stories} stories from ${root}/ in ${((Date.now() - started) / 1000).toFixed(0)} s; ${failures.length} failed, ${outside.size} requests outside the site`,
);
if (failures.length || outside.size) process.exit(1);
