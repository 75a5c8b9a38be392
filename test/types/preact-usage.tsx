/** @jsxImportSource preact */
// Type-checked by `tsc -p tsconfig.frameworks.json`: dist/jsx/preact.d.ts gives Preact's JSX the elements,
// their attribute types and their events (Preact listens for "ldc-step" given onldc-step).
import { useRef } from 'preact/hooks';
import type { LdcNotVerifiedDetail } from '@local-digital/components';
import type { LdcEndorsementBadge } from '@local-digital/components/endorsement-badge.js';

const reason = (detail: LdcNotVerifiedDetail) => detail.reason;

export function Page() {
  const ref = useRef<LdcEndorsementBadge>(null);
  return (
    <main>
      <ldc-endorsement-badge ref={ref} org-id="E09000007" size="large" onldc-not-verified={(e) => reason(e.detail)} />
      <ldc-waste-lookup remember provider="demo" onldc-collections-loaded={(e) => e.detail.count} />
      <ldc-blue-badge-checker nation="england" onldc-result={(e) => e.detail.outcome} />
    </main>
  );
}
// @ts-expect-error remember is a boolean
export const wrongBoolean = <ldc-waste-lookup remember="yes" />;
// @ts-expect-error the detail of ldc-result has no count
export const wrongDetail = <ldc-blue-badge-checker onldc-result={(e) => e.detail.count} />;
