/**
 * Registry signatures: ECDSA P-256 / SHA-256 over the exact bytes, checked with WebCrypto. Keys
 * here are throwaway pairs made by the test itself. Property tests (fast-check) run RUNS (300)
 * generated inputs each; the number is in each title, and the tallies are logged at the end.
 */
import { expect } from '@open-wc/testing';
import {
  NO_PUBLISHER_KEY,
  parseSignature,
  verifyRegistrySignature,
  type SignatureCheck,
  type TrustedPublisher,
} from '../../src/endorsement/index.js';
import { check, fc, RUNS, withinBudgetAsync } from '../support/property.js';

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' };
const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' };
const base64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const encode = (text: string) => new TextEncoder().encode(text);

async function throwaway(id: string) {
  const pair = await crypto.subtle.generateKey(ECDSA_P256, true, ['sign', 'verify']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const publisher: TrustedPublisher = Object.freeze({
    id,
    name: `Publisher ${id}`,
    publicKey: { kty: kty as 'EC', crv: crv as 'P-256', x: x!, y: y! },
  });
  const spki = base64(await crypto.subtle.exportKey('spki', pair.publicKey));
  const rawSign = async (bytes: Uint8Array<ArrayBuffer>) =>
    new Uint8Array(await crypto.subtle.sign(ECDSA_SHA256, pair.privateKey, bytes));
  return {
    publisher,
    spkiPublisher: Object.freeze({ ...publisher, publicKey: spki }) as TrustedPublisher,
    rawSign,
    sign: async (bytes: Uint8Array<ArrayBuffer>) => `${base64(await rawSign(bytes))}\n`,
  };
}

type Signer = Awaited<ReturnType<typeof throwaway>>;
let alice: Signer;
let bob: Signer;
before(async () => {
  [alice, bob] = await Promise.all([throwaway('alice'), throwaway('bob')]);
});

const registryText = '{"version":1,"publisher":"Alice","updated":"2026-11-01","entries":[]}\n';

describe('verifyRegistrySignature', () => {
  it('accepts a signature over exactly these bytes and names the publisher, with a JWK or an SPKI key', async () => {
    const bytes = encode(registryText);
    const sig = await alice.sign(bytes);
    for (const publishers of [[alice.publisher], [alice.spkiPublisher], [bob.publisher, alice.publisher]]) {
      const res = await verifyRegistrySignature(bytes, sig, publishers);
      expect(res.ok && res.publisher.id).to.equal('alice');
    }
    expect((await verifyRegistrySignature(bytes, `  \r\n${sig.trim()}\n\n`, [alice.publisher])).ok).to.be.true;
  });

  it('refuses the same bytes signed by a key nobody trusts', async () => {
    const bytes = encode(registryText);
    const res = await verifyRegistrySignature(bytes, await bob.sign(bytes), [alice.publisher]);
    expect(!res.ok && res.problem).to.contain('does not match the file');
  });

  it('refuses everything while the trust list is empty (the production build today)', async () => {
    const bytes = encode(registryText);
    const res = await verifyRegistrySignature(bytes, await alice.sign(bytes), []);
    expect(res).to.deep.equal({ ok: false, problem: NO_PUBLISHER_KEY });
  });

  it('skips a broken key in the list and still checks the others', async () => {
    const bytes = encode(registryText);
    const broken: TrustedPublisher[] = [
      { id: 'garbage', name: 'Garbage', publicKey: 'AAAA' },
      { id: 'nokey', name: 'No key', publicKey: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' } },
    ];
    const res = await verifyRegistrySignature(bytes, await alice.sign(bytes), [...broken, alice.publisher]);
    expect(res.ok && res.publisher.id).to.equal('alice');
    expect((await verifyRegistrySignature(bytes, await alice.sign(bytes), broken)).ok).to.be.false;
  });

  it('reads only the canonical form of a 64-byte signature', async () => {
    const raw = await alice.rawSign(encode(registryText));
    const good = base64(raw);
    expect(parseSignature(good)).to.deep.equal(raw);
    const lastData = good[85];
    const variants = [
      '',
      'not a signature',
      good.slice(0, -2), // no padding
      good.replace(/\+/g, '-').replace(/\//g, '_') + (good.includes('+') || good.includes('/') ? '' : '!'), // base64url
      `${good.slice(0, 85)}${lastData === 'A' ? 'B' : 'R'}==`, // unused bits set: same bytes, another text
      `${good.slice(0, 40)} ${good.slice(40)}`, // a space inside
      base64(new Uint8Array([...raw, 0])), // 65 bytes
      base64(raw.slice(0, 63)), // 63 bytes
      good.repeat(20),
    ];
    for (const v of variants) expect(parseSignature(v), v).to.be.null;
    for (const v of [null, undefined, 42, {}, [], encode(good), Symbol('sig')]) expect(parseSignature(v)).to.be.null;
  });
});

describe('verifyRegistrySignature: properties', () => {
  interface Tally {
    inputs: number;
    exceptions: number;
    hangs: number;
    wrongAcceptances: number;
  }
  const tallies: Record<string, Tally> = {};
  after(() => {
    for (const [name, t] of Object.entries(tallies))
      console.log(
        `signature property "${name}": ${t.inputs} inputs, ${t.exceptions} unexpected exceptions, ${t.hangs} hangs, ${t.wrongAcceptances} wrong acceptances`,
      );
  });

  /** Verifies within the budget, counting an exception (there should be none: it answers, never throws) or a hang. */
  async function counted(name: string, call: () => Promise<SignatureCheck>): Promise<SignatureCheck> {
    const t = (tallies[name] ??= { inputs: 0, exceptions: 0, hangs: 0, wrongAcceptances: 0 });
    t.inputs++;
    try {
      return await withinBudgetAsync(call, name);
    } catch (e) {
      if (e instanceof Error && / took \d+ ms twice /.test(e.message)) t.hangs++;
      else t.exceptions++;
      throw e;
    }
  }
  const refused = (name: string, res: SignatureCheck) => {
    if (res.ok) tallies[name].wrongAcceptances++;
    return !res.ok;
  };

  const change = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('append' as const), text: fc.constantFrom(' ', '\n', '\r\n', '\uFEFF', '{}') }),
  );
  type Change = typeof change extends fc.Arbitrary<infer C> ? C : never;
  function changed(bytes: Uint8Array<ArrayBuffer>, c: Change): Uint8Array<ArrayBuffer> {
    const out = [...bytes];
    const at = bytes.length ? c.kind === 'append' ? 0 : c.at % bytes.length : 0; // prettier-ignore
    if (c.kind === 'flip') {
      if (!out.length) out.push(1);
      else out[at] ^= 1 << c.bit;
    } else if (c.kind === 'insert') out.splice(at, 0, c.byte);
    else if (c.kind === 'delete') {
      if (!out.length) out.push(0);
      else out.splice(at, 1);
    } else out.push(...encode(c.text));
    return new Uint8Array(out);
  }

  const registryLike = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.json({ maxDepth: 4 }),
    fc.constant(registryText),
  );

  it(`accepts the signed bytes and refuses any change to them (${RUNS} generated files)`, async () => {
    await check(
      fc.asyncProperty(registryLike, change, async (text, c) => {
        const bytes = encode(text);
        const sig = await alice.sign(bytes);
        const good = await counted('bytes changed', () => verifyRegistrySignature(bytes, sig, [alice.publisher]));
        expect(good.ok, 'the unchanged file').to.be.true;
        const bad = await counted('bytes changed', () =>
          verifyRegistrySignature(changed(bytes, c), sig, [alice.publisher]),
        );
        expect(refused('bytes changed', bad), 'the changed file').to.be.true;
      }),
    );
  });

  it(`refuses any change to the signature's bytes (${RUNS} generated changes)`, async () => {
    const bytes = encode(registryText);
    const raw = await alice.rawSign(bytes);
    await check(
      fc.asyncProperty(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const sig = raw.slice();
        sig[at] ^= mask;
        const res = await counted('signature changed', () =>
          verifyRegistrySignature(bytes, base64(sig), [alice.publisher, bob.publisher]),
        );
        expect(refused('signature changed', res)).to.be.true;
      }),
    );
  });

  it(`refuses any other text as a signature, and never throws (${RUNS} generated values)`, async () => {
    const bytes = encode(registryText);
    const good = (await alice.sign(bytes)).trim();
    const edited = fc
      .tuple(fc.nat({ max: 87 }), fc.constantFrom(...'ABCabc019+/=-_ \n'))
      .map(([at, ch]) => good.slice(0, at) + ch + good.slice(at + 1))
      .filter((s) => s.trim() !== good);
    const anything = fc.oneof(
      edited,
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.base64String({ maxLength: 120 }),
      fc.anything(),
    );
    await check(
      fc.asyncProperty(anything, async (signature) => {
        const res = await counted('other signature text', () =>
          verifyRegistrySignature(bytes, signature, [alice.publisher]),
        );
        expect(refused('other signature text', res)).to.be.true;
      }),
    );
  });
});
