/**
 * Property-based tests (fast-check) for validateRegistry: arbitrary JSON, generated valid
 * registries and mutated ones. Each property runs RUNS (300) generated inputs; the number is in
 * each title, and the tallies (inputs, unexpected exceptions, hangs, wrong acceptances) are logged.
 *
 * "Agrees with the JSON Schema": registry.schema.json compiled by Ajv when the test runs, formats
 * included (ajv-formats: real dates, RFC 3986 URIs), independently of the generated standalone
 * validator the library ships (which leaves formats to the semantic checks). Whatever validateRegistry accepts, the schema accepts; so whatever
 * the schema rejects, validateRegistry rejects. (It may reject more: duplicates, plain http links.)
 */
import { expect } from '@open-wc/testing';
// registry.schema.json compiled by Ajv with ajv-formats when the test server serves this module
// (scripts/trusted-publishers.mjs explains why not here).
import schemaAccepts from 'ldc-registry-schema';
import { safeUrl } from '../../src/core/url-policy.js';
import {
  ORGANISATION_TYPES,
  ROLES,
  SCHEMES,
  validateRegistry,
  type RegistryCheck,
  type SignatoryEntry,
} from '../../src/endorsement/index.js';
import { check, fc, RUNS, withinBudget } from '../support/property.js';

interface Tally {
  inputs: number;
  accepted: number;
  exceptions: number;
  hangs: number;
  wrongAcceptances: number;
}
const tallies: Record<string, Tally> = {};
after(() => {
  for (const [name, t] of Object.entries(tallies))
    console.log(
      `validateRegistry property "${name}": ${t.inputs} inputs (${t.accepted} accepted), ${t.exceptions} unexpected exceptions, ${t.hangs} hangs, ${t.wrongAcceptances} wrong acceptances`,
    );
});

/**
 * validateRegistry within the budget, never throwing; its answer agrees with the schema, and
 * every evidence link it accepts is an https link the URL policy allows unchanged.
 */
function checked(name: string, value: unknown): RegistryCheck {
  const t = (tallies[name] ??= { inputs: 0, accepted: 0, exceptions: 0, hangs: 0, wrongAcceptances: 0 });
  t.inputs++;
  let result: RegistryCheck;
  try {
    result = withinBudget(() => validateRegistry(value), name);
  } catch (e) {
    if (e instanceof Error && / took \d+ ms twice /.test(e.message)) t.hangs++;
    else t.exceptions++;
    throw e;
  }
  if (!result.ok) {
    expect(result.problems.length).to.be.within(1, 20);
    for (const p of result.problems) expect(p.path).to.be.a('string') && expect(p.message).to.be.a('string');
    return result;
  }
  t.accepted++;
  const links = result.registry.entries.map((e) => e.evidenceUrl);
  const schemaOk = schemaAccepts(value);
  const linksOk = links.every((u) => safeUrl(u, 'link') === u && u.startsWith('https://'));
  if (!schemaOk || !linksOk) t.wrongAcceptances++;
  expect(schemaOk, `accepted, but the schema rejects: ${JSON.stringify(schemaAccepts.errors)}`).to.be.true;
  expect(linksOk, `an accepted evidence link is outside the URL policy: ${links.join(' ')}`).to.be.true;
  return result;
}

// ——— Generators ———
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const gss = fc.tuple(fc.constantFrom('E', 'W', 'S', 'N'), digits(8)).map(([c, d]) => c + d);
const word = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  minLength: 1,
  maxLength: 8,
});
const slug = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join('-'));
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 80 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
  fc.constantFrom('<img src=x onerror=alert(1)>Council', 'Ynys Môn', 'Cyngor Sir Ddinbych', '\u202EkrowteN'),
);
const name = text.filter((s) => /\S/u.test(s));
const label = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  minLength: 1,
  maxLength: 10,
});
const pathChar = fc.constantFrom(..."abcXYZ019-._~!$&'()*+,;=:@", '%20', '%C3%B4');
const evidenceUrl = fc
  .tuple(
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 2, maxLength: 6 }),
    fc.array(fc.string({ unit: pathChar, maxLength: 10 }), { maxLength: 4 }),
    fc.option(fc.string({ unit: pathChar, maxLength: 10 }), { nil: undefined }),
  )
  .map(
    ([host, tld, path, query]) =>
      `https://${host.join('.')}.${tld}/${path.join('/')}${query === undefined ? '' : `?${query}`}`,
  );
const entry: fc.Arbitrary<SignatoryEntry> = fc.record({
  id: fc.oneof(gss, slug),
  name,
  type: fc.constantFrom(...ORGANISATION_TYPES),
  scheme: fc.constantFrom(...SCHEMES),
  role: fc.constantFrom(...ROLES),
  dateSigned: fc.option(isoDate, { nil: null }),
  evidenceUrl,
  lastVerified: isoDate,
});
const validRegistry = fc.record({
  version: fc.constant(1 as const),
  publisher: name,
  updated: isoDate,
  entries: fc.uniqueArray(entry, { selector: (e) => `${e.scheme} ${e.id}`, maxLength: 12 }),
});

/** Values an attacker or a careless editor would try in any field. */
const HOSTILE = [
  'javascript:alert(1)',
  ' JaVa\tScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  ' https://example.org/',
  'https://example.org/ ',
  'HTTPS://example.org/',
  'https://Example.org/',
  'http://example.org/',
  '//example.org/',
  '/relative/page',
  'https://exa\tmple.org/',
  'https://example.org/\njavascript:alert(1)',
  'https://example.org/a b',
  'https://example.org/%zz',
  'https://example.org/#a#b',
  'https://example.org/<script>',
  'https://[::1]/',
  'https://user:pass@example.org/',
  'https://example.org:99999/',
  'https://example',
  'https://ex_ample.org/',
  'https://-example.org/',
  'https://xn--mnchen-3ya.de/',
  '2018-02-30',
  '2023-02-29',
  '2024-02-29',
  '2018-7-4',
  '0000-00-00',
  '2026-11-01T00:00:00Z',
  '',
  ' ',
  '\u0000',
  'E0900000',
  'e09000007',
  '__proto__',
  'constructor',
  'x'.repeat(301),
];
const anyValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...HOSTILE, null, 0, -1, 1.5, true, [], {}, 2) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: isoDate },
  { weight: 1, arbitrary: evidenceUrl },
);
const ROOT_KEYS = ['version', 'publisher', 'updated', 'entries', '$schema', 'signed', '__proto__', 'constructor'];
const ENTRY_KEYS = [
  'id',
  'name',
  'type',
  'scheme',
  'role',
  'dateSigned',
  'evidenceUrl',
  'lastVerified',
  'verified',
  '__proto__',
];
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    key: fc.constantFrom(...ROOT_KEYS, ...ENTRY_KEYS),
    value: anyValue,
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), key: fc.constantFrom(...ROOT_KEYS, ...ENTRY_KEYS) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: anyValue }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** A copy of the registry with the mutations applied, as JSON.parse would build it (own keys, even __proto__). */
function mutate(registry: unknown, mutations: Mutation[]): unknown {
  const value = JSON.parse(JSON.stringify(registry)) as Record<string, unknown> & { entries: unknown[] };
  for (const m of mutations) {
    const entries = Array.isArray(value.entries) ? value.entries : [];
    const n = entries.length;
    const target = (m.at % (n + 1) === 0 ? value : entries[(m.at % (n + 1)) - 1]) as Record<string, unknown>;
    if (m.kind === 'set' && target && typeof target === 'object')
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    else if (m.kind === 'delete' && target && typeof target === 'object') delete target[m.key];
    else if (m.kind === 'duplicate' && n) entries.push(JSON.parse(JSON.stringify(entries[m.at % n])));
    else if (m.kind === 'replace' && n) entries[m.at % n] = m.value;
  }
  return value;
}

describe('validateRegistry: properties', () => {
  it('the schema oracle checks formats, which the shipped standalone validator leaves to the semantic checks', () => {
    const registry = { version: 1, publisher: 'P', updated: '2018-02-30', entries: [] };
    expect(schemaAccepts(registry)).to.be.false;
    expect(schemaAccepts({ ...registry, updated: '2024-02-29' })).to.be.true;
    expect(validateRegistry(registry).ok).to.be.false;
  });

  it(`accepts every generated valid registry, as the schema does, and returns the same data (${RUNS} registries)`, () => {
    check(
      fc.property(validRegistry, (registry) => {
        const result = checked('valid registries', registry);
        expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.be.true;
        expect(result.ok && result.registry).to.deep.equal(registry);
      }),
    );
  });

  it(`answers arbitrary JSON with problems, never an exception, agreeing with the schema (${RUNS} values)`, () => {
    check(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        checked('arbitrary JSON', value);
      }),
    );
  });

  it(`answers arbitrary JSON text, parsed, the same way (${RUNS} texts)`, () => {
    check(
      fc.property(fc.json({ maxDepth: 5 }), (textValue) => {
        checked('arbitrary JSON text', JSON.parse(textValue));
      }),
    );
  });

  it(`answers mutated valid registries within the budget, agreeing with the schema (${RUNS} registries)`, () => {
    check(
      fc.property(validRegistry, fc.array(mutation, { minLength: 1, maxLength: 4 }), (registry, mutations) => {
        const value = mutate(registry, mutations) as Record<string, unknown> & { entries: unknown };
        const result = checked('mutated registries', value);
        // A field the format does not have is refused, whatever else happened.
        const objects = [value, ...(Array.isArray(value.entries) ? value.entries : [])];
        const foreign = ['signed', 'verified', 'constructor', '__proto__'];
        if (objects.some((o) => o && typeof o === 'object' && foreign.some((k) => Object.hasOwn(o, k))))
          expect(result.ok).to.be.false;
      }),
    );
  });

  it(`refuses every hostile evidence link and every impossible date (${RUNS} registries)`, () => {
    const badLink = fc.constantFrom(...HOSTILE.filter((h) => !/^https:\/\/[a-z0-9.-]+\.[a-z]+\/$/.test(h)));
    const badDate = fc.constantFrom('2018-02-30', '2023-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '18-07-04');
    check(
      fc.property(validRegistry, fc.nat(), badLink, badDate, fc.boolean(), (registry, at, link, date, useLink) => {
        const value = JSON.parse(JSON.stringify(registry)) as { updated: string; entries: SignatoryEntry[] };
        if (useLink && value.entries.length) value.entries[at % value.entries.length].evidenceUrl = link;
        else value.updated = date;
        const result = checked('hostile links and dates', value);
        expect(result.ok).to.be.false;
      }),
    );
  });

  it('checks a registry of 20,000 entries (the limit) within the budget', () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => ({
      id: `org-${i}`,
      name: `Organisation ${i}`,
      type: 'other',
      scheme: 'local-digital-declaration-2018',
      role: 'signatory',
      dateSigned: '2018-07-04',
      evidenceUrl: `https://example.org/evidence/${i}`,
      lastVerified: '2026-11-01',
    }));
    const result = withinBudget(
      () => validateRegistry({ version: 1, publisher: 'Big', updated: '2026-11-01', entries }),
      '20,000 entries',
      1000,
    );
    expect(result.ok).to.be.true;
  });
});
