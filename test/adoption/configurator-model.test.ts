import { expect } from '@open-wc/testing';
import { fc } from '../support/property.js';
import { checkThemeContrast, contrastRatio } from '../../src/core/contrast.js';
import {
  colourDistance,
  meetsAll,
  nearestPassingColour,
  normaliseHex,
} from '../../stories/adoption/configurator/colour.js';
import {
  buildSnippet,
  contrastAdvice,
  emptyChoices,
  escapeAttribute,
  escapeText,
  scriptTag,
  themeOf,
  validate,
  type Choices,
  type Release,
} from '../../stories/adoption/configurator/snippet.js';
import { pinSnippet } from '../../stories/adoption/release.js';

const release: Release = {
  name: '@local-digital/components',
  version: '1.2.3',
  files: {
    'dist/cdn/ldc.js': 'sha384-AAAA',
    'dist/tokens/themes/localgov-drupal.css': 'sha384-BBBB',
  },
};
const choices = (c: Partial<Choices>): Choices => ({ ...emptyChoices(), ...c });
const blueBadge = choices({
  component: 'blue-badge-checker',
  nation: 'england',
  council: 'Ashdown District Council',
  applyHref: 'https://www.example.gov.uk/apply',
  fallbackHref: 'https://www.example.gov.uk/blue-badge',
  fallbackText: 'Find out about Blue Badges',
});

describe('configurator: nearest passing colour', () => {
  it('is the colour itself when it already passes', () => {
    expect(nearestPassingColour('#1A65A6', [{ against: '#ffffff', minimum: 4.5 }])).to.equal('#1a65a6');
  });

  it('darkens a light link just enough to reach 4.5:1 on white, keeping its hue', () => {
    const pink = '#e07ba0';
    const near = nearestPassingColour(pink, [{ against: '#ffffff', minimum: 4.5 }])!;
    expect(contrastRatio(near, '#ffffff')).to.be.at.least(4.5);
    expect(contrastRatio(near, '#ffffff')).to.be.below(4.7); // just enough, not black
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(near.slice(i, i + 2), 16));
    expect(r).to.be.greaterThan(b).and.greaterThan(g); // still a pink-red
  });

  it('lightens instead when that is nearer (a dark colour on a dark background)', () => {
    const near = nearestPassingColour('#333333', [{ against: '#000000', minimum: 4.5 }])!;
    expect(contrastRatio(near, '#000000')).to.be.at.least(4.5);
    expect(parseInt(near.slice(1, 3), 16)).to.be.greaterThan(0x33);
  });

  it('meets every need at once (a link on the page and on inset panels)', () => {
    const needs = [
      { against: '#ffffff', minimum: 4.5 },
      { against: '#f4f8fb', minimum: 4.5 },
    ];
    expect(meetsAll(nearestPassingColour('#5a9bd5', needs)!, needs)).to.equal(true);
  });

  it('is null when no shade of the colour passes', () => {
    expect(nearestPassingColour('#777777', [{ against: '#777777', minimum: 21 }])).to.equal(null);
  });

  it('property: for any colour and background it passes, and no smaller step toward black or white does', () => {
    const hex = fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
      .map(([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(hex, hex, fc.constantFrom(3, 4.5), (colour, against, minimum) => {
        const needs = [{ against, minimum }];
        const near = nearestPassingColour(colour, needs);
        if (near === null) return true;
        expect(meetsAll(near, needs)).to.equal(true);
        if (meetsAll(colour, needs)) return (expect(near).to.equal(normaliseHex(colour)), true);
        // `near` is k steps (of 1/255) toward black or white, and no step before it passes.
        const rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
        const at = (toward: number, k: number) =>
          `#${rgb
            .map((c) =>
              Math.round(c + (toward - c) * (k / 255))
                .toString(16)
                .padStart(2, '0'),
            )
            .join('')}`;
        const found = [0, 255].flatMap((toward) => {
          const k = Array.from({ length: 256 }, (_, i) => i).find((i) => at(toward, i) === near);
          return k === undefined ? [] : [{ toward, k }];
        });
        expect(found.length, `${near} is a shade of ${colour}`).to.be.greaterThan(0);
        const { toward, k } = found[0];
        for (let j = 0; j < k; j++) expect(meetsAll(at(toward, j), needs), `step ${j} of ${k}`).to.equal(false);
        // And the other direction's first passing shade is no nearer.
        const other = Array.from({ length: 256 }, (_, i) => at(255 - toward, i)).find((c) => meetsAll(c, needs));
        if (other) expect(colourDistance(colour, near)).to.be.at.most(colourDistance(colour, other) + 1e-12);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('configurator: contrast advice', () => {
  it('names each failing pair, the colour to change and a suggestion that fixes every pair of that colour', () => {
    const theme = themeOf(
      choices({ theme: 'custom', colours: { ...emptyChoices().colours, 'color-link': '#e07ba0' } }),
    );
    const advice = contrastAdvice(theme);
    expect(advice.map((a) => a.use)).to.include.members(['Link', 'Link on inset panels']);
    for (const a of advice) expect(a.change).to.equal('color-link');
    const fixed = { ...theme, 'color-link': advice[0].suggestion! };
    expect(checkThemeContrast(fixed).filter((r) => !r.passes)).to.deep.equal([]);
  });

  it('changes the background when that is the colour the editor set', () => {
    const theme = themeOf(
      choices({ theme: 'custom', colours: { ...emptyChoices().colours, 'color-background': '#555555' } }),
    );
    const advice = contrastAdvice(theme);
    expect(advice.length).to.be.greaterThan(0);
    expect(advice.every((a) => a.change === 'color-background')).to.equal(true);
    const fixed = { ...theme, 'color-background': advice[0].suggestion! };
    expect(checkThemeContrast(fixed).filter((r) => !r.passes && r.background === 'color-background')).to.deep.equal([]);
  });

  it('follows aliases: a button colour is checked against its text', () => {
    const theme = themeOf(
      choices({ theme: 'custom', colours: { ...emptyChoices().colours, 'color-button': '#f0a030' } }),
    );
    const advice = contrastAdvice(theme);
    expect(advice.map((a) => a.use)).to.include('Primary button text');
    expect(advice.find((a) => a.use === 'Primary button text')!.change).to.equal('color-button');
  });
});

describe('configurator: what is typed is checked', () => {
  it('asks for a component first', () => {
    expect(validate(emptyChoices())).to.deep.equal([{ field: 'component', problem: 'choose-component' }]);
  });

  it('refuses links the URL policy refuses, and needs a fallback link and its words', () => {
    const problems = validate({
      ...blueBadge,
      applyHref: '  JaVa\tScRiPt:alert(1)',
      fallbackHref: 'data:text/html,<script>alert(1)</script>',
      fallbackText: '   ',
    });
    expect(problems).to.deep.equal([
      { field: 'apply-href', problem: 'unsafe-link' },
      { field: 'fallback-href', problem: 'unsafe-link' },
      { field: 'fallback-text', problem: 'enter-fallback-text' },
    ]);
    expect(validate({ ...blueBadge, fallbackHref: '' })).to.deep.equal([
      { field: 'fallback-href', problem: 'enter-fallback-link' },
    ]);
  });

  it('a waste provider needs its data addresses, as requests (no mailto:)', () => {
    const waste = choices({ component: 'waste-lookup', fallbackHref: '/bins', fallbackText: 'Bins' });
    expect(validate(waste)).to.deep.equal([{ field: 'provider', problem: 'choose-provider' }]);
    expect(validate({ ...waste, provider: 'ukbcd', addressesUrl: 'mailto:x@example.org' })).to.deep.equal([
      { field: 'addresses-url', problem: 'unsafe-request' },
      { field: 'collections-url', problem: 'enter-address' },
    ]);
    expect(validate({ ...waste, provider: 'demo' })).to.deep.equal([]);
  });

  it('colours must be hex codes: nothing else reaches the CSS', () => {
    const bad = ['teal', '#12345', 'red;}body{display:none', 'url(x)', '#fff;', 'var(--x)'];
    for (const value of bad)
      expect(
        validate({ ...blueBadge, theme: 'custom', colours: { ...emptyChoices().colours, 'color-link': value } }),
        value,
      ).to.deep.equal([{ field: 'color-link', problem: 'colour-format' }]);
    expect(normaliseHex(' 1D70B8 ')).to.equal('#1d70b8');
    expect(normaliseHex('#abc')).to.equal('#aabbcc');
  });
});

describe('configurator: the snippet', () => {
  it('pins the version, with the integrity hash and crossorigin', () => {
    expect(scriptTag(release)).to.equal(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/@local-digital/components@1.2.3/dist/cdn/ldc.js" integrity="sha384-AAAA" crossorigin="anonymous"></script>',
    );
  });

  it('writes the element with its attributes and fallback link', () => {
    const s = buildSnippet({ ...blueBadge, nation: 'wales', headingLevel: '3', analytics: 'datalayer' }, release);
    expect(s.html).to.equal(
      [
        '<script type="module" src="https://cdn.jsdelivr.net/npm/@local-digital/components@1.2.3/dist/cdn/ldc.js" integrity="sha384-AAAA" crossorigin="anonymous"></script>',
        '',
        '<ldc-blue-badge-checker',
        '  nation="wales"',
        '  council="Ashdown District Council"',
        '  apply-href="https://www.example.gov.uk/apply"',
        '  heading-level="3"',
        '  analytics="datalayer"',
        '>',
        '  <a href="https://www.example.gov.uk/blue-badge">Find out about Blue Badges</a>',
        '</ldc-blue-badge-checker>',
        '',
      ].join('\n'),
    );
    expect(s.css).to.equal('');
    expect(s.missingIntegrity).to.deep.equal([]);
  });

  it('escapes everything typed: no markup can break out of an attribute or the link', () => {
    const s = buildSnippet(
      {
        ...blueBadge,
        council: `A "B" & <C> 'D'\n\tE`,
        applyHref: 'https://x.example/?a=1&b="2"><script>',
        fallbackText: '</a><script>alert(1)</script>',
      },
      release,
    );
    expect(s.html).to.contain(`council="A &quot;B&quot; &amp; &lt;C&gt; &#39;D&#39; E"`);
    expect(s.html).to.contain('apply-href="https://x.example/?a=1&amp;b=&quot;2&quot;&gt;&lt;script&gt;"');
    expect(s.html).to.contain('>&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>');
    // Parsed as HTML, the snippet is one script and one element with exactly these attributes.
    const doc = new DOMParser().parseFromString(s.html, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    const el = doc.querySelector('ldc-blue-badge-checker')!;
    expect(el.getAttribute('council')).to.equal(`A "B" & <C> 'D' E`);
    expect(el.querySelectorAll('a')).to.have.length(1);
    expect(el.querySelector('a')!.textContent).to.equal('</a><script>alert(1)</script>');
  });

  it('property: any typed text round-trips through the attribute and the link text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const doc = new DOMParser().parseFromString(
          `<p title="${escapeAttribute(text)}">${escapeText(text)}</p>`,
          'text/html',
        );
        const p = doc.querySelector('p')!;
        const expected = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim(); // eslint-disable-line no-control-regex
        expect(doc.body.children).to.have.length(1);
        expect(p.getAttribute('title')).to.equal(expected);
        expect(p.textContent).to.equal(expected);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('custom colours become CSS for the site stylesheet, as #rrggbb only', () => {
    const s = buildSnippet(
      {
        ...blueBadge,
        theme: 'custom',
        colours: { ...emptyChoices().colours, 'color-brand': '00636A', 'color-link': '#4b2a85' },
      },
      release,
    );
    expect(s.css).to.equal(
      "/* Local Digital components: your colours. Put this in your site's stylesheet. */\n:root {\n  --ldc-color-brand: #00636a;\n  --ldc-color-link: #4b2a85;\n}\n",
    );
  });

  it('the LocalGov preset is a pinned stylesheet with its hash, allowed by the policy', () => {
    const s = buildSnippet({ ...blueBadge, theme: 'localgov' }, release);
    expect(s.html).to.contain(
      '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@local-digital/components@1.2.3/dist/tokens/themes/localgov-drupal.css" integrity="sha384-BBBB" crossorigin="anonymous" />',
    );
    expect(s.csp).to.contain("style-src 'self' https://cdn.jsdelivr.net;");
  });

  it('the policy: the tested line, with the CDN and each data origin', () => {
    expect(buildSnippet(blueBadge, release).csp).to.equal(
      "default-src 'self'; script-src 'self' https://cdn.jsdelivr.net; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    const waste = buildSnippet(
      choices({
        component: 'waste-lookup',
        provider: 'ukbcd',
        addressesUrl: 'https://api.example.gov.uk/addresses?postcode={postcode}',
        collectionsUrl: 'https://bins.example.org/{uprn}.json',
        fallbackHref: '/bins',
        fallbackText: 'Bins',
      }),
      release,
    );
    expect(waste.csp).to.contain("connect-src 'self' https://api.example.gov.uk https://bins.example.org;");
    expect(waste.html).to.contain('provider="ukbcd"');
    const fsm = buildSnippet(
      choices({ component: 'free-school-meals', fallbackHref: '/fsm', fallbackText: 'FSM' }),
      release,
    );
    expect(fsm.html).to.contain(
      'src="https://cdn.jsdelivr.net/npm/@local-digital/components@1.2.3/dist/definitions/free-school-meals-england.json"',
    );
    expect(fsm.csp).to.contain("connect-src 'self' https://cdn.jsdelivr.net;");
  });

  it('without a build it says which files have no hash, and leaves the attribute out', () => {
    const s = buildSnippet({ ...blueBadge, theme: 'localgov' }, { ...release, files: {} });
    expect(s.missingIntegrity).to.deep.equal(['dist/cdn/ldc.js', 'dist/tokens/themes/localgov-drupal.css']);
    expect(s.html).not.to.contain('integrity=');
  });

  it('the Getting started snippets are shown pinned', () => {
    const unpinned =
      '<script type="module" src="https://cdn.jsdelivr.net/npm/@local-digital/components/dist/cdn/ldc.js"></script>\n<ldc-x></ldc-x>';
    expect(pinSnippet(unpinned, release)).to.equal(`${scriptTag(release)}\n<ldc-x></ldc-x>`);
  });
});
