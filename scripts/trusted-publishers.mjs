// Registry signing, shared by `npm run registry:sign` / `registry:verify`, the test server and
// Storybook: ECDSA P-256 with SHA-256 over the exact bytes of a registry file, through Node's
// WebCrypto (the same algorithm the browsers check with crypto.subtle). The signature file holds
// the 64-byte signature (r ‖ s) in base64.
//
// The test server and Storybook never see a real key: each makes a throwaway key pair when it
// starts, signs the fixture and demo registries on the fly, and serves src/endorsement/
// trusted-publishers.ts replaced by a module that trusts that throwaway public key. The real
// module (empty until a publisher has a key) is what `npm run build` puts in dist/.
import { webcrypto } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, normalize, relative, sep } from 'node:path';

const { subtle } = webcrypto;
export const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' };
export const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' };

/** A new extractable P-256 key pair. */
export const generateKeyPair = () => subtle.generateKey(ECDSA_P256, true, ['sign', 'verify']);

/** The public half as the JWK the trust list holds: { kty, crv, x, y }. */
export async function publicJwkOf(key) {
  const { kty, crv, x, y } = await subtle.exportKey('jwk', key);
  return { kty, crv, x, y };
}

/** A private key as PKCS#8 PEM, the form registry:sign reads from a file or an environment variable. */
export async function pkcs8Pem(privateKey) {
  const der = Buffer.from(await subtle.exportKey('pkcs8', privateKey)).toString('base64');
  return `-----BEGIN PRIVATE KEY-----\n${der.match(/.{1,64}/g).join('\n')}\n-----END PRIVATE KEY-----\n`;
}

const pemBody = (text) =>
  Buffer.from(
    text
      .replace(/-----(BEGIN|END) [A-Z ]+-----/g, '')
      .replace(/\s+/g, '')
      .trim(),
    'base64',
  );

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A private signing key from text: a JWK (JSON with "d"), or PKCS#8 as PEM or bare base64. */
export async function importPrivateKey(text) {
  const jwk = parseJson(text.trim());
  if (jwk && typeof jwk === 'object') {
    if (!jwk.d) throw new Error('the JWK has no "d": it is a public key, not a private one');
    return subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d }, ECDSA_P256, true, [
      'sign',
    ]);
  }
  return subtle.importKey('pkcs8', pemBody(text), ECDSA_P256, true, ['sign']);
}

/** A public verifying key from text or an object: a JWK, or SPKI as PEM or bare base64. */
export async function importPublicKey(value) {
  const jwk = typeof value === 'object' ? value : parseJson(value.trim());
  if (jwk && typeof jwk === 'object')
    return subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, ECDSA_P256, true, ['verify']);
  return subtle.importKey('spki', pemBody(value), ECDSA_P256, true, ['verify']);
}

/** The public key of a private one (through its JWK). */
export async function publicKeyOf(privateKey) {
  const { kty, crv, x, y } = await subtle.exportKey('jwk', privateKey);
  return importPublicKey({ kty, crv, x, y });
}

/** The text of a .sig file for these bytes: the signature in base64, and a newline. */
export async function sign(privateKey, bytes) {
  return `${Buffer.from(await subtle.sign(ECDSA_SHA256, privateKey, bytes)).toString('base64')}\n`;
}

/** Whether the text of a .sig file signs exactly these bytes (the browsers' rule: canonical base64, 64 bytes). */
export async function verify(publicKey, bytes, signatureText) {
  const text = String(signatureText).trim();
  if (!/^[A-Za-z0-9+/]{85}[AQgw]==$/.test(text)) return false;
  return subtle.verify(ECDSA_SHA256, publicKey, Buffer.from(text, 'base64'), bytes);
}

/**
 * Why browsers would not see these bytes as they are ('' when they would): the components read a
 * registry as text (UTF-8) and check the signature over that text encoded again, so a byte order
 * mark or an invalid UTF-8 sequence would make a correct signature fail.
 */
export function utf8Problem(bytes) {
  const buffer = Buffer.from(bytes);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return 'the file starts with a byte order mark; save it as UTF-8 without one';
  if (!Buffer.from(new TextDecoder().decode(buffer), 'utf8').equals(buffer))
    return 'the file is not valid UTF-8; save it as UTF-8';
  return '';
}

/** Source text of a replacement for src/endorsement/trusted-publishers.ts that trusts these publishers. */
export function trustedPublishersModule(publishers) {
  const frozen = publishers.map(
    (p) =>
      `Object.freeze({ id: ${JSON.stringify(p.id)}, name: ${JSON.stringify(p.name)}, publicKey: Object.freeze(${JSON.stringify(p.publicKey)}) })`,
  );
  return (
    `// Served in place of src/endorsement/trusted-publishers.ts by scripts/trusted-publishers.mjs: a throwaway key.\n` +
    `export const TRUSTED_PUBLISHERS = Object.freeze([${frozen.join(', ')}]);\n`
  );
}

// ——— Signed registries served by the test server and Storybook ———

/**
 * URL prefixes and the folders they sign from (any file: a signed .ics is a registry that is not
 * JSON). `stranger` signs with a key nobody trusts.
 */
const ROUTES = [
  { prefix: '/signed/fixtures/', dir: 'test/fixtures', key: 'trusted' },
  { prefix: '/signed/assets/', dir: 'stories/assets', key: 'trusted' },
  { prefix: '/signed-by-stranger/fixtures/', dir: 'test/fixtures', key: 'stranger' },
];

/** Tampered copies are served with the signature of the file they were copied from. */
export const SIGNATURE_OF = {
  'stories/assets/demo-registry-tampered.json': 'stories/assets/demo-registry.json',
  'test/fixtures/registries/tampered.json': 'test/fixtures/registries/valid.json',
};

/** The demo registries Storybook's static build carries, signed, under /signed/assets/. */
export const DEMO_REGISTRIES = ['demo-registry.json', 'demo-registry-tampered.json'];

/** Which file (and key) a request path names, or null; never outside the route's folder. */
function route(path) {
  const r = ROUTES.find((x) => path.startsWith(x.prefix));
  if (!r) return null;
  const isSignature = path.endsWith('.sig');
  const rel = normalize(decodeURIComponent(path.slice(r.prefix.length, isSignature ? -4 : undefined)));
  if (rel.startsWith('..') || rel.includes(`${sep}..`)) return null;
  return { file: join(r.dir, rel), key: r.key, isSignature };
}

/**
 * A throwaway publisher made now: the replacement trust-list module, and the responses for
 * /signed/… paths (the registry's bytes, or its signature). Nothing is written to disk.
 */
export async function throwawayPublisher({ id, name, root = process.cwd() }) {
  const keys = { trusted: await generateKeyPair(), stranger: await generateKeyPair() };
  const publisher = { id, name, publicKey: await publicJwkOf(keys.trusted.publicKey) };
  const read = (file) => readFile(join(root, file)).catch(() => null);
  return {
    publisher,
    module: trustedPublishersModule([publisher]),
    /** { body, type } for a request path (query string already removed), or null when it is not ours. */
    async respond(path) {
      const r = route(path);
      if (!r) return null;
      const bytes = await read(r.file);
      if (!bytes) return null;
      if (!r.isSignature) return { body: bytes, type: 'application/json' };
      const signed = await read(SIGNATURE_OF[relative('.', r.file).split(sep).join('/')] ?? r.file);
      return { body: await sign(keys[r.key].privateKey, signed), type: 'text/plain' };
    },
  };
}

/**
 * The problems with a parsed registry, as sentences ([] when it is fine): registry.schema.json
 * compiled by Ajv with its formats (real dates, URIs), plus one entry per organisation per scheme.
 * The components check the same before they show a registry; signing an invalid one is pointless.
 */
export async function registryProblems(value, root = process.cwd()) {
  const [{ default: Ajv2020 }, { default: addFormats }] = await Promise.all([
    import('ajv/dist/2020.js'),
    import('ajv-formats'),
  ]);
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(await readFile(join(root, 'src/endorsement/registry.schema.json'), 'utf8')));
  if (!validate(value))
    return validate.errors.map(
      (e) =>
        `${e.instancePath || '(root)'} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ''}`,
    );
  const seen = new Set();
  const problems = [];
  value.entries.forEach((e, i) => {
    const key = `${e.scheme} ${e.id}`;
    if (seen.has(key)) problems.push(`/entries/${i}/id "${e.id}" appears twice for ${e.scheme}`);
    seen.add(key);
  });
  return problems;
}

/**
 * registry.schema.json as Ajv compiles it now, formats included (ajv-formats' full date and uri
 * checks), for the test page: an oracle independent of the generated validator the library ships.
 * (Ajv cannot load in the test page itself: the test server hands the CommonJS proxies of its
 * JSON meta-schemas to esbuild's JSON loader.) Compiled in Node when the test server serves it.
 */
export async function registrySchemaModule(root = process.cwd()) {
  const [{ default: Ajv2020 }, { default: addFormats }, { default: standaloneCode }] = await Promise.all([
    import('ajv/dist/2020.js'),
    import('ajv-formats'),
    import('ajv/dist/standalone/index.js'),
  ]);
  const ajv = new Ajv2020({ code: { source: true, esm: true }, strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  const schema = JSON.parse(await readFile(join(root, 'src/endorsement/registry.schema.json'), 'utf8'));
  const code = standaloneCode(ajv, ajv.compile(schema))
    .replaceAll('require("ajv/dist/runtime/ucs2length").default', '((s) => [...s].length)')
    .replaceAll('require("ajv-formats/dist/formats").fullFormats', 'fullFormats');
  if (/require\(/.test(code)) throw new Error('registry schema oracle: unexpected require() in the compiled code');
  // The test server's CommonJS interop gives ajv-formats' exports as the default or as named exports.
  return (
    `import * as formatsModule from 'ajv-formats/dist/formats.js';\n` +
    `const fullFormats = formatsModule.fullFormats ?? formatsModule.default.fullFormats;\n${code}`
  );
}

const isTrustList = (path) => /\/src\/endorsement\/trusted-publishers\.(ts|js)$/.test(path);

/**
 * @web/test-runner plugin: serves the trust list with a throwaway test key, and signed fixture
 * and demo registries under /signed/fixtures/… and /signed/assets/… (/signed-by-stranger/… with
 * an untrusted key); and `import … from 'ldc-registry-schema'`, the registry schema compiled by Ajv
 * now. Put it after the esbuild plugin and before the CommonJS one: esbuild turns every .json
 * response into a JavaScript module, and this plugin's transform gives a registry its own bytes
 * back (so a file that is not valid JSON cannot be served as /signed/….json: esbuild fails on it
 * first; sign a file with another extension instead, like the .ics fixture); and the CommonJS
 * plugin would otherwise try to load this plugin's virtual modules from disk.
 */
export function trustedPublishersTestPlugin() {
  const made = throwawayPublisher({ id: 'test-publisher', name: 'Test Publisher (throwaway key)' });
  return {
    name: 'ldc-trusted-publishers',
    resolveImport({ source }) {
      return source === 'ldc-registry-schema' ? '/__ldc/registry-schema.js' : undefined;
    },
    async serve(context) {
      if (isTrustList(context.path)) return { body: (await made).module, type: 'js' };
      if (context.path === '/__ldc/registry-schema.js') return { body: await registrySchemaModule(), type: 'js' };
      const res = await (await made).respond(context.path);
      return res ? { body: res.body.toString('utf8'), type: res.type } : undefined;
    },
    resolveMimeType(context) {
      return route(context.path) ? (context.path.endsWith('.sig') ? 'text/plain' : 'application/json') : undefined;
    },
    async transform(context) {
      const r = route(context.path);
      if (!r || r.isSignature) return undefined;
      const res = await (await made).respond(context.path);
      return res ? { body: res.body.toString('utf8'), transformCache: false } : undefined;
    },
  };
}

/**
 * Vite plugin for Storybook: the trust list with a throwaway demo key made when Storybook starts,
 * the signed demo registries under /signed/assets/ in `storybook dev`, and the same files written
 * into the static build (the key itself is never written anywhere).
 */
export function trustedPublishersVitePlugin() {
  const made = throwawayPublisher({
    id: 'storybook-demo',
    name: 'Storybook demo publisher (throwaway key)',
  });
  return {
    name: 'ldc-trusted-publishers',
    enforce: 'pre',
    async load(id) {
      if (isTrustList(id.split('?')[0].split(sep).join('/'))) return (await made).module;
      return null;
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        try {
          const found = await (await made).respond((req.url ?? '').split('?')[0]);
          if (!found) return next();
          res.setHeader('Content-Type', found.type);
          res.setHeader('Cache-Control', 'no-store');
          res.end(found.body);
        } catch (e) {
          next(e);
        }
      });
    },
    async generateBundle() {
      for (const name of DEMO_REGISTRIES)
        for (const path of [`/signed/assets/${name}`, `/signed/assets/${name}.sig`]) {
          const found = await (await made).respond(path);
          if (found) this.emitFile({ type: 'asset', fileName: path.slice(1), source: found.body });
        }
    },
  };
}
