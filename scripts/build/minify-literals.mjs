// Minifies the CSS and HTML inside Lit's tagged template literals (css`…`, html`…`, svg`…`) at
// build time, in our own sources only.
//
// Why our own: the off-the-shelf minifiers parse the CSS with a placeholder for each `${…}`, and
// ours interpolates tokens inside values (`border: ${token('border-form')} solid ${token(…)}`) and
// whole declaration blocks (`${focusText}`): @lit-labs/rollup-plugin-minify-html-literals 0.2.0
// stops with "Unexpected token Semicolon" and "splitHTMLByPlaceholder() must return same number of
// strings as template parts" on src/patterns/styles/, and minify-literals 2.x needs Node 22.
//
// So this does only what is safe without knowing what an interpolation holds:
//   CSS:  comments go; whitespace next to { } ; , > ! and after : goes; other runs become one
//         space (a run between two interpolations stays one space: `${a} ${b}`); `;` before `}`
//         goes. Strings ('…', "…") are kept as written. Whitespace *before* `:` is kept
//         (`.a :hover` is not `.a:hover`), and around `+` and `~` (calc() needs it).
//   HTML: a run of whitespace that holds a line break (formatting) becomes one space, which is what
//         HTML's own whitespace collapsing renders anyway; at the very start or end of a template
//         beside a tag it goes. Nothing else changes: no attribute, quote or tag is touched.
// If a CSS string or comment would span an interpolation, that literal is left as it is.
//
// Design tokens: `${token('space-4')}` in a css`…` literal of a module that imports `token` from
// core/css.js becomes the text token() returns (`var(--ldc-space-4, 15px)`), so the CSS is one
// string and an entry whose CSS names only literal tokens does not carry the token table.
import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';

const TAGS = new Set(['css', 'html', 'svg']);
const DROP_AFTER = new Set(['{', '}', ';', ',', '>', ':']);
const DROP_BEFORE = new Set(['{', '}', ';', ',', '>', '!']);
const EDGE = Symbol('edge'); // the start or end of the whole literal
const EXPR = Symbol('expression'); // an interpolation

/** The CSS of one css`…` literal, as its raw parts between interpolations; null to leave it alone. */
export function minifyCssParts(parts) {
  const out = [];
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p];
    // Tokens: { ws: true } for whitespace and comments, { text, structural } for the rest.
    const tokens = [];
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) return null; // a comment across an interpolation
        tokens.push({ ws: true }); // a comment separates like whitespace
        i = end + 2;
      } else if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
        if (j >= text.length) return null; // a string across an interpolation
        tokens.push({ text: text.slice(i, j + 1), structural: false });
        i = j + 1;
      } else if (/\s/.test(c)) {
        tokens.push({ ws: true });
        i++;
      } else {
        tokens.push({ text: c, structural: true });
        i++;
      }
    }
    const before = p === 0 ? EDGE : EXPR;
    const after = p === parts.length - 1 ? EDGE : EXPR;
    let result = '';
    let prev = before; // the last token emitted: a character, a string ('x'), EDGE or EXPR
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.ws) {
        if (tokens[k + 1]?.ws) continue; // one decision per run
        const next = tokens[k + 1] ?? { edge: after };
        const keep =
          prev !== EDGE &&
          next.edge !== EDGE &&
          !(typeof prev === 'string' && DROP_AFTER.has(prev)) &&
          !(next.structural && DROP_BEFORE.has(next.text));
        if (keep) result += ' ';
        continue;
      }
      if (t.structural && t.text === '}' && prev === ';' && result.endsWith(';')) result = result.slice(0, -1);
      result += t.text;
      prev = t.structural ? t.text : 'x';
    }
    out.push(result);
  }
  return out;
}

/** The HTML of one html`…` or svg`…` literal, as its raw parts between interpolations. */
export function minifyHtmlParts(parts) {
  return parts.map((text, p) =>
    text.replace(/\s*\n\s*/g, (run, offset) => {
      const atStart = p === 0 && offset === 0;
      const atEnd = p === parts.length - 1 && offset + run.length === text.length;
      if (atStart && text[offset + run.length] === '<') return '';
      if (atEnd && text[offset - 1] === '>') return '';
      return ' ';
    }),
  );
}

/** Every node of an ESTree AST, depth first. */
function* walk(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n);
    return;
  }
  if (typeof node.type === 'string') yield node;
  for (const key of Object.keys(node)) if (key !== 'type') yield* walk(node[key]);
}

/** token(name) as core/css.ts computes it, from src/core/tokens.generated.ts's two tables. */
export function readTokens(file = 'src/core/tokens.generated.ts') {
  const source = readFileSync(file, 'utf8');
  const table = (name) => {
    const m = source.match(new RegExp(`export const ${name}\\b[^=]*= (\\{[\\s\\S]*?\\n\\})`));
    if (!m) throw new Error(`minify-literals: no ${name} in ${file}`);
    return JSON.parse(m[1].replace(/,(\s*\})$/, '$1'));
  };
  const tokens = table('tokens');
  const aliases = table('tokenAliases');
  const value = (name) => `var(--ldc-${name}, ${aliases[name] ? value(aliases[name]) : tokens[name]})`;
  return new Map(Object.keys(tokens).map((name) => [name, value(name)]));
}

/** Text for a template literal's raw part: nothing in it may end the literal or start an interpolation. */
const rawText = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** Whether the module imports `token` from core/css.js under that name. */
const importsToken = (ast) =>
  ast.body.some(
    (n) =>
      n.type === 'ImportDeclaration' &&
      /\/core\/css\.js$/.test(n.source.value) &&
      n.specifiers.some((x) => x.type === 'ImportSpecifier' && x.local.name === 'token' && x.imported.name === 'token'),
  );

/**
 * Minifies the literals in one module's code (and inlines literal tokens when `tokens` is given);
 * returns { code, map } or null when nothing changed.
 */
export function minifyModule(code, ast, id, tokens) {
  const s = new MagicString(code);
  const inline = tokens && importsToken(ast) ? tokens : null;
  let changed = false;
  for (const node of walk(ast)) {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name))
      continue;
    const { quasis, expressions } = node.quasi;
    if (quasis.some((q) => code.slice(q.start, q.end) !== q.value.raw)) continue; // not as expected: leave it
    // Parts between the expressions that stay, with literal tokens folded into the text around them,
    // and the source range each part replaces (a part and its folded tokens hold no other literal, so
    // nested literals, edited on their own, never overlap).
    const parts = [quasis[0].value.raw];
    const ranges = [[quasis[0].start, quasis[0].end]];
    expressions.forEach((e, i) => {
      const value =
        node.tag.name === 'css' &&
        inline &&
        e.type === 'CallExpression' &&
        e.callee.type === 'Identifier' &&
        e.callee.name === 'token' &&
        e.arguments.length === 1 &&
        e.arguments[0].type === 'Literal' &&
        inline.get(e.arguments[0].value);
      const next = quasis[i + 1];
      if (value) {
        parts[parts.length - 1] += rawText(value) + next.value.raw;
        ranges[ranges.length - 1][1] = next.end;
      } else {
        parts.push(next.value.raw);
        ranges.push([next.start, next.end]);
      }
    });
    const minified = (node.tag.name === 'css' ? minifyCssParts(parts) : minifyHtmlParts(parts)) ?? parts;
    minified.forEach((text, k) => {
      const [from, to] = ranges[k];
      if (text === code.slice(from, to)) return;
      changed = true;
      if (text === '') s.remove(from, to);
      else s.overwrite(from, to, text);
    });
  }
  return changed ? { code: s.toString(), map: s.generateMap({ hires: true, source: id }) } : null;
}

/** Rollup plugin: after TypeScript, for modules whose id matches `include`. */
export function minifyLiterals({ include = /[/\\]src[/\\].*\.ts$/, tokensFile } = {}) {
  let tokens;
  return {
    name: 'ldc-minify-literals',
    buildStart() {
      tokens = readTokens(tokensFile);
      this.addWatchFile(tokensFile ?? 'src/core/tokens.generated.ts');
    },
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
      return minifyModule(code, this.parse(code), id, tokens);
    },
  };
}
