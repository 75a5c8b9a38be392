/**
 * The CDN bundle (dist/cdn/ldc.js): Lit and every component, defined once. One script tag:
 *   <script type="module" src="https://…/@local-digital/components/dist/cdn/ldc.js"></script>
 * Each nation's Blue Badge rules and the ICS reader are loaded on demand from beside it.
 */
import './define/blue-badge-checker.js';
import './define/eligibility-checker.js';
import './define/waste-lookup.js';
import './define/endorsement-badge.js';
import './define/signatories-list.js';
