// The build's literal minifier (scripts/build/minify-literals.mjs): what it removes, and what it
// must never touch. Run by `npm run test:cli` (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
import { minifyCssParts, minifyHtmlParts, minifyModule, readTokens } from '../../scripts/build/minify-literals.mjs';

test('CSS: whitespace and comments go, one space stays where tokens need it', () => {
  assert.deepEqual(
    minifyCssParts([
      '\n  /* a comment */\n  .a > .b,\n  .c .d:hover {\n    margin: 0 0 10px;\n    color: red !important;\n  }\n',
    ]),
    ['.a>.b,.c .d:hover{margin:0 0 10px;color:red!important}'],
  );
});

test('CSS: interpolations in values keep their spaces; blocks lose theirs', () => {
  // margin: 0 ${a} ${b} 0; and a whole block interpolated: .x { ${block} }
  assert.deepEqual(minifyCssParts(['\n  .m {\n    margin: 0 ', ' ', ' 0;\n  }\n  .x {\n    ', '\n  }\n']), [
    '.m{margin:0 ',
    ' ',
    ' 0}.x{',
    '}',
  ]);
  // border: ${w} solid ${c}; and color: ${c}; before the end of the rule
  assert.deepEqual(minifyCssParts(['.b { border: ', ' solid ', '; color: ', '; }']), [
    '.b{border:',
    ' solid ',
    ';color:',
    '}',
  ]);
});

test('CSS: a literal interpolated into a block keeps its last semicolon (something may follow it)', () => {
  assert.deepEqual(minifyCssParts(['\n  outline: ', ' solid transparent;\n  text-decoration: none;\n']), [
    'outline:',
    ' solid transparent;text-decoration:none;',
  ]);
});

test('CSS: never joins a descendant selector with a pseudo-class, nor touches calc() or strings', () => {
  assert.deepEqual(minifyCssParts(['.a :is(.b) { width: calc(100% - 2px + 1em); }']), [
    '.a :is(.b){width:calc(100% - 2px + 1em)}',
  ]);
  assert.deepEqual(minifyCssParts([".p::after { content: ' (' attr(href) ')'; } [class*='width one'] { x: y }"]), [
    ".p::after{content:' (' attr(href) ')'}[class*='width one']{x:y}",
  ]);
  assert.deepEqual(minifyCssParts(['.q { content: "a \\" b ; }"; }']), ['.q{content:"a \\" b ; }"}']);
  assert.deepEqual(minifyCssParts(['@media (max-width: 640px) and (forced-colors: active) {\n  .x { y: z; }\n}']), [
    '@media (max-width:640px) and (forced-colors:active){.x{y:z}}',
  ]);
});

test('CSS: a string or comment across an interpolation leaves the literal alone', () => {
  assert.equal(minifyCssParts(["a { content: '", "'; }"]), null);
  assert.equal(minifyCssParts(['a { /* ', ' */ }']), null);
});

test('HTML: line breaks and indentation become one space, nothing else changes', () => {
  assert.deepEqual(
    minifyHtmlParts([
      '<div class="a  b" part="x">\n    <input\n      id=',
      '\n      .checked=',
      '\n    />\n    ',
      '\n  </div>',
    ]),
    ['<div class="a  b" part="x"> <input id=', ' .checked=', ' /> ', ' </div>'],
  );
  // At the very start and end of a template, beside a tag, formatting whitespace goes.
  assert.deepEqual(minifyHtmlParts(['\n  <p>', '</p>\n']), ['<p>', '</p>']);
  // Spaces without a line break are words' spaces: kept as written.
  assert.deepEqual(minifyHtmlParts(['<span>a</span> ', ' <b>x</b>']), ['<span>a</span> ', ' <b>x</b>']);
  // Text at the edges is not formatting: one space stays.
  assert.deepEqual(minifyHtmlParts(['\n  text ', '\n']), [' text ', ' ']);
});

test('a module: only css`, html` and svg` literals change, the map follows', () => {
  const code = [
    "import { css, html } from 'lit';",
    'const s = css`\n  .a {\n    color: ${x};\n  }\n`;',
    'const t = html`<p>\n  ${y}\n</p>`;',
    'const u = other`\n  keep   this\n`;',
    'const v = `\n  plain\n`;',
  ].join('\n');
  const r = minifyModule(code, parseAst(code), 'x.js');
  assert.equal(
    r.code,
    [
      "import { css, html } from 'lit';",
      'const s = css`.a{color:${x}}`;',
      'const t = html`<p> ${y} </p>`;',
      'const u = other`\n  keep   this\n`;',
      'const v = `\n  plain\n`;',
    ].join('\n'),
  );
  assert.equal(r.map.sources[0], 'x.js');
});

test('tokens: literal token() calls in css` become their text; others stay interpolations', () => {
  const tokens = readTokens();
  assert.equal(tokens.get('color-text'), 'var(--ldc-color-text, #0b0c0c)');
  // An alias falls back through the token it defaults to, as core/css.ts does.
  assert.equal(tokens.get('color-button'), 'var(--ldc-color-button, var(--ldc-color-success, #0f7a52))');
  const code = [
    "import { css } from 'lit';",
    "import { token } from '../core/css.js';",
    "const s = css`\n  .a {\n    margin: 0 ${token('color-text')};\n    fill: ${token(name)};\n    color: ${token('color-button')};\n  }\n`;",
  ].join('\n');
  const r = minifyModule(code, parseAst(code), 'x.js', tokens);
  assert.equal(
    r.code.split('\n').at(-1),
    'const s = css`.a{margin:0 var(--ldc-color-text,#0b0c0c);fill:${token(name)};color:var(--ldc-color-button,var(--ldc-color-success,#0f7a52))}`;',
  );
  // Without the import from core/css.js, token() is someone else's function: left alone.
  const other = "import { css } from 'lit';\nconst s = css`a { b: ${token('color-text')}; }`;";
  assert.equal(
    minifyModule(other, parseAst(other), 'y.js', tokens).code.split('\n')[1],
    "const s = css`a{b:${token('color-text')}}`;",
  );
});
