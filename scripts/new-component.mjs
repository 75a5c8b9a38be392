// npm run new:component <name>               a new component, ready for npm test
// npm run new:component -- --remove <name>   takes away exactly what the first command made
//
// Creates (from scripts/templates/component/):
//   src/components/<name>/<name>.ts        class Ldc<Name> extends LdcElement, documented with JSDoc
//   src/components/<name>/<name>.styles.ts
//   src/define/<name>.ts                   defineElement('ldc-<name>', Ldc<Name>)
//   stories/components/<name>.stories.ts   picked up by the story tests (settle, show something, axe)
//   stories/components/<Name>.mdx          docs stub
//   test/components/<name>.test.ts         error guard, a real key press, axe
// and registers:
//   package.json exports "./<name>.js"     check-package wants every packed file reachable from an export
//   src/cdn.ts                             the one-script bundle defines it too
//   src/core/events.ts, src/index.ts       its event ldc-<name>-continue and the exported detail type
// Rollup, the size budgets (build/bundles/<name>) and the integrations (npm run analyze) find the
// define file by themselves.
import { existsSync, mkdirSync, readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as prettier from 'prettier';

const args = process.argv.slice(2);
const remove = args.includes('--remove');
const name = args.find((a) => !a.startsWith('--'));
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) || name.startsWith('ldc-')) {
  console.error(
    'usage: npm run new:component <name>   (lower case words joined by hyphens, without ldc-: bin-reminder)',
  );
  console.error('       npm run new:component -- --remove <name>');
  process.exit(1);
}
const Name = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const camel = Name[0].toLowerCase() + Name.slice(1);
const Title = name[0].toUpperCase() + name.slice(1).replaceAll('-', ' ');
const fill = (text) =>
  text
    .replaceAll('__name__', name)
    .replaceAll('__Name__', Name)
    .replaceAll('__camel__', camel)
    .replaceAll('__Title__', Title);

const files = {
  [`src/components/${name}/${name}.ts`]: 'element.ts',
  [`src/components/${name}/${name}.styles.ts`]: 'styles.ts',
  [`src/define/${name}.ts`]: 'define.ts',
  [`stories/components/${name}.stories.ts`]: 'stories.ts',
  [`stories/components/${Name}.mdx`]: 'docs.mdx',
  [`test/components/${name}.test.ts`]: 'test.ts',
};

/** A registration: text inserted before an anchor in a file, and taken out again by --remove. */
const registrations = [
  {
    file: 'package.json',
    anchor: '    "./cdn/ldc.js": ',
    text: `    "./${name}.js": {\n      "types": "./dist/define/${name}.d.ts",\n      "import": "./dist/define/${name}.js"\n    },\n`,
  },
  { file: 'src/cdn.ts', anchor: null, text: `import './define/${name}.js';\n` },
  {
    file: 'src/core/events.ts',
    anchor: '/** Event name → detail type, for every `ldc-*` event. */',
    text: `/** \`ldc-${name}-continue\`: the resident pressed Continue in <ldc-${name}>. */\nexport interface Ldc${Name}ContinueDetail {\n  /** How many times the resident has pressed Continue. */\n  count: number;\n}\n\n`,
  },
  { file: 'src/index.ts', anchor: "} from './core/events.js';", text: `  Ldc${Name}ContinueDetail,\n` },
  {
    file: 'src/core/events.ts',
    anchor: /(export interface LdcEventDetails \{[^}]*?)(\n\})/,
    text: `\n  'ldc-${name}-continue': Ldc${Name}ContinueDetail;`,
  },
];

function register({ file, anchor, text }) {
  const source = readFileSync(file, 'utf8');
  let next;
  if (anchor === null) next = source + text;
  else if (anchor instanceof RegExp) next = source.replace(anchor, (_, body, end) => body + text + end);
  else if (source.includes(anchor)) next = source.replace(anchor, text + anchor);
  if (!next || next === source) throw new Error(`new:component: cannot find where to register ${name} in ${file}`);
  writeFileSync(file, next);
}

function unregister({ file, text }) {
  const source = readFileSync(file, 'utf8');
  if (source.includes(text)) writeFileSync(file, source.replace(text, ''));
  else console.log(`  ${file}: nothing of ${name} to take out`);
}

if (remove) {
  for (const path of Object.keys(files))
    if (existsSync(path)) {
      rmSync(path);
      console.log(`  removed ${path}`);
    }
  if (existsSync(`src/components/${name}`)) rmdirSync(`src/components/${name}`);
  for (const r of [...registrations].reverse()) unregister(r);
  console.log(`ldc-${name} removed. Run npm run analyze to regenerate the manifest and the React wrappers.`);
  process.exit(0);
}

const taken = Object.keys(files).filter((path) => existsSync(path));
if (taken.length || existsSync(`src/components/${name}`)) {
  console.error(`new:component: ${name} exists already (${taken.join(', ') || `src/components/${name}`})`);
  process.exit(1);
}
for (const [path, template] of Object.entries(files)) {
  const text = fill(readFileSync(new URL(`./templates/component/${template}.tmpl`, import.meta.url), 'utf8'));
  const options = { ...(await prettier.resolveConfig(path)), filepath: path };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await prettier.format(text, options));
  console.log(`  created ${path}`);
}
for (const r of registrations) register(r);
console.log(`  registered in package.json (exports ./${name}.js), src/cdn.ts and src/core/events.ts (ldc-${name}-continue)
ldc-${name} is ready. Next:
  npm run analyze                                  manifest, React wrappers, JSX types
  WTR_BROWSERS=chromium npx wtr --files test/components/${name}.test.ts test/stories.test.ts
  npm test                                         everything, as CI runs it
Remove it again with: npm run new:component -- --remove ${name}`);
