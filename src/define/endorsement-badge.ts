import { defineElement } from '../core/define.js';
import { LdcEndorsementBadge } from '../components/endorsement-badge/endorsement-badge.js';

defineElement('ldc-endorsement-badge', LdcEndorsementBadge);
export { LdcEndorsementBadge };
