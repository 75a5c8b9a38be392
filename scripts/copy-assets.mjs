// Copies the published data files into dist/: JSON Schemas, eligibility definitions, the
// bundled signatories registry as JSON, the hand-written theme presets (tokens/themes/*.css);
// then writes dist/integrity.json (scripts/integrity.mjs), last, so it covers every CDN file.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { writeIntegrity } from './integrity.mjs';

mkdirSync('dist/schemas', { recursive: true });
copyFileSync('src/eligibility/definition.schema.json', 'dist/schemas/eligibility-definition.schema.json');
copyFileSync('src/endorsement/registry.schema.json', 'dist/schemas/signatories-registry.schema.json');
mkdirSync('dist/definitions', { recursive: true });
for (const f of readdirSync('src/eligibility/definitions'))
  copyFileSync(`src/eligibility/definitions/${f}`, `dist/definitions/${f}`);
mkdirSync('dist/tokens/themes', { recursive: true });
for (const f of readdirSync('tokens/themes').filter((f) => f.endsWith('.css')))
  copyFileSync(`tokens/themes/${f}`, `dist/tokens/themes/${f}`);
console.log('assets: schemas, definitions and theme presets copied to dist/');
const { files } = writeIntegrity();
console.log(`integrity: sha384 of ${Object.keys(files).length} CDN files → dist/integrity.json`);
