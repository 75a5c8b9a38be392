import { defineConfig } from 'vite';

// The standalone configurator page. `npm run build:configurator` writes it to build/examples/configurator
// (the tests open it there); `npm run build-storybook` writes it again into storybook-static/configurator,
// beside the documentation that links to it. Relative paths, so any static host and any folder work.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: '../../build/examples/configurator', emptyOutDir: true },
  logLevel: 'warn',
});
