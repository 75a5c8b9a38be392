// npm run registry:sign -- <registry.json> [--key <private-key-file>] [--out <signature-file>]
// npm run registry:sign -- --new-key <private-key-file>
//
// Signs a signatories registry for <ldc-endorsement-badge registry="…"> and <ldc-signatories-list>:
// ECDSA P-256 with SHA-256 over the exact bytes of the file, written in base64 to <registry.json>.sig
// (publish it beside the registry). The private key comes from --key <file>, or the environment:
// LDC_REGISTRY_PRIVATE_KEY (the key itself) or LDC_REGISTRY_PRIVATE_KEY_FILE (a path); PKCS#8 PEM
// or a JWK. Keep it out of the repository: it is never committed, and nothing here writes it there.
// Prints the public key, the entry to add to src/endorsement/trusted-publishers.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  generateKeyPair,
  importPrivateKey,
  pkcs8Pem,
  publicJwkOf,
  publicKeyOf,
  registryProblems,
  sign,
  utf8Problem,
  verify,
} from './trusted-publishers.mjs';

const usage = `Usage:
  npm run registry:sign -- <registry.json> [--key <private-key-file>] [--out <signature-file>]
  npm run registry:sign -- --new-key <private-key-file>      (makes a key pair; keep the file secret)
The key: --key <file>, or LDC_REGISTRY_PRIVATE_KEY (PKCS#8 PEM or JWK), or LDC_REGISTRY_PRIVATE_KEY_FILE.`;

function fail(message) {
  console.error(`registry:sign: ${message}`);
  process.exit(1);
}

function option(name) {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value\n${usage}`);
  process.argv.splice(i, 2);
  return value;
}

/** Inside this repository (or any folder under the current one), a key could be committed by mistake. */
const insideProject = (file) => !relative(process.cwd(), resolve(file)).startsWith('..');

function printTrustEntry(jwk, name) {
  const entry = { id: 'your-publisher-id', name, publicKey: jwk };
  console.log(`\nPublic key (safe to publish). Add this entry to src/endorsement/trusted-publishers.ts:\n`);
  console.log(`  ${JSON.stringify(entry)},\n`);
}

const newKey = option('--new-key');
if (newKey) {
  if (insideProject(newKey))
    fail(`${newKey} is inside this project, where it could be committed; write the private key outside it`);
  if (existsSync(newKey)) fail(`${newKey} exists already; not overwriting a key`);
  const pair = await generateKeyPair();
  writeFileSync(newKey, await pkcs8Pem(pair.privateKey), { mode: 0o600, flag: 'wx' });
  console.log(`registry:sign: wrote a new private key to ${newKey} (readable by you only). Keep it secret.`);
  printTrustEntry(await publicJwkOf(pair.publicKey), 'Your organisation');
  process.exit(0);
}

const keyFile = option('--key') ?? process.env.LDC_REGISTRY_PRIVATE_KEY_FILE;
const out = option('--out');
const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length) fail(`give one registry file\n${usage}`);
const keyText = keyFile ? readFileSync(keyFile, 'utf8') : process.env.LDC_REGISTRY_PRIVATE_KEY;
if (!keyText) fail(`no private key: give --key <file> or set LDC_REGISTRY_PRIVATE_KEY\n${usage}`);

const bytes = readFileSync(file);
const encoding = utf8Problem(bytes);
if (encoding) fail(`${file}: ${encoding}`);
let registry;
try {
  registry = JSON.parse(bytes.toString('utf8'));
} catch (e) {
  fail(`${file} is not valid JSON: ${e.message}`);
}
const problems = await registryProblems(registry);
if (problems.length)
  fail(`${file} is not a valid registry, so browsers would refuse it; not signing:\n  ${problems.join('\n  ')}`);

let privateKey;
try {
  privateKey = await importPrivateKey(keyText);
} catch (e) {
  fail(`the private key is not an ECDSA P-256 key in PKCS#8 PEM or JWK form (${e.message})`);
}
const signature = await sign(privateKey, bytes);
const publicKey = await publicKeyOf(privateKey);
if (!(await verify(publicKey, bytes, signature))) fail('the new signature does not verify; nothing written');
const target = out ?? `${file}.sig`;
writeFileSync(target, signature);
console.log(`registry:sign: signed ${file} (${bytes.length} bytes, ${registry.entries.length} entries) → ${target}`);
console.log('Publish both files side by side; any later change to the registry needs a new signature.');
printTrustEntry(await publicJwkOf(publicKey), registry.publisher);
