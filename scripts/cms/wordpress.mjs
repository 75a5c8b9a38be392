// A real WordPress for the Getting started check (test/distribution/wordpress.test.ts): Debian's
// wordpress package on PHP's built-in server, with a throwaway MariaDB in a temporary folder. The
// test server proxies /wordpress/ to it, so the page and the components share the test's origin.
// Started as soon as the test server starts when the run includes the WordPress test (and on the
// first request otherwise), without ever blocking the server's event loop; everything is removed
// when the test run ends.
//
// Why nothing here may be synchronous: the test server shares its process with the WebDriver
// client that drives WebKit. An earlier version ran mariadb-install-db and the installer with
// execFileSync, blocking the event loop for seconds while WebKitWebDriver answered a poll and closed
// the connection; undici (under webdriverio) then met the closed socket with a paused parser and
// threw an uncatchable `assert(!this.paused)` (nodejs/undici#5360), and the run exited 1 without a
// word whenever WebKit was the first engine to reach WordPress (issue #18).
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { freePort } from '../free-port.mjs';
import { request } from 'node:http';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const config = '/etc/wordpress/config-ldc-check.php';
const marker = '// Written by local-digital-components scripts/cms/wordpress.mjs';
export const wordpressPackages = 'wordpress wordpress-theme-twentytwentythree php-cli mariadb-server';
const needed = [
  '/usr/bin/php',
  '/usr/sbin/mariadbd',
  '/usr/bin/mariadb-install-db',
  '/usr/bin/mariadb',
  '/usr/share/wordpress/wp-load.php',
  '/var/lib/wordpress/wp-content/themes/twentytwentythree/theme.json',
];

/** Why WordPress cannot run here, or '' when it can. */
export function wordpressProblem() {
  const missing = needed.filter((p) => !existsSync(p));
  if (missing.length) return `WordPress check: missing ${missing.join(', ')} (apt-get install -y ${wordpressPackages})`;
  try {
    accessSync('/etc/wordpress', constants.W_OK);
  } catch {
    return 'WordPress check: /etc/wordpress is not writable (Debian reads the site config from there); run as root';
  }
  if (existsSync(config) && !readFileSync(config, 'utf8').includes(marker))
    return `WordPress check: ${config} exists and is not ours; not touching it`;
  return '';
}

/** The snippet the Getting started pages show, pointed at this build instead of the CDN. */
export function gettingStartedSnippet() {
  const snippet = readFileSync(join(here, '../../stories/getting-started/snippet.html'), 'utf8');
  const cdn = 'https://cdn.jsdelivr.net/npm/@local-digital/components/';
  if (!snippet.includes(cdn)) throw new Error('stories/getting-started/snippet.html has no CDN script');
  return snippet.replace(cdn, '/');
}

/** Retries `check` every 100 ms for up to 10 s; then throws with `failure()`. */
async function until(check, failure) {
  for (let i = 0; ; i++) {
    try {
      return await check();
    } catch {
      if (i > 100) throw new Error(failure());
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Starts MariaDB and WordPress; resolves to { port, info } where info is what
 * wordpress-install.php printed (versions, page paths). Both stop when this process exits.
 */
export async function startWordPress() {
  const dir = mkdtempSync(join(tmpdir(), 'ldc-wordpress-'));
  const socket = join(dir, 'mysql.sock');
  const ours = [];
  process.on('exit', () => {
    // Each child leads its own process group (PHP forks workers): end the whole group.
    for (const c of ours) {
      try {
        process.kill(-c.pid, 'SIGKILL'); // throwaway data: nothing to flush
      } catch {
        // already gone
      }
    }
    if (existsSync(config) && readFileSync(config, 'utf8').includes(marker)) rmSync(config);
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // the folder is in the system's temporary folder; leave it if the database still holds it
    }
  });

  const user = process.getuid?.() === 0 ? ['--user=root'] : [];
  await run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${dir}/db`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    ...user,
  ]);
  ours.push(
    spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${dir}/db`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${dir}/db.pid`,
        `--log-error=${dir}/db.err`,
        ...user,
      ],
      { stdio: 'ignore', detached: true },
    ),
  );
  const sql = (q) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', q]);
  await until(
    () => sql('SELECT 1'),
    () => `MariaDB did not start: ${readFileSync(`${dir}/db.err`, 'utf8').slice(-500)}`,
  );
  await sql(
    "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
  );

  writeFileSync(
    config,
    `<?php
${marker}
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', 'http://' . $_SERVER['HTTP_HOST'] . '/wordpress');
define('WP_SITEURL', WP_HOME);
define('WP_HTTP_BLOCK_EXTERNAL', true); // no requests beyond this machine
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
`,
  );
  const snippetFile = join(dir, 'snippet.html');
  writeFileSync(snippetFile, gettingStartedSnippet());
  const info = JSON.parse((await run('php', [join(here, 'wordpress-install.php'), snippetFile])).stdout);

  const port = await freePort();
  const php = spawn(
    'php',
    ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(here, 'wordpress-router.php')],
    {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    },
  );
  ours.push(php);
  await until(
    () => fetch(`http://127.0.0.1:${port}/wordpress/wp-includes/css/dashicons.min.css`),
    () => 'PHP server did not start',
  );
  return { port, info };
}

/**
 * Test-server middleware. /cms/wordpress.json says what the test needs once WordPress is up:
 * { available, required, problem, info }. /wordpress/… is proxied to it with the browser's Host,
 * so WordPress writes links back to the test server. With CI=true WordPress is required.
 * `eager`: start WordPress now, while the browsers launch, rather than on the first request.
 */
export function wordpressProxy({ eager = false } = {}) {
  let started;
  const start = () =>
    (started ??= (async () => {
      const problem = wordpressProblem();
      if (problem) return { problem };
      try {
        return await startWordPress();
      } catch (e) {
        return { problem: `WordPress check: ${e.message}` };
      }
    })());
  if (eager) start();
  return async function proxyWordPress(ctx, next) {
    if (ctx.path === '/cms/wordpress.json') {
      const wp = await start();
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        available: !wp.problem,
        required: process.env.CI === 'true',
        problem: wp.problem ?? '',
        info: wp.info ?? null,
      });
      return;
    }
    if (!ctx.path.startsWith('/wordpress/')) return next();
    const wp = await start();
    if (wp.problem) {
      ctx.status = 503;
      ctx.body = wp.problem;
      return;
    }
    await new Promise((resolve, reject) => {
      const upstream = request(
        {
          host: '127.0.0.1',
          port: wp.port,
          path: ctx.url,
          method: ctx.method,
          headers: { ...ctx.headers, host: ctx.host },
        },
        (res) => {
          ctx.status = res.statusCode ?? 502;
          for (const [k, v] of Object.entries(res.headers))
            if (!['connection', 'transfer-encoding'].includes(k) && v) ctx.set(k, v);
          ctx.body = res;
          resolve();
        },
      );
      upstream.on('error', reject);
      ctx.req.pipe(upstream);
    });
  };
}
