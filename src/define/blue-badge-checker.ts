import { defineElement } from '../core/define.js';
import { LdcBlueBadgeChecker } from '../components/blue-badge-checker/blue-badge-checker.js';

defineElement('ldc-blue-badge-checker', LdcBlueBadgeChecker);
export { LdcBlueBadgeChecker };
