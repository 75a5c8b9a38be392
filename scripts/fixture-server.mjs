// Serves test fixtures over real HTTP from the test server, including slow,
// failing and malformed responses, so providers are tested through real fetch.
//   /fixtures/<path>               the file test/fixtures/<path>
//   ?delay=ms                      answer after a delay
//   ?status=503                    answer with that status and an empty JSON body
//   /assets/…                      stories/assets/… (Storybook serves the same files at /assets/)
//   /raw/tokens/… and /raw/dist/…  token sources and build output as they are on disk
//                                  (the esbuild plugin would turn .json into a JS module)
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { contentTypes } from './static-server.mjs';

const root = join(process.cwd(), 'test', 'fixtures');

export function fixtureServer() {
  return async function serveFixtures(ctx, next) {
    if (ctx.path.startsWith('/assets/'))
      return serveFile(ctx, join(process.cwd(), 'stories', 'assets'), ctx.path.slice(8));
    if (/^\/raw\/(tokens|dist)\//.test(ctx.path)) return serveFile(ctx, process.cwd(), ctx.path.slice('/raw/'.length));
    if (!ctx.path.startsWith('/fixtures/')) return next();
    const delay = Number(ctx.query.delay ?? 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, Math.min(delay, 30000)));
    const status = Number(ctx.query.status ?? 200);
    if (status !== 200) {
      ctx.status = status;
      ctx.type = 'application/json';
      ctx.body = '{}';
      return;
    }
    return serveFile(ctx, root, ctx.path.slice('/fixtures/'.length));
  };
}

async function serveFile(ctx, base, path) {
  const rel = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  try {
    ctx.body = await readFile(join(base, rel), 'utf8');
    ctx.type = contentTypes[extname(rel)] ?? 'text/plain'; // .ts sources as text
    ctx.set('Cache-Control', 'no-store');
  } catch {
    ctx.status = 404;
    ctx.body = 'Not found';
  }
}
