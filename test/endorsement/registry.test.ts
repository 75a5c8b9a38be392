import { expect } from '@open-wc/testing';
import {
  bundledRegistry,
  filterSignatories,
  loadRegistry,
  validateRegistry,
  verify,
  MAX_ENTRIES,
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
  return r.ok ? 'valid' : `${r.problem.path}: ${r.problem.message}`;
};

describe('validateRegistry: the first problem, with its path', () => {
  it('accepts the bundled registry and a well-formed one', () => {
    expect(problemOf(bundledRegistry)).to.equal('valid');
    expect(
      problemOf(registry([entry(), entry({ scheme: 'local-digital-coalition-2016', role: 'endorser' })])),
    ).to.equal('valid');
  });

  const cases: [string, unknown, string][] = [
    ['not an object', [], '(root): must be a JSON object'],
    ['wrong version', { ...(registry([]) as object), version: 2 }, 'version: must be 1 (got 2)'],
    ['entries missing', { version: 1, publisher: 'x', updated: '2026-01-01' }, 'entries: must be an array'],
    ['entry not an object', registry([entry(), 'Camden']), 'entries[1]: must be an object'],
    ['empty name', registry([entry({ name: ' ' })]), 'entries[0].name: must be a non-empty string'],
    ['unknown type', registry([entry({ type: 'parish' as never })]), 'entries[0].type: must be one of'],
    ['unknown scheme', registry([entry({ scheme: 'made-up' as never })]), 'entries[0].scheme: must be one of'],
    ['bad id', registry([entry({ id: 'Camden Council' })]), 'entries[0].id: "Camden Council" is neither'],
    [
      'date of wrong type',
      registry([entry({ dateSigned: 20180704 as never })]),
      'entries[0].dateSigned: must be an ISO date',
    ],
    ['impossible date', registry([entry({ dateSigned: '2018-02-30' })]), 'entries[0].dateSigned: must be an ISO date'],
    ['no evidence', registry([entry({ evidenceUrl: '' })]), 'entries[0].evidenceUrl: must be a non-empty string'],
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

describe('loadRegistry over real HTTP', () => {
  it('loads and validates a registry', async () => {
    const res = await loadRegistry('/fixtures/registries/valid.json');
    expect(res.ok && res.registry.entries.length).to.equal(3);
  });
  const failures: [string, string, string][] = [
    ['a missing file', '/fixtures/registries/nope.json', 'HTTP 404'],
    ['a server error', '/fixtures/registries/valid.json?status=503', 'HTTP 503'],
    ['malformed JSON', '/fixtures/registries/not-json.json', 'not valid JSON'],
    ['wrong types', '/fixtures/registries/wrong-types.json', 'entries[0].dateSigned: must be an ISO date'],
    ['duplicate ids', '/fixtures/registries/duplicate-ids.json', 'entries[2].id: "E06000001" already appears'],
    ['a forged entry without evidence', '/fixtures/registries/forged-no-evidence.json', 'entries[0].evidenceUrl'],
  ];
  for (const [what, url, expected] of failures) {
    it(`reports ${what} as a problem, not an exception`, async () => {
      const res = await loadRegistry(url);
      expect(res.ok).to.be.false;
      expect(!res.ok && res.problem).to.contain(expected);
    });
  }
  it('gives up on a slow registry after the timeout', async () => {
    const res = await loadRegistry('/fixtures/registries/valid.json?delay=3000', { timeoutMs: 200 });
    expect(!res.ok && res.problem).to.contain('No response within 200 ms');
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
