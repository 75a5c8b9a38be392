import { expect } from '@open-wc/testing';
import {
  bundledRegistry,
  filterSignatories,
  loadRegistry,
  signatureUrlFor,
  validateRegistry,
  verify,
  MAX_ENTRIES,
  MAX_PROBLEMS,
  TRUSTED_PUBLISHERS,
  type Registry,
  type SignatoryEntry,
} from '../../src/endorsement/index.js';

const entry = (over: Partial<SignatoryEntry> = {}): SignatoryEntry => ({
  id: 'E06000001',
  name: 'Hartlepool Borough Council',
  type: 'unitary',
  scheme: 'local-digital-declaration-2018',
  role: 'signatory',
  dateSigned: '2018-07-04',
  evidenceUrl: 'https://example.org/evidence',
  lastVerified: '2026-11-01',
  ...over,
});
const registry = (entries: unknown[]): unknown => ({ version: 1, publisher: 'Test', updated: '2026-11-01', entries });
const problemOf = (value: unknown) => {
  const r = validateRegistry(value);
  return r.ok ? 'valid' : r.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
};

describe('validateRegistry: the schema and what it cannot say, as problems with their paths', () => {
  it('accepts the bundled registry and a well-formed one', () => {
    expect(problemOf(bundledRegistry)).to.equal('valid');
    expect(
      problemOf(registry([entry(), entry({ scheme: 'local-digital-coalition-2016', role: 'endorser' })])),
    ).to.equal('valid');
  });

  const cases: [string, unknown, string][] = [
    ['not an object', [], '(root): must be a JSON object'],
    ['wrong version', { ...(registry([]) as object), version: 2 }, 'version: must be 1 (got 2)'],
    ['entries missing', { version: 1, publisher: 'x', updated: '2026-01-01' }, 'entries: is missing'],
    ['entries not a list', { ...(registry([]) as object), entries: {} }, 'entries: must be an array'],
    ['entry not an object', registry([entry(), 'Camden']), 'entries[1]: must be a JSON object'],
    ['empty name', registry([entry({ name: '' })]), 'entries[0].name: must not be empty'],
    ['blank name', registry([entry({ name: ' \t' })]), 'entries[0].name: must not be blank'],
    ['a field the format does not have', { ...(registry([]) as object), signed: true }, 'signed: is not a field'],
    ['an entry field the format does not have', registry([{ ...entry(), verified: true }]), 'entries[0].verified'],
    ['unknown type', registry([entry({ type: 'parish' as never })]), 'entries[0].type: must be one of'],
    ['unknown scheme', registry([entry({ scheme: 'made-up' as never })]), 'entries[0].scheme: must be one of'],
    ['bad id', registry([entry({ id: 'Camden Council' })]), 'entries[0].id: "Camden Council" is neither'],
    [
      'date of wrong type',
      registry([entry({ dateSigned: 20180704 as never })]),
      'entries[0].dateSigned: must be a string or null',
    ],
    ['impossible date', registry([entry({ dateSigned: '2018-02-30' })]), 'entries[0].dateSigned: must be an ISO date'],
    ['29 February out of a leap year', registry([entry({ lastVerified: '2023-02-29' })]), 'entries[0].lastVerified'],
    ['month 13', { ...(registry([]) as object), updated: '2026-13-01' }, 'updated: must be an ISO date'],
    ['a date with a time', registry([entry({ dateSigned: '2018-07-04T00:00' })]), 'entries[0].dateSigned'],
    ['no evidence', registry([entry({ evidenceUrl: '' })]), 'entries[0].evidenceUrl: must be an https:// address'],
    ['plain http evidence', registry([entry({ evidenceUrl: 'http://example.org/e' })]), 'entries[0].evidenceUrl'],
    ['evidence with a space', registry([entry({ evidenceUrl: 'https://example.org/a b' })]), 'entries[0].evidenceUrl'],
    [
      'evidence with a line break',
      registry([entry({ evidenceUrl: 'https://example.org/\njavascript:alert(1)' })]),
      'entries[0].evidenceUrl',
    ],
    [
      'evidence on a bad port',
      registry([entry({ evidenceUrl: 'https://example.org:99999/' })]),
      'entries[0].evidenceUrl',
    ],
    [
      'evidence that is not a web page',
      registry([entry({ evidenceUrl: 'javascript:alert(1)' })]),
      'entries[0].evidenceUrl: must be an https:// address',
    ],
    [
      'duplicate id in one scheme',
      registry([entry(), entry({ id: 'E06000004' }), entry({ name: 'Look-alike' })]),
      'entries[2].id: "E06000001" already appears for local-digital-declaration-2018 at entries[0]',
    ],
    [
      'too long a name',
      registry([entry({ name: 'x'.repeat(301) })]),
      'entries[0].name: must be at most 300 characters',
    ],
  ];
  for (const [what, value, expected] of cases) {
    it(`rejects ${what}`, () => {
      expect(problemOf(value)).to.contain(expected);
    });
  }

  it('rejects a registry larger than any real one', () => {
    const huge = registry(Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => entry({ id: `org-${i}` })));
    expect(problemOf(huge)).to.equal(`entries: has ${MAX_ENTRIES + 1} entries; the limit is ${MAX_ENTRIES}`);
  });

  it('lists several problems, one per place, up to a limit', () => {
    const r = validateRegistry(registry([entry({ name: '' }), entry({ id: 'E06000004', evidenceUrl: 'ftp://x' })]));
    expect(!r.ok && r.problems.map((p) => p.path)).to.deep.equal(['entries[0].name', 'entries[1].evidenceUrl']);
    const many = validateRegistry(registry(Array.from({ length: 100 }, () => 'x')));
    expect(!many.ok && many.problems).to.have.length(MAX_PROBLEMS);
  });

  it('returns a frozen copy that holds only the format, not the value it was given', () => {
    const given = registry([entry()]) as Registry;
    const r = validateRegistry(given);
    if (!r.ok) throw new Error('expected valid');
    expect(r.registry).not.to.equal(given);
    expect(Object.isFrozen(r.registry) && Object.isFrozen(r.registry.entries) && Object.isFrozen(r.registry.entries[0]))
      .to.be.true;
    given.entries[0].name = 'Changed later';
    expect(r.registry.entries[0].name).to.equal('Hartlepool Borough Council');
    expect(Object.isFrozen(given)).to.be.false;
  });

  it('does not take fields from a polluted Object.prototype', () => {
    const withoutDate: Partial<SignatoryEntry> = entry();
    delete withoutDate.lastVerified;
    const proto = Object.prototype as Record<string, unknown>;
    Object.defineProperty(proto, 'lastVerified', { value: '2026-11-01', configurable: true, enumerable: false });
    try {
      expect(problemOf(registry([withoutDate]))).to.contain('entries[0].lastVerified: is missing');
    } finally {
      delete proto.lastVerified;
    }
  });

  it('answers with a problem, never an exception, for values that throw or nest deeply', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('boom'); } }); // prettier-ignore
    expect(problemOf(throwing)).to.contain('(root)');
    expect(problemOf(registry([throwing]))).to.equal('(root): could not be read');
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(problemOf(deep)).to.equal('(root): must be a JSON object');
    expect(problemOf({ ...(registry([]) as object), publisher: deep })).to.contain('publisher: must be a string');
  });
});

describe('verify: only what the registry records', () => {
  const reg = validateRegistry(registry([entry(), entry({ id: 'socitm', name: 'Socitm', type: 'sector-body' })]));
  const r = (reg as { registry: Registry }).registry;

  it('verifies an organisation by its exact id and scheme', () => {
    const result = verify(r, 'E06000001', 'local-digital-declaration-2018');
    expect(result.status).to.equal('verified');
    expect(result.status === 'verified' && result.entry.evidenceUrl).to.equal('https://example.org/evidence');
    expect(verify(r, '  E06000001 ', 'local-digital-declaration-2018').status).to.equal('verified');
  });

  it('does not verify an organisation that is not in the registry', () => {
    expect(verify(r, 'E09000007', 'local-digital-declaration-2018')).to.deep.equal({
      status: 'not-found',
      orgId: 'E09000007',
      scheme: 'local-digital-declaration-2018',
    });
  });

  it('does not verify by name or a look-alike name or id', () => {
    expect(verify(r, 'Hartlepool Borough Council', 'local-digital-declaration-2018').status).to.equal('not-found');
    expect(verify(r, 'e06000001', 'local-digital-declaration-2018').status).to.equal('not-found');
    expect(verify(r, 'E06OOOOO1', 'local-digital-declaration-2018').status).to.equal('not-found');
    expect(verify(r, 'Socitm', 'local-digital-declaration-2018').status).to.equal('not-found');
  });

  it('does not carry a signature over to another scheme', () => {
    expect(verify(r, 'E06000001', 'local-digital-coalition-2016').status).to.equal('not-found');
  });

  it('the bundled registry verifies Camden as a 2016 founding partner', () => {
    const result = verify(bundledRegistry, 'E09000007', 'local-digital-coalition-2016');
    expect(result.status === 'verified' && result.entry.name).to.equal('London Borough of Camden');
    expect(verify(bundledRegistry, 'E09000007', 'local-digital-declaration-2018').status).to.equal('not-found');
  });
});

describe('loadRegistry over real HTTP: signed registries only', () => {
  // The test server trusts one throwaway key made when it started, and signs every fixture on the
  // fly under /signed/fixtures/… (under /signed-by-stranger/… with a key nobody trusts).
  const signed = (name: string) => `/signed/fixtures/registries/${name}`;

  it('the test build trusts the throwaway test publisher only', () => {
    expect(TRUSTED_PUBLISHERS.map((p) => p.name)).to.deep.equal(['Test Publisher (throwaway key)']);
    expect(Object.isFrozen(TRUSTED_PUBLISHERS) && Object.isFrozen(TRUSTED_PUBLISHERS[0])).to.be.true;
  });

  it('loads a signed registry and says who signed it', async () => {
    const res = await loadRegistry(signed('valid.json'));
    if (!res.ok) throw new Error(res.problem);
    expect(res.registry.entries.length).to.equal(3);
    expect(res.listedBy).to.equal('Test Publisher (throwaway key)');
    expect(res.signedBy?.id).to.equal('test-publisher');
  });

  it('takes the signature from another address when given one', async () => {
    const res = await loadRegistry('/fixtures/registries/valid.json', {
      signatureUrl: signed('valid.json.sig'),
    });
    expect(res.ok).to.be.true;
  });

  it('the bundled registry needs no signature: it ships inside the script', async () => {
    const res = await loadRegistry(null);
    expect(res.ok && res.listedBy).to.equal(bundledRegistry.publisher);
    expect(res.ok && res.signedBy).to.be.null;
  });

  it('finds the signature beside the registry, keeping the query string', () => {
    expect(signatureUrlFor('/r.json')).to.equal('/r.json.sig');
    expect(signatureUrlFor('https://x.org/r.json?v=2#top')).to.equal('https://x.org/r.json.sig?v=2#top');
  });

  const refused: [string, string, string | undefined, string][] = [
    ['an unsigned registry', '/fixtures/registries/valid.json', undefined, 'its signature could not be loaded'],
    [
      'a registry signed with a key nobody trusts',
      '/signed-by-stranger/fixtures/registries/valid.json',
      undefined,
      'does not match',
    ],
    ['a registry changed by one byte after signing', signed('tampered.json'), undefined, 'does not match'],
    ['the signature of another registry', signed('valid.json'), signed('html-in-fields.json.sig'), 'does not match'],
    [
      'a signature file that is not a signature',
      signed('valid.json'),
      signed('valid.json'),
      'does not hold an ECDSA P-256 signature',
    ],
    ['a data: registry', 'data:application/json,{"version":1}', undefined, 'is not one it may request'],
    ['a javascript: registry', ' JaVaScRiPt:alert(1)', undefined, 'is not one it may request'],
    ['a data: signature', signed('valid.json'), 'data:text/plain,AAAA', 'is not one it may request'],
    ['a missing file', signed('nope.json'), undefined, 'HTTP 404'],
    ['a server error', '/fixtures/registries/valid.json?status=503', undefined, 'HTTP 503'],
    ['a signed file that is not JSON', '/signed/fixtures/waste/ics/200000001.ics', undefined, 'not valid JSON'],
    ['wrong types, signed', signed('wrong-types.json'), undefined, 'entries[0].dateSigned: must be a string or null'],
    ['duplicate ids, signed', signed('duplicate-ids.json'), undefined, 'entries[2].id: "E06000001" already appears'],
    ['an entry without evidence, signed', signed('forged-no-evidence.json'), undefined, 'entries[0].evidenceUrl'],
  ];
  for (const [what, url, signatureUrl, expected] of refused) {
    it(`refuses ${what}, with the reason, not an exception`, async () => {
      const res = await loadRegistry(url, { signatureUrl });
      expect(res.ok).to.be.false;
      expect(!res.ok && res.problem).to.contain(expected);
    });
  }

  it('gives up on a slow registry after the timeout', async () => {
    const res = await loadRegistry('/fixtures/registries/valid.json?delay=3000', { timeoutMs: 200 });
    expect(!res.ok && res.problem).to.contain('No response within 200 ms');
  });

  it('the built trust list (dist/) is empty and no file in dist/ holds the test key', async function () {
    const built = await fetch('/raw/dist/endorsement/trusted-publishers.js');
    if (!built.ok) this.skip(); // no build yet: npm test builds before the browser tests
    const builtUrl = '/raw/dist/endorsement/trusted-publishers.js';
    const real = (await import(builtUrl)) as { TRUSTED_PUBLISHERS: unknown[] };
    expect(real.TRUSTED_PUBLISHERS).to.deep.equal([]);
    const key = TRUSTED_PUBLISHERS[0].publicKey as { x: string };
    for (const file of ['endorsement/trusted-publishers.js', 'cdn/ldc.js', 'define/endorsement-badge.js'])
      expect(await (await fetch(`/raw/dist/${file}`)).text(), file).not.to.contain(key.x);
  });
});

describe('filterSignatories', () => {
  const rows = [
    entry({ id: 'a', name: 'Ashdown District Council', type: 'district', dateSigned: '2019-01-01' }),
    entry({ id: 'b', name: 'Bristol City Council', dateSigned: '2018-07-04' }),
    entry({ id: 'c', name: 'Çamden Test Body', type: 'sector-body', role: 'co-publisher', dateSigned: null }),
    entry({ id: 'd', name: 'Leeds City Council', scheme: 'local-digital-coalition-2016', role: 'endorser' }),
  ];
  const names = (q: Parameters<typeof filterSignatories>[1]) =>
    filterSignatories(rows, q)
      .map((e) => e.id)
      .join('');

  it('searches every word of the name, ignoring case and accents', () => {
    expect(names({ search: 'city' })).to.equal('bd');
    expect(names({ search: 'council city leeds' })).to.equal('d');
    expect(names({ search: 'camden' })).to.equal('c');
    expect(names({ search: 'nothing like it' })).to.equal('');
  });
  it('filters by scheme, type and role', () => {
    expect(names({ scheme: 'local-digital-coalition-2016' })).to.equal('d');
    expect(names({ type: 'sector-body' })).to.equal('c');
    expect(names({ role: 'signatory' })).to.equal('ab');
  });
  it('sorts by name either way, and by date with undated entries last', () => {
    expect(names({ sort: 'name-asc' })).to.equal('abcd');
    expect(names({ sort: 'name-desc' })).to.equal('dcba');
    expect(names({ sort: 'date-desc' })).to.equal('abdc');
    expect(names({ sort: 'date-asc' })).to.equal('bdac');
  });
});
