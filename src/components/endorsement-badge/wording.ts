import { msg, str } from '../../core/i18n.js';
import type { OrganisationType, Role, Scheme, SignatoryEntry } from '../../endorsement/types.js';

/** Words for registry values, shared by the badge and the signatories list. */
export function schemeName(scheme: Scheme): string {
  return scheme === 'local-digital-declaration-2018'
    ? msg('Local Digital Declaration (2018)')
    : msg('Local Digital Coalition Action Plan (2016)');
}

export function typeName(type: OrganisationType): string {
  const names: Record<OrganisationType, string> = {
    county: msg('County council'),
    district: msg('District council'),
    unitary: msg('Unitary authority'),
    metropolitan: msg('Metropolitan district'),
    'london-borough': msg('London borough'),
    'combined-authority': msg('Combined authority'),
    'sector-body': msg('Sector body'),
    'central-government': msg('Central government'),
    other: msg('Other'),
  };
  return names[type];
}

export function roleName(role: Role): string {
  const names: Record<Role, string> = {
    'co-publisher': msg('Co-publisher'),
    signatory: msg('Signatory'),
    endorser: msg('Endorser'),
  };
  return names[role];
}

/** The badge's claim, one whole sentence per case so translations never splice fragments. */
export function claim(entry: SignatoryEntry): string {
  const name = entry.name;
  if (entry.scheme === 'local-digital-coalition-2016')
    return msg(str`${name} endorses the Local Digital Coalition Action Plan`);
  if (entry.role === 'co-publisher') return msg(str`${name} co-published the Local Digital Declaration`);
  return msg(str`${name} has signed the Local Digital Declaration`);
}
