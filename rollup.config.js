// Builds ESM into dist/: one file per entry (preserveModules), production Lit, minified.
// Type declarations come from `tsc -p tsconfig.build.json --emitDeclarationOnly` (npm run build).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { readdirSync } from 'node:fs';

const defineEntries = (() => {
  try {
    return readdirSync('src/define')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `src/define/${f}`);
  } catch {
    return [];
  }
})();

const plugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  {
    input: ['src/index.ts', 'src/patterns/index.ts', ...defineEntries],
    external: [/^lit/, /^@lit\//],
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: plugins(),
  },
  {
    // Patterns and Lit in one file: what the foundation costs a page (size measured in the closing note).
    input: 'src/patterns/index.ts',
    output: { file: 'dist/bundle/patterns.bundle.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
];
