import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/endorsement-badge.js';
import '../../src/define/signatories-list.js';
import type { LdcEndorsementBadge } from '../../src/components/endorsement-badge/endorsement-badge.js';
import { formatDate, formatList, plural, pluralCategory } from '../../src/core/format.js';
import { languageOf, msg, str, withLanguage } from '../../src/core/i18n.js';
import { visibleText } from '../support/text.js';
import '../support/guard.js';

const claim = (el: Element) => visibleText(el.shadowRoot!.querySelector('.claim'));
const welshLoaded = () =>
  performance.getEntriesByType('resource').some((e) => /\/src\/locales\/cy\.(ts|js)/.test(e.name));

describe('two languages, chosen per element', () => {
  it('an English page never downloads the Welsh strings', async () => {
    const el = await fixture<LdcEndorsementBadge>(
      html`<ldc-endorsement-badge org-id="E09000007"></ldc-endorsement-badge>`,
    );
    await el.whenSettled();
    expect(claim(el)).to.equal('London Borough of Camden endorses the Local Digital Coalition Action Plan');
    expect(welshLoaded()).to.equal(false);
  });

  it('speaks Welsh under lang="cy", with British-order Welsh dates, and never shows English first', async () => {
    const wrapper = await fixture(
      html`<div lang="cy"><ldc-endorsement-badge org-id="E09000007"></ldc-endorsement-badge></div>`,
    );
    const el = wrapper.querySelector<LdcEndorsementBadge>('ldc-endorsement-badge')!;
    await el.whenSettled();
    expect(claim(el)).to.equal('Mae London Borough of Camden yn cymeradwyo Cynllun Gweithredu Clymblaid Local Digital');
    expect(visibleText(el.shadowRoot)).to.match(
      /Diweddarwyd: \d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}/,
    );
    expect(welshLoaded()).to.equal(true);
  });

  it('shows English and Welsh elements side by side on one bilingual page', async () => {
    const page = await fixture(
      html`<div>
        <section lang="en-GB"><ldc-endorsement-badge org-id="E06000023"></ldc-endorsement-badge></section>
        <section lang="cy"><ldc-endorsement-badge org-id="E06000023"></ldc-endorsement-badge></section>
      </div>`,
    );
    const [en, cy] = [...page.querySelectorAll<LdcEndorsementBadge>('ldc-endorsement-badge')];
    await Promise.all([en.whenSettled(), cy.whenSettled()]);
    expect(claim(en)).to.equal('Bristol City Council endorses the Local Digital Coalition Action Plan');
    expect(claim(cy)).to.equal('Mae Bristol City Council yn cymeradwyo Cynllun Gweithredu Clymblaid Local Digital');
  });

  it('follows the nearest lang across shadow roots, and changes language when it changes', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div lang="cy"><ldc-endorsement-badge org-id="E08000035"></ldc-endorsement-badge></div>';
    const el = root.querySelector<LdcEndorsementBadge>('ldc-endorsement-badge')!;
    await el.whenSettled();
    expect(claim(el)).to.match(/^Mae Leeds City Council/);
    root.querySelector('div')!.removeAttribute('lang'); // now the host's lang="en" decides
    await waitUntil(() => claim(el).startsWith('Leeds City Council endorses'), 'switched to English');
    host.setAttribute('lang', 'cy');
    await waitUntil(() => claim(el).startsWith('Mae Leeds'), 'switched back to Welsh');
  });

  it('looks messages up in the language it is given, and falls back to English for unknown text', () => {
    expect(withLanguage('cy', () => msg('There is a problem'))).to.equal('Mae problem');
    expect(withLanguage('en', () => msg('There is a problem'))).to.equal('There is a problem');
    const n = 7;
    expect(withLanguage('cy', () => msg(str`${n} organisations`))).to.equal('7 sefydliad');
    expect(withLanguage('cy', () => msg('A sentence nobody has translated'))).to.equal(
      'A sentence nobody has translated',
    );
    expect(languageOf('CY-gb')).to.equal('cy');
    expect(languageOf('en')).to.equal('en');
    expect(languageOf('fr')).to.equal('en');
  });
});

describe('Welsh-safe dates, counts and lists', () => {
  it('writes dates in British order in both languages, whatever Intl knows', () => {
    expect(formatDate('2026-12-16', 'en', { weekday: true })).to.equal('Wednesday 16 December');
    expect(formatDate('2026-12-16', 'cy', { weekday: true })).to.equal('Dydd Mercher 16 Rhagfyr');
    expect(formatDate('2026-03-03', 'cy', { weekday: true, year: true })).to.equal('Dydd Mawrth 3 Mawrth 2026');
    expect(formatDate('2018-07-04', 'en', { year: true })).to.equal('4 July 2018');
    expect(formatDate('2024-02-30', 'en')).to.equal('2024-02-30'); // not a date: unchanged
  });

  it('chooses Welsh plural forms for 0, 1, 2, 3, 6 and 10 (CLDR), and English one/other', () => {
    expect([0, 1, 2, 3, 6, 10].map((n) => pluralCategory(n, 'cy'))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect([0, 1, 2].map((n) => pluralCategory(n, 'en'))).to.deep.equal(['other', 'one', 'other']);
    expect(plural(2, 'cy', { two: () => 'dau', other: () => 'arall' })).to.equal('dau');
    expect(plural(2, 'en', { two: () => 'dau', other: () => 'other' })).to.equal('other');
  });

  it('joins our own words into lists in both languages', () => {
    expect(formatList(['paper', 'card', 'glass'], 'en')).to.equal('paper, card and glass');
    expect(formatList(['papur', 'cardbord', 'gwydr'], 'cy')).to.equal('papur, cardbord a gwydr');
    expect(formatList(['papur', 'ailgylchu'], 'cy')).to.equal('papur ac ailgylchu');
  });
});
