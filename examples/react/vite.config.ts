import { defineConfig } from 'vite';
import { packageAlias } from '../shared/package-alias.ts';

// Only the alias is special: it resolves the package from this repository (see package-alias.ts).
export default defineConfig({
  base: './',
  resolve: { alias: packageAlias },
  build: { outDir: '../../build/examples/react', emptyOutDir: true },
  logLevel: 'warn',
});
