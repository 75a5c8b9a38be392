import { expect, fixture, html } from '@open-wc/testing';
import { tokens } from '../../src/core/tokens.generated.js';
import '../../stories/support/pattern-preview.js';
import '../support/guard.js';
import { button } from '../../src/patterns/index.js';

type Tree = { [key: string]: Tree | string | undefined };

/** Every token path in a DTCG file ("$"-keys are metadata, a "$value" marks a token). */
function tokenNames(tree: Tree, path: string[] = []): string[] {
  if ('$value' in tree) return [path.join('-')];
  return Object.entries(tree)
    .filter(([k, v]) => !k.startsWith('$') && typeof v === 'object')
    .flatMap(([k, v]) => tokenNames(v as Tree, [...path, k]));
}

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.ok, url).to.be.true;
  return res.text();
}

describe('design tokens build', () => {
  let names: string[] = [];
  before(async () => {
    for (const file of ['color', 'typography', 'layout'])
      names.push(...tokenNames(JSON.parse(await text(`/raw/tokens/base/${file}.json`)) as Tree));
    names = [...new Set(names)];
  });

  it('reads a sensible number of tokens from tokens/', () => {
    expect(names.length).to.be.greaterThan(50);
    expect(names).to.include('color-bin-green');
  });

  it('writes every token to tokens.css, tokens.json, tokens.ts and the components’ defaults', async () => {
    const css = await text('/raw/dist/tokens/tokens.css');
    const json = JSON.parse(await text('/raw/dist/tokens/tokens.json')) as Record<string, string>;
    const ts = await text('/raw/dist/tokens/tokens.ts');
    const missing = names.filter(
      (n) => !css.includes(`--ldc-${n}:`) || !(n in json) || !ts.includes(`"${n}"`) || !(n in tokens),
    );
    expect(missing).to.deep.equal([]);
    expect(json['color-text']).to.equal('#0b0c0c');
  });

  it('writes each example theme as CSS scoped to data-ldc-theme', async () => {
    const css = await text('/raw/dist/tokens/themes/westmere.css');
    expect(css).to.contain('[data-ldc-theme="westmere"]');
    expect(css).to.contain('--ldc-color-brand: #8a1538');
  });
});

describe('components without the token stylesheet', () => {
  const colour = (el: Element, prop: 'color' | 'backgroundColor') => getComputedStyle(el)[prop];

  it('render with the default token values', async () => {
    const el = await fixture(
      html`<ldc-pattern-preview .content=${() => button({ text: 'Continue' })}></ldc-pattern-preview>`,
    );
    const btn = el.shadowRoot!.querySelector('button')!;
    expect(colour(btn, 'backgroundColor')).to.equal('rgb(15, 122, 82)'); // success #0f7a52
    expect(colour(btn, 'color')).to.equal('rgb(255, 255, 255)');
  });

  it('take a council’s override of any --ldc-* property, through aliases too', async () => {
    const wrapper = await fixture(
      html`<div style="--ldc-color-success: #2b5d34">
        <ldc-pattern-preview .content=${() => button({ text: 'Continue' })}></ldc-pattern-preview>
      </div>`,
    );
    const btn = wrapper.querySelector('ldc-pattern-preview')!.shadowRoot!.querySelector('button')!;
    expect(colour(btn, 'backgroundColor')).to.equal('rgb(43, 93, 52)');
  });
});

describe('locale', () => {
  it('treats a bare "en" page as British English, keeps Welsh, and never passes an unusable tag on', async () => {
    const { ukLocale } = await import('../../src/core/locale.js');
    expect(ukLocale('en')).to.equal('en-GB');
    expect(ukLocale('en-US')).to.equal('en-GB');
    expect(ukLocale('')).to.equal('en-GB');
    expect(ukLocale('cy')).to.equal('cy');
    expect(ukLocale('CY-gb')).to.equal('cy');
    // Only the two languages the components speak: no RangeError from Intl, no US dates.
    expect(ukLocale('!!')).to.equal('en-GB');
    expect(ukLocale('fr')).to.equal('en-GB');
  });
});
