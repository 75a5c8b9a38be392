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

/** The first problem found in a registry, with where it is. */
export interface RegistryProblem {
  path: string;
  message: string;
}
