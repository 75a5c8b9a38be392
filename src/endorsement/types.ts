/** The signatories registry: who has endorsed or signed which Local Digital scheme. */

export const SCHEMES = ['local-digital-coalition-2016', 'local-digital-declaration-2018'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const ORGANISATION_TYPES = [
  'county',
  'district',
  'unitary',
  'metropolitan',
  'london-borough',
  'combined-authority',
  'sector-body',
  'central-government',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ROLES = ['co-publisher', 'signatory', 'endorser'] as const;
export type Role = (typeof ROLES)[number];

export interface SignatoryEntry {
  /** ONS GSS code for councils (e.g. "E09000007"); a stable slug for other bodies. */
  id: string;
  name: string;
  type: OrganisationType;
  scheme: Scheme;
  role: Role;
  /** ISO 8601 date; null when unknown (signing dates are not published). */
  dateSigned: string | null;
  /** A public https page that shows the endorsement or signature. */
  evidenceUrl: string;
  /** ISO 8601 date the evidence was last checked. */
  lastVerified: string;
}

export interface Registry {
  /** Format version; this library reads version 1. */
  version: 1;
  /** Who publishes this registry. */
  publisher: string;
  /** ISO 8601 date of the last change. */
  updated: string;
  entries: SignatoryEntry[];
}

export type VerifyResult =
  { status: 'verified'; entry: SignatoryEntry } | { status: 'not-found'; orgId: string; scheme: string };

/** A problem found in a registry, with where it is (`entries[3].evidenceUrl`). */
export interface RegistryProblem {
  path: string;
  message: string;
}

/** validateRegistry's answer: a clean, frozen copy of the registry, or the problems (never an exception). */
export type RegistryCheck = { ok: true; registry: Registry } | { ok: false; problems: RegistryProblem[] };

/** An ECDSA P-256 public key as a JWK (the four fields that matter). */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/**
 * A publisher whose signed registries the components trust: compiled into the bundle
 * (trusted-publishers.ts), never read from the page.
 */
export interface TrustedPublisher {
  /** A stable slug, e.g. "local-digital-coalition". */
  readonly id: string;
  /** Who vouches, as residents read it: "Listed by <name>". */
  readonly name: string;
  /** The ECDSA P-256 public key: a JWK, or SPKI DER in base64. */
  readonly publicKey: Readonly<PublicJwk> | string;
}

/** Why a registry from an address is refused while the compiled-in trust list is empty. */
export const NO_PUBLISHER_KEY =
  'no publisher key is built into this copy of the components, so a registry from an address cannot be trusted yet (use the bundled registry, or build the components with your publisher key)';
