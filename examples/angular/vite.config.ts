import { defineConfig } from 'vite';
import { packageAlias } from '../shared/package-alias.ts';

// The package alias resolves @local-digital/components from this repository (see package-alias.ts).
export default defineConfig({
  base: './',
  resolve: { alias: packageAlias },
  build: { outDir: '../../build/examples/angular', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
