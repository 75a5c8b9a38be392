import { defineElement } from '../core/define.js';
import { LdcEligibilityChecker } from '../components/eligibility-checker/eligibility-checker.js';

defineElement('ldc-eligibility-checker', LdcEligibilityChecker);
export { LdcEligibilityChecker };
