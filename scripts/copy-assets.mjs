// Copies the published data files into dist/: JSON Schemas, eligibility definitions, the
// bundled signatories registry as JSON.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

mkdirSync('dist/schemas', { recursive: true });
copyFileSync('src/eligibility/definition.schema.json', 'dist/schemas/eligibility-definition.schema.json');
copyFileSync('src/endorsement/registry.schema.json', 'dist/schemas/signatories-registry.schema.json');
mkdirSync('dist/definitions', { recursive: true });
for (const f of readdirSync('src/eligibility/definitions'))
  copyFileSync(`src/eligibility/definitions/${f}`, `dist/definitions/${f}`);
console.log('assets: schemas and definitions copied to dist/');
