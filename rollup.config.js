// Builds ESM into dist/: one file per entry (preserveModules), production Lit, minified.
// Type declarations come from `tsc -p tsconfig.build.json --emitDeclarationOnly` (npm run build).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';

const defineEntries = (() => {
  try {
    return readdirSync('src/define')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `src/define/${f}`);
  } catch {
    return [];
  }
})();

const plugins = (outDir = 'dist') => [
  nodeResolve({ exportConditions: ['production'] }),
  json({ compact: true, preferConst: true }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true, outDir }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  {
    input: ['src/index.ts', 'src/patterns/index.ts', ...defineEntries],
    external: [/^lit/, /^@lit\//],
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: plugins(),
  },
  // Self-contained files with Lit included: what each costs a page that loads nothing else.
  ...['src/patterns/index.ts', ...defineEntries].map((input) => {
    const dir = `dist/bundle/${input === 'src/patterns/index.ts' ? 'patterns' : basename(input, '.ts')}`;
    return {
      input,
      output: {
        // A folder each: the Blue Badge checker loads each nation's rules as a chunk of its own.
        dir,
        entryFileNames: '[name].bundle.js',
        chunkFileNames: '[name]-[hash].js',
        format: 'es',
        sourcemap: true,
      },
      plugins: plugins(dir),
    };
  }),
];
