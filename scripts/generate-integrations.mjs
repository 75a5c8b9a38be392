// Framework and editor integration from custom-elements.json (run by `npm run analyze`, after the analyzer).
//
//   custom-elements.json               completed in place: every event typed from src/core/events.ts (the one
//                                      map of events and details), every attribute given a `parsedType` that
//                                      lists its literal values ("small" | "medium" | "large" | string)
//   src/react/index.ts                 React 18/19 wrappers (@lit/react), events as typed onLdc… props   ours
//   dist/jsx/react.d.ts, preact.d.ts   JSX element types, events as on<event-name>                      ours
//   dist/jsx/vue.d.ts                  Vue 3 GlobalComponents, events as onLdc…                           ours
//   dist/vscode.html-custom-data.json  VS Code HTML data           custom-element-vs-code-integration
//   dist/web-types.json                JetBrains web-types         custom-element-jet-brains-integration
//
// The ecosystem's generators were tried for the rest and fall short (CONTRIBUTING.md, "Generated
// integrations"): @wc-toolkit/jsx-types types `ref` so that React's and Preact's useRef() objects are
// refused; custom-element-react-wrappers replaces @lit/react with a runtime of its own, renames the exports
// and wraps CustomEvent<…> twice; custom-element-vuejs-integration names props and events as Volar does
// not look them up ("org-id", "onldc-step" where Volar checks orgId and onLdcStep).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })))
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
// An element without @tag would silently miss its wrapper, JSX types and docs.
for (const m of manifest.modules)
  for (const d of m.declarations ?? [])
    if (d.kind === 'class' && !d.tagName && d.superclass?.name === 'LdcElement')
      throw new Error(
        `generate-integrations: ${d.name} (${m.path}) extends LdcElement but its JSDoc has no @tag ldc-…`,
      );
const declarations = new Map(
  manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])),
);
const pascal = (s) => s.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const oneLine = (s = '') => s.replace(/\s+/g, ' ').trim();
const attrs = (el) => (el.attributes ?? []).filter((a) => a.name && a.fieldName);

// ---- Events: src/core/events.ts is the one map of event → detail type --------------------------------
const eventsSource = readFileSync('src/core/events.ts', 'utf8');
const detailOf = new Map(
  [...(/interface LdcEventDetails \{([^}]*)\}/.exec(eventsSource)?.[1] ?? '').matchAll(/'([a-z-]+)':\s*(\w+);/g)].map(
    (m) => [m[1], m[2]],
  ),
);
if (detailOf.size === 0) throw new Error('generate-integrations: no LdcEventDetails map in src/core/events.ts');
const untyped = [];
for (const el of elements) {
  for (const event of declarations.get(el.tagName).events ?? []) {
    const detail = detailOf.get(event.name);
    if (!detail) throw new Error(`${el.tagName} fires ${event.name}, which src/core/events.ts does not list`);
    const expected = `CustomEvent<${detail}>`;
    if (event.type?.text && event.type.text !== expected)
      throw new Error(
        `${el.tagName}: @fires {${event.type.text}} ${event.name}, but src/core/events.ts says ${expected}`,
      );
    if (!event.type?.text) untyped.push(`${el.tagName} ${event.name}`);
    event.type = { text: expected };
  }
}
if (untyped.length) console.log(`integrations: typed from src/core/events.ts (no JSDoc type): ${untyped.join(', ')}`);

// ---- Attribute types: the literal values behind aliases such as (typeof BADGE_SIZES)[number] ----------
// Each union member of a field's declared type is resolved by TypeScript in its own module; members that
// are literals or primitives are kept (`"small" | "medium" | "large" | string`). An attribute's value is
// always text, so object members (a WasteProvider) are left out of the attribute's type.
const program = ts.createProgram([...new Set(elements.map((el) => resolve(el.path)))], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  experimentalDecorators: true,
  resolveJsonModule: true,
  strict: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const PRIMITIVE = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike;
function fieldType(module, className, field) {
  const source = program.getSourceFile(resolve(module.replace(/^\//, '')));
  const cls = source?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === className);
  const prop = cls?.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText(source) === field);
  if (!prop) return undefined;
  const members = prop.type ? (ts.isUnionTypeNode(prop.type) ? prop.type.types : [prop.type]) : [prop];
  const texts = [];
  let complete = true;
  for (const node of members) {
    const type = prop.type ? checker.getTypeFromTypeNode(node) : checker.getTypeAtLocation(node);
    for (const t of type.isUnion() ? type.types : [type]) {
      if (t.flags & PRIMITIVE) texts.push(checker.typeToString(t));
      else if (!(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) complete = false;
    }
  }
  const unique = [...new Set(texts)];
  const text = (
    unique.includes('true') && unique.includes('false')
      ? ['boolean', ...unique.filter((t) => t !== 'true' && t !== 'false')]
      : unique
  ).join(' | ');
  return { text: text || 'string', complete };
}
const jsxTypes = new Map(); // "tag field" → type text for the JSX types
for (const el of elements) {
  const declaration = declarations.get(el.tagName);
  for (const attr of attrs(declaration)) {
    const from = attr.inheritedFrom ?? { name: el.name, module: el.path };
    const resolved = fieldType(from.module, from.name, attr.fieldName);
    if (!resolved) continue;
    attr.parsedType = { text: resolved.text };
    const member = declaration.members?.find((m) => m.name === attr.fieldName);
    if (member) member.parsedType = { text: resolved.text };
    // In TSX `"small" | string` collapses to string; `"small" | (string & {})` keeps "small" as a suggestion.
    const literals = resolved.text.includes('"');
    const jsx = resolved.text.split(' | ').map((t) => (literals && t === 'string' ? '(string & {})' : t));
    if (resolved.complete) jsxTypes.set(`${el.tagName} ${attr.fieldName}`, jsx.join(' | '));
  }
}
writeFileSync('custom-elements.json', JSON.stringify(manifest, null, 2));

// ---- React wrappers (ours: @lit/react's createComponent infers the props from the element class) -------
const reactName = (tag) => pascal(tag.replace(/^ldc-/, ''));
const details = [...new Set(elements.flatMap((el) => (el.events ?? []).map((e) => detailOf.get(e.name))))].sort();
const react = [
  '/* Generated by scripts/generate-integrations.mjs from custom-elements.json: do not edit. */',
  "import * as React from 'react';",
  "import { createComponent, type EventName } from '@lit/react';",
  `import type { ${details.join(', ')} } from '../core/events.js';`,
  ...elements.map((el) => `import { ${el.name} } from '../define/${el.tagName.replace(/^ldc-/, '')}.js';`),
  '',
  ...elements.map((el) => {
    const events = (declarations.get(el.tagName).events ?? [])
      .map((e) => `    on${pascal(e.name)}: '${e.name}' as EventName<${e.type.text}>,`)
      .join('\n');
    return `/** ${oneLine(el.summary ?? el.description)} */\nexport const ${reactName(el.tagName)} = createComponent({\n  tagName: '${el.tagName}',\n  elementClass: ${el.name},\n  react: React,\n  events: {\n${events}\n  },\n});\n`;
  }),
];
mkdirSync('src/react', { recursive: true });
writeFileSync('src/react/index.ts', react.join('\n'));

// ---- JSX types for React 19, Preact and Vue 3 (ours, see the top of this file) -----------------------------
// Each element's props: its attributes by attribute name, its settable properties by property name (React 19
// and Preact set a property when the element has one), typed as the literal values above or as the element
// class's own property type; and each event as a handler of CustomEvent<its detail>.
const className = (el) => el.name;
function jsxProps(el, framework) {
  const d = declarations.get(el.tagName);
  const type = (field) => jsxTypes.get(`${el.tagName} ${field}`) ?? `${className(el)}['${field}']`;
  const doc = (text) => `/** ${oneLine(text)} */`;
  const lines = new Map();
  for (const a of attrs(d)) {
    if (framework !== 'vue') lines.set(a.name, [doc(a.description), type(a.fieldName)]);
    lines.set(a.fieldName, [doc(a.description), type(a.fieldName)]);
  }
  for (const m of d.members ?? []) {
    const settable = m.kind === 'field' && !m.static && !m.readonly && !m.privacy && !m.name.startsWith('#');
    if (settable && !lines.has(m.name)) lines.set(m.name, [doc(m.description), type(m.name)]);
  }
  // React 19 and Preact listen for "ldc-step" on a custom element given onldc-step; Vue's @ldc-step is onLdcStep.
  for (const e of d.events ?? [])
    lines.set(framework === 'vue' ? `on${pascal(e.name)}` : `on${e.name}`, [
      doc(e.description),
      `(event: ${e.type.text}) => void`,
    ]);
  const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
  return [...lines].map(([name, [comment, t]]) => `${comment}\n${key(name)}?: ${t};`).join('\n');
}
const indent = (text, n) => text.replace(/^/gm, ' '.repeat(n));
const typeImports = [
  `import type { ${details.join(', ')} } from '../core/events.js';`,
  ...elements.map((el) => `import type { ${el.name} } from '../define/${el.tagName.replace(/^ldc-/, '')}.js';`),
];
const intrinsic = (base) =>
  elements
    .map(
      (el) =>
        `/** ${oneLine(el.summary)} */\n'${el.tagName}': ${base(el.name)} & {\n${indent(jsxProps(el, 'jsx'), 2)}\n};`,
    )
    .join('\n');
const header = (what) => `/* Generated by scripts/generate-integrations.mjs from custom-elements.json: ${what}. */`;
mkdirSync('dist/jsx', { recursive: true });
writeFileSync(
  'dist/jsx/react.d.ts',
  [
    header('React 19 JSX types'),
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    ...typeImports,
    "declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {",
    indent(
      intrinsic((c) => `DetailedHTMLProps<HTMLAttributes<${c}>, ${c}>`),
      6,
    ),
    '    }\n  }\n}\nexport {};\n',
  ].join('\n'),
);
writeFileSync(
  'dist/jsx/preact.d.ts',
  [
    header('Preact JSX types'),
    "import type { HTMLAttributes } from 'preact';",
    ...typeImports,
    "declare module 'preact' {\n  namespace JSX {\n    interface IntrinsicElements {",
    indent(
      intrinsic((c) => `HTMLAttributes<${c}>`),
      6,
    ),
    '    }\n  }\n}\nexport {};\n',
  ].join('\n'),
);
writeFileSync(
  'dist/jsx/vue.d.ts',
  [
    header('Vue 3 template types (camelCase props and onLdc… handlers, the names Volar checks)'),
    "import type { DefineComponent } from 'vue';",
    ...typeImports,
    "declare module 'vue' {\n  interface GlobalComponents {",
    ...elements.map(
      (el) =>
        `    /** ${oneLine(el.summary)} */\n    '${el.tagName}': DefineComponent<{\n${indent(jsxProps(el, 'vue'), 6)}\n    }>;`,
    ),
    '  }\n}\nexport {};\n',
  ].join('\n'),
);

// ---- Editors ------------------------------------------------------------------------------------------
const editor = { outdir: 'dist', exclude: ['LdcElement'], typesSrc: 'parsedType', hideLogs: true };
generateVsCodeCustomElementData(structuredClone(manifest), {
  ...editor,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: null,
});
generateJetBrainsWebTypes(structuredClone(manifest), { ...editor, webTypesFileName: 'web-types.json' });
console.log(`integrations: ${elements.length} elements → src/react/index.ts, dist/jsx/*.d.ts, IDE data`);
