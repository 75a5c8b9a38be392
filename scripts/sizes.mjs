// Prints the size of each self-contained bundle in dist/bundle (Lit included):
// minified, gzip -9 and brotli -q 11 bytes. Run after `npm run build`: `npm run sizes`.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = 'dist/bundle';
const rows = readdirSync(dir, { recursive: true })
  .filter((f) => f.endsWith('.js'))
  .sort()
  .map((f) => {
    const buf = readFileSync(`${dir}/${f}`);
    const gzip = gzipSync(buf, { level: 9 }).length;
    const brotli = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { file: f, min: buf.length, gzip, brotli };
  });
console.log(
  '| file (entries *.bundle.js include Lit; other files are chunks loaded on demand) | minified | gzip | brotli |\n| --- | ---: | ---: | ---: |',
);
for (const r of rows) console.log(`| ${r.file} | ${r.min} | ${r.gzip} | ${r.brotli} |`);
