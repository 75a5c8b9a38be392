import { defineElement } from '../core/define.js';
import { LdcWasteLookup } from '../components/waste-lookup/waste-lookup.js';

defineElement('ldc-waste-lookup', LdcWasteLookup);
export { LdcWasteLookup };
