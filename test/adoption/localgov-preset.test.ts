import { expect, fixture, html } from '@open-wc/testing';
import '../support/guard.js';
import '../../src/define/waste-lookup.js';
import { checkThemeContrast } from '../../src/core/contrast.js';
import { tokens, type TokenName } from '../../src/core/tokens.generated.js';
import { LOCALGOV_DEFAULTS, LOCALGOV_MAPPING, localGovTheme } from '../../stories/adoption/localgov.js';

/**
 * The LocalGov Drupal preset (tokens/themes/localgov-drupal.css): it says what the docs say, every
 * pair passes the contrast check with LocalGov's default colours (and with ours when a page has
 * none of LocalGov's properties), and on a page that declares LocalGov's properties on body, as
 * localgov_base's variables.css does, the components take them.
 */
const css = () => fetch('/raw/tokens/themes/localgov-drupal.css').then((r) => r.text());

/** The declarations in the preset's one rule: token → [LocalGov property, fallback]. */
function parse(text: string): { selector: string; map: Record<string, [string, string]> } {
  const body = text.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  const m = /^([^{]+)\{([^}]*)\}\s*$/.exec(body);
  expect(m, 'one rule').to.exist;
  const map: Record<string, [string, string]> = {};
  for (const decl of m![2]
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)) {
    const d = /^--ldc-([a-z0-9-]+):\s*var\((--[a-z0-9-]+),\s*([^)]+)\)$/.exec(decl);
    expect(d, decl).to.exist;
    map[d![1]] = [d![2], d![3].trim()];
  }
  return { selector: m![1].trim(), map };
}

describe('the LocalGov Drupal preset', () => {
  it('declares on body, as LocalGov does, exactly the mapping the docs and the configurator use', async () => {
    const { selector, map } = parse(await css());
    expect(selector).to.equal('body');
    expect(map).to.deep.equal(LOCALGOV_MAPPING);
    for (const name of Object.keys(map)) expect(tokens, name).to.have.property(name);
  });

  it('falls back to our own defaults, so a page without LocalGov looks as it would without the preset', () => {
    for (const [name, [, fallback]] of Object.entries(LOCALGOV_MAPPING)) {
      const ours = tokens[name as TokenName];
      // Visited and hovered links fall back to their own defaults, not the link colour.
      expect(fallback, name).to.equal(ours);
    }
    expect(checkThemeContrast(localGovTheme({})).filter((r) => !r.passes)).to.deep.equal([]);
  });

  it('with LocalGov’s default colours, every pair passes WCAG 2.2 AA', () => {
    const failures = checkThemeContrast(localGovTheme(LOCALGOV_DEFAULTS)).filter((r) => !r.passes);
    expect(failures.map((f) => `${f.use} ${f.ratio}`)).to.deep.equal([]);
  });

  it('leaves LocalGov’s input border out: it would fail 3:1', () => {
    expect(Object.keys(LOCALGOV_MAPPING)).not.to.include('color-input-border');
    const theme = { ...localGovTheme(LOCALGOV_DEFAULTS), 'color-input-border': '#b1b4b6' };
    expect(checkThemeContrast(theme).find((r) => r.use === 'Input, radio and checkbox border')!.passes).to.equal(false);
  });

  it('on a page with LocalGov’s properties on body, the components take its colours', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await css());
    const before = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...before, sheet];
    const set = Object.entries({ ...LOCALGOV_DEFAULTS, '--button-bg-color': '#652c95', '--color-link': '#652c95' });
    try {
      const colour = async () => {
        const el = await fixture(html`<ldc-waste-lookup provider="demo"></ldc-waste-lookup>`);
        await (el as HTMLElement & { whenSettled(): Promise<void> }).whenSettled();
        const button = el.shadowRoot!.querySelector('button[type=submit]')!;
        return getComputedStyle(button).backgroundColor;
      };
      // Without LocalGov's properties: our default green.
      expect(await colour()).to.equal('rgb(15, 122, 82)');
      for (const [k, v] of set) document.body.style.setProperty(k, v);
      // With them: LocalGov's button colour, the accent.
      expect(await colour()).to.equal('rgb(101, 44, 149)');
      document.body.style.setProperty('--button-bg-color', '#00636a'); // a sub-theme's own
      expect(await colour()).to.equal('rgb(0, 99, 106)');
    } finally {
      for (const [k] of set) document.body.style.removeProperty(k);
      document.adoptedStyleSheets = before;
    }
  });
});
