// A static file server on a free localhost port, and headless Debian Chromium, for the scripts that
// open built pages outside the test runner (npm run bench, npm run check:storybook).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, paths } from './browsers.mjs';

/** Content types by file extension, for the test server's fixtures too. */
export const contentTypes = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ics': 'text/calendar',
  '.txt': 'text/plain',
};

/**
 * Serves `root` (a folder); "/" answers with `index`. Nothing is cached unless `cacheable(path)`
 * says so (then for an hour: the bench's repeat visits). Resolves to { origin, close }.
 */
export async function serveStatic(root, { index = '/index.html', cacheable = () => false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname === '/' ? index : decodeURIComponent(url.pathname);
    try {
      const body = await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, '')));
      res.writeHead(200, {
        'Content-Type': contentTypes[extname(path)] ?? 'application/octet-stream',
        'Cache-Control': cacheable(path) ? 'max-age=3600' : 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Headless Chromium from Debian (CHROME_PATH to override), with the project's flags. */
export const launchChromium = () =>
  puppeteer.launch({ executablePath: paths.chromium, headless: true, args: chromiumArgs });
