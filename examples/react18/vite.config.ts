import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { packageAlias } from '../shared/package-alias.ts';

// The same app as examples/react, built against React 18. This folder is an npm workspace, so
// React 18 is installed in examples/react18/node_modules beside the React 19 at the root; every
// "react…" import (the app's, the JSX runtime's and the package's wrappers) is sent there, so the
// page holds exactly one React, version 18.
const react18 = fileURLToPath(new URL('./node_modules/', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('../react/', import.meta.url)),
  base: './',
  resolve: {
    alias: [{ find: /^(react|react-dom)(\/.*)?$/, replacement: `${react18}$1$2` }, ...packageAlias],
  },
  build: { outDir: fileURLToPath(new URL('../../build/examples/react18/', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
