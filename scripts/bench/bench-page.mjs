// The bench page (scripts/bench/page.html, which runs runner.js) as npm run bench and
// where-time-goes.mjs both open it: one server, one way to run a case.
import { serveStatic } from '../static-server.mjs';

/**
 * Serves the project for the bench page: the entries and their chunks may be cached (a repeat
 * visit finds them in the HTTP and code caches), the bench's own page and runner never.
 */
export const serveBench = () =>
  serveStatic(process.cwd(), {
    index: '/scripts/bench/page.html',
    cacheable: (path) => !path.startsWith('/scripts/bench/'),
  });

/**
 * Runs one case in a new page of `context` at 4× CPU throttling (`query`: the runner's `case` and
 * optional `base`) and resolves to { page, result } once the runner has reported; `beforeLoad(page)`
 * runs before the page is opened (to start tracing). The caller closes the page.
 */
export async function runCase(context, origin, query, { beforeLoad } = {}) {
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await beforeLoad?.(page);
  await page.goto(`${origin}/?${new URLSearchParams(query)}`);
  await page.waitForFunction('window.__bench', { timeout: 120000 });
  const result = await page.evaluate('window.__bench');
  if (result.error) throw new Error(`${query.case}: ${result.error}`);
  return { page, result };
}
