// Serves a virtual module that imports every stories file, so the story test checks a new
// story without anyone editing it: import modules from 'ldc-all-stories'.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function find(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith('.stories.ts')) out.push(path);
  }
  return out;
}

export function allStoriesPlugin() {
  return {
    name: 'ldc-all-stories',
    resolveImport({ source }) {
      return source === 'ldc-all-stories' ? '/__ldc/all-stories.js' : undefined;
    },
    serve(context) {
      if (context.path !== '/__ldc/all-stories.js') return undefined;
      const files = find(join(process.cwd(), 'stories')).map((f) => relative(process.cwd(), f));
      const body =
        files.map((f, i) => `import * as m${i} from '/${f}';`).join('\n') +
        `\nexport default {\n${files.map((f, i) => `  ${JSON.stringify(f)}: m${i},`).join('\n')}\n};\n`;
      return { body, type: 'js' };
    },
  };
}
