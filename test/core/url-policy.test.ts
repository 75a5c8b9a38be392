import { expect } from '@open-wc/testing';
import { fileUrl, normaliseUrl, policyUrl, revokeFileUrl, safeUrl, schemeOf } from '../../src/core/url-policy.js';
import { captureConsole } from '../support/console.js';
import { check, fc, withinBudget } from '../support/property.js';

const BASE = 'https://council.example/bins/';
const LINK_PROTOCOLS = ['https:', 'http:', 'mailto:', 'tel:'];

/** What the browser itself makes of an address on a page at BASE, or null if it cannot parse it. */
function browserProtocol(value: string): string | null {
  try {
    return new URL(value, BASE).protocol;
  } catch {
    return null;
  }
}

describe('URL policy', () => {
  it('allows https, http, mailto, tel and relative addresses, normalised', () => {
    for (const [value, expected] of [
      ['https://www.example.gov.uk/bins', 'https://www.example.gov.uk/bins'],
      ['HTTP://example.org', 'HTTP://example.org'],
      ['mailto:bins@example.gov.uk', 'mailto:bins@example.gov.uk'],
      ['tel:+441234567890', 'tel:+441234567890'],
      ['/report?uprn=1', '/report?uprn=1'],
      ['report', 'report'],
      ['//cdn.example.org/x', '//cdn.example.org/x'],
      ['?a=b:c', '?a=b:c'],
      ['#top:x', '#top:x'],
      ['  https://example.org/a\tb\n ', 'https://example.org/ab'],
    ])
      expect(safeUrl(value), value).to.equal(expected);
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0001\u0008javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\r\nscript:alert(1)',
      'javascript\t:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'blob:https://example.org/uuid',
      'file:///etc/passwd',
      'webcal://example.org/cal.ics',
    ]) {
      expect(safeUrl(value), JSON.stringify(value)).to.equal(null);
      // The browser agrees that these are not web addresses.
      expect(LINK_PROTOCOLS).not.to.include(browserProtocol(value));
    }
  });

  it('requests only over https or http (or relative): no mailto or tel fetches', () => {
    expect(safeUrl('https://api.example.gov.uk/waste', 'request')).to.equal('https://api.example.gov.uk/waste');
    expect(safeUrl('/fixtures/waste/lwss', 'request')).to.equal('/fixtures/waste/lwss');
    expect(safeUrl('mailto:a@b.c', 'request')).to.equal(null);
    expect(safeUrl('tel:123', 'request')).to.equal(null);
    expect(safeUrl('data:application/json,{}', 'request')).to.equal(null);
  });

  it('lets a link point only at a file the component made itself (fileUrl), until it is revoked', async () => {
    const made = fileUrl('BEGIN:VCALENDAR', 'text/calendar');
    expect(made.startsWith('blob:')).to.equal(true);
    expect(safeUrl(made)).to.equal(made);
    expect(safeUrl(` ${made.replace('blob:', 'BLOB:')}`)).to.equal(null); // not the address it made
    expect(safeUrl(made, 'request')).to.equal(null); // a link, never a request
    expect(await (await fetch(made)).text()).to.equal('BEGIN:VCALENDAR');
    // A blob: address made by anyone else (the host page, a payload) is refused.
    const other = URL.createObjectURL(new Blob(['<script>alert(1)</script>'], { type: 'text/html' }));
    expect(safeUrl(other)).to.equal(null);
    URL.revokeObjectURL(other);
    revokeFileUrl(made);
    expect(safeUrl(made)).to.equal(null);
  });

  it('treats empty, blank and non-string values as no address, and never throws', () => {
    for (const value of ['', '   ', '\t\n', undefined, null, 42, {}, [], Symbol('x')])
      expect(safeUrl(value as unknown)).to.equal(null);
  });

  it('names the element, the attribute and the value in one console error when it refuses', async () => {
    const errors = await captureConsole('error', async () => {
      expect(policyUrl('javascript:alert(2)', { element: 'ldc-test', field: 'cant-find-href' })).to.equal('');
      expect(policyUrl('javascript:alert(2)', { element: 'ldc-test', field: 'cant-find-href' })).to.equal('');
      expect(policyUrl('', { element: 'ldc-test', field: 'cant-find-href' })).to.equal('');
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('<ldc-test>').and.contain('cant-find-href').and.contain('"javascript:alert(2)"');
  });

  it('normalises as the WHATWG URL parser does (leading/trailing C0 and space trimmed, tabs and newlines removed)', () => {
    expect(normaliseUrl('\u0000\u001f https://a.example/\u0020')).to.equal('https://a.example/');
    expect(normaliseUrl('ht\ttp\n:/\r/a')).to.equal('http://a');
    expect(schemeOf('HtTpS://a')).to.equal('https');
    expect(schemeOf('/a:b')).to.equal('');
    expect(schemeOf('1a:b')).to.equal('');
  });

  // 300 generated inputs per property (RUNS in test/support/property.ts).
  const unit = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...'javscriptdhmlobe:/?#@.%&=+-') },
    { weight: 2, arbitrary: fc.constantFrom(...'JAVSCRIPT') },
    { weight: 2, arbitrary: fc.constantFrom('\t', '\n', '\r', ' ', '\u0000', '\u0001', '\u001f', '\u00a0', '\u2028') },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
  );
  const scheme = fc.constantFrom(
    'javascript',
    'data',
    'vbscript',
    'https',
    'http',
    'mailto',
    'tel',
    'blob',
    'file',
    '',
  );
  const disguised = fc
    .tuple(fc.string({ unit, maxLength: 4 }), scheme, fc.array(fc.nat(12), { maxLength: 3 }), fc.string({ unit }))
    .map(([before, s, cuts, after]) => {
      let mangled = [...s].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');
      for (const cut of cuts) mangled = mangled.slice(0, cut) + '\t' + mangled.slice(cut);
      return `${before}${mangled}${s ? ':' : ''}${after}`;
    });
  const anyText = fc.oneof(disguised, fc.string({ unit }), fc.string(), fc.webUrl());

  it('agrees with the browser on every generated address: what it allows, the browser treats as https, http, mailto, tel or relative', () => {
    check(
      fc.property(anyText, (value) => {
        const allowed = withinBudget(() => safeUrl(value), 'safeUrl');
        const protocol = browserProtocol(value);
        if (allowed !== null && protocol !== null) expect(LINK_PROTOCOLS, JSON.stringify(value)).to.include(protocol);
        if (protocol !== null && !LINK_PROTOCOLS.includes(protocol))
          expect(allowed, JSON.stringify(value)).to.equal(null);
      }),
    );
  });

  it('is stable: a normalised address passes again unchanged (300 inputs)', () => {
    check(
      fc.property(anyText, (value) => {
        const once = safeUrl(value);
        if (once !== null) expect(safeUrl(once)).to.equal(once);
      }),
    );
  });

  it('never throws on any value and stays fast on a 1 MB address (300 inputs)', () => {
    check(fc.property(fc.anything(), (value) => void withinBudget(() => safeUrl(value))));
    const huge = `${' '.repeat(500_000)}javascript:${'a'.repeat(500_000)}${' '.repeat(10)}x`;
    expect(withinBudget(() => safeUrl(huge), '1 MB address')).to.equal(null);
  });
});
