// The Welsh catalogue is complete and current (npm test runs this in lint):
//   1. xliff/cy.xlf holds every msg() in src/ — nothing added or changed since `lit-localize extract`;
//   2. every message has a Welsh <target>;
//   3. src/locales/cy.ts is what `lit-localize build` makes from the XLIFF.
// It runs lit-localize against copies in a temporary folder, so it changes nothing.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = process.cwd();
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'ldc-i18n-'));
const problems = [];
try {
  cpSync('xliff', join(tmp, 'xliff'), { recursive: true });
  const checkConfig = {
    ...config,
    tsConfig: resolve(root, config.tsConfig),
    inputFiles: config.inputFiles.map((f) => resolve(root, f)),
    output: { ...config.output, outputDir: join(tmp, 'locales') },
    interchange: { ...config.interchange, xliffDir: join(tmp, 'xliff') },
  };
  const configFile = join(tmp, 'lit-localize.json');
  writeFileSync(configFile, JSON.stringify(checkConfig));
  const run = (cmd) =>
    execFileSync(join(root, 'node_modules/.bin/lit-localize'), [cmd, '--config', configFile], { encoding: 'utf8' });

  run('extract');
  for (const locale of config.targetLocales) {
    const committed = readFileSync(join('xliff', `${locale}.xlf`), 'utf8');
    const fresh = readFileSync(join(tmp, 'xliff', `${locale}.xlf`), 'utf8');
    if (fresh !== committed)
      problems.push(`xliff/${locale}.xlf is out of date with the msg() calls in src/: run npx lit-localize extract`);
    const units = [...fresh.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    const missing = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body));
    for (const [, id, body] of missing)
      problems.push(
        `xliff/${locale}.xlf: ${id} has no ${locale} translation: ${/<source>([\s\S]*?)<\/source>/.exec(body)?.[1]}`,
      );
    console.log(`i18n: ${units.length} messages, ${units.length - missing.length} translated into ${locale}`);
  }
  run('build');
  for (const locale of config.targetLocales) {
    const built = readFileSync(join(tmp, 'locales', `${locale}.ts`), 'utf8');
    const committed = readFileSync(join(config.output.outputDir, `${locale}.ts`), 'utf8');
    if (built !== committed)
      problems.push(
        `${config.output.outputDir}/${locale}.ts is out of date with xliff/${locale}.xlf: run npx lit-localize build`,
      );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
for (const p of problems) console.error(p);
if (problems.length) process.exit(1);
