import { defineElement } from '../core/define.js';
import { LdcSignatoriesList } from '../components/signatories-list/signatories-list.js';

defineElement('ldc-signatories-list', LdcSignatoriesList);
export { LdcSignatoriesList };
