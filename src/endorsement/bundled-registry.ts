import type { Registry, SignatoryEntry } from './types.js';

/**
 * The registry shipped with the package: only facts with public evidence. The 2016 Action
 * Plan's founding partners, as reported when the DCLG Local Digital Programme handed over
 * to the Local Digital Coalition (shared/reference/endorsement.md §1). No list of later
 * endorsers is known to have been published, and signing dates were not, so dateSigned is
 * null. Councils and the coalition can point the components at their own registry URL.
 */
const evidence =
  'https://www-ukauthority-com.azurewebsites.net/articles/dclg-local-digital-passes-baton-to-local-digital-coalition';
const lastVerified = '2026-11-28';

const founding = (id: string, name: string, type: SignatoryEntry['type']): SignatoryEntry =>
  Object.freeze({
    id,
    name,
    type,
    scheme: 'local-digital-coalition-2016',
    role: 'endorser',
    dateSigned: null,
    evidenceUrl: evidence,
    lastVerified,
  });

/** Frozen, entries and all: no script on the page can add an organisation to it. */
export const bundledRegistry: Registry = Object.freeze({
  version: 1,
  publisher: 'Local Digital Components (compiled from public sources)',
  updated: lastVerified,
  entries: Object.freeze([
    founding('E09000007', 'London Borough of Camden', 'london-borough'),
    founding('E06000023', 'Bristol City Council', 'unitary'),
    founding('E08000035', 'Leeds City Council', 'metropolitan'),
    founding('E06000032', 'Luton Borough Council', 'unitary'),
    founding('E10000031', 'Warwickshire County Council', 'county'),
    founding('solace', 'Solace (Society of Local Authority Chief Executives)', 'sector-body'),
    founding('local-cio-council', 'Local CIO Council', 'sector-body'),
    founding('socitm', 'Socitm (Society for Innovation, Technology and Modernisation)', 'sector-body'),
    founding('localgov-digital', 'LocalGov Digital', 'sector-body'),
    founding('inetwork', 'iNetwork', 'sector-body'),
    founding('istanduk', 'iStandUK', 'sector-body'),
  ]) as SignatoryEntry[],
});
