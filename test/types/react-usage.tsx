// Type-checked by `tsc -p tsconfig.frameworks.json` (npm run check:dist): the React wrappers and the JSX
// element types must accept real usage, give each event its detail type, and reject mistakes.
import { useRef } from 'react';
// Imported as an application would, through the package's exports map (dist/, after npm run build).
import type { LdcStepDetail, LdcVerifiedDetail } from '@local-digital/components';
import type { LdcWasteLookup } from '@local-digital/components/waste-lookup.js';
import { BlueBadgeChecker, EndorsementBadge, SignatoriesList, WasteLookup } from '@local-digital/components/react.js';

const step = (detail: LdcStepDetail): string => detail.id;
const verified = (detail: LdcVerifiedDetail): string => detail.listedBy;

// React wrappers (@lit/react, React 18 and 19): onLdc… props, the detail typed from src/core/events.ts.
export const wrappers = (
  <div>
    <BlueBadgeChecker
      nation="scotland"
      council="Ashdown District Council"
      applyHref="https://example.org/apply"
      onLdcStep={(e) => step(e.detail)}
      onLdcResult={(e) => e.detail.kind satisfies 'eligible' | string}
    />
    <WasteLookup uprn="100000001" remember onLdcAddressSelected={(e) => e.detail.uprn.length} />
    <WasteLookup onLdcCollectionsLoaded={(e) => e.detail.count + 1} />
    <SignatoriesList scheme="local-digital-declaration-2018" onLdcRegistryLoaded={(e) => e.detail.count} />
    <EndorsementBadge orgId="E09000007" onLdcVerified={(e) => verified(e.detail)} />
  </div>
);

// JSX element types (React 19 and Preact: dist/jsx/react.d.ts): attributes with their own types, and
// events as on<event-name>, the name React 19 listens to on a custom element.
export function Intrinsic() {
  const ref = useRef<LdcWasteLookup>(null);
  return (
    <div>
      <ldc-endorsement-badge
        org-id="E09000007"
        size="small"
        appearance="dark"
        timeout={5000}
        onldc-verified={(e) => verified(e.detail)}
        onldc-not-verified={(e) => e.detail.reason satisfies 'not-found' | 'unavailable'}
      />
      <ldc-waste-lookup
        ref={ref}
        remember
        timeout="8000"
        provider="demo"
        onldc-address-selected={(e) => e.detail.uprn}
      />
      <ldc-blue-badge-checker nation="wales" heading-level="3" onldc-step={(e) => step(e.detail)} />
      <ldc-signatories-list id="list" className="wide" scheme="local-digital-coalition-2016" />
    </div>
  );
}

// @ts-expect-error nation is a string attribute, not a number
export const wrongType = <BlueBadgeChecker nation={42} />;
// @ts-expect-error unknown event prop on the wrapper
export const wrongEvent = <WasteLookup onLdcNoSuchEvent={() => undefined} />;
// @ts-expect-error the detail of ldc-step has no uprn
export const wrongDetail = <BlueBadgeChecker onLdcStep={(e) => e.detail.uprn} />;
// @ts-expect-error remember is a boolean, not a string
export const wrongBoolean = <ldc-waste-lookup remember="yes" />;
// @ts-expect-error timeout is a number or a string, not a boolean
export const wrongNumber = <ldc-endorsement-badge timeout />;
// @ts-expect-error React 19 would listen for an event called "LdcVerified": the prop is onldc-verified
export const wrongEventName = <ldc-endorsement-badge onLdcVerified={() => undefined} />;
// @ts-expect-error the detail of ldc-verified has no count
export const wrongIntrinsicDetail = <ldc-endorsement-badge onldc-verified={(e) => e.detail.count} />;
