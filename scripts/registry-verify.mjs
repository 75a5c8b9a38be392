// npm run registry:verify -- <registry.json> [signature-file] [public-key]
//
// Checks a registry as the components would: the signature (default <registry.json>.sig) over the
// exact bytes with the publisher's public key, then the registry's format. The public key is a
// file (JWK JSON or SPKI PEM), the JWK itself, or LDC_REGISTRY_PUBLIC_KEY. Exit code 0 when both
// pass, 1 otherwise, with the reason.
import { existsSync, readFileSync } from 'node:fs';
import { importPublicKey, registryProblems, utf8Problem, verify } from './trusted-publishers.mjs';

const usage = 'Usage: npm run registry:verify -- <registry.json> [signature-file] [public-key file or JWK]';
function fail(message) {
  console.error(`registry:verify: ${message}`);
  process.exit(1);
}

const [file, signatureFile = `${file}.sig`, keyArg = process.env.LDC_REGISTRY_PUBLIC_KEY] = process.argv.slice(2);
if (!file) fail(usage);
if (!keyArg) fail(`no public key: give it as the third argument or set LDC_REGISTRY_PUBLIC_KEY\n${usage}`);
if (!existsSync(signatureFile)) fail(`no signature at ${signatureFile}`);

let publicKey;
try {
  publicKey = await importPublicKey(existsSync(keyArg) ? readFileSync(keyArg, 'utf8') : keyArg);
} catch (e) {
  fail(`the public key is not an ECDSA P-256 key as a JWK or SPKI PEM (${e.message})`);
}
const bytes = readFileSync(file);
if (!(await verify(publicKey, bytes, readFileSync(signatureFile, 'utf8'))))
  fail(
    `REFUSED: ${signatureFile} does not sign ${file} with this key (the file changed after signing, or another key signed it)`,
  );
const encoding = utf8Problem(bytes);
if (encoding) fail(`REFUSED: ${file}: ${encoding} (browsers would not see the signed bytes)`);
let registry;
try {
  registry = JSON.parse(bytes.toString('utf8'));
} catch (e) {
  fail(`REFUSED: the signature is good, but ${file} is not valid JSON: ${e.message}`);
}
const problems = await registryProblems(registry);
if (problems.length) fail(`REFUSED: the signature is good, but the registry is not valid:\n  ${problems.join('\n  ')}`);
console.log(
  `registry:verify: OK: ${file} is signed by this key and is a valid registry (${registry.entries.length} entries, updated ${registry.updated})`,
);
