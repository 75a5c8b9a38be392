// Type-checked by `tsc -p tsconfig.frameworks.json` in npm test: the React wrappers and the
// JSX types must accept real usage and reject mistakes.
import { BlueBadgeChecker, SignatoriesList, WasteLookup } from '../../src/react/index.js';

export const ok = (
  <div>
    <BlueBadgeChecker
      nation="scotland"
      council="Ashdown District Council"
      applyHref="https://example.org/apply"
      onLdcResult={(e: CustomEvent) => e.detail}
    />
    <WasteLookup uprn="100000001" remember onLdcAddressSelected={(e: CustomEvent) => e.detail} />
    <SignatoriesList scheme="local-digital-declaration-2018" />
    <ldc-endorsement-badge org-id="E09000007" appearance="dark" onLdcVerified={(e) => e.detail} />
  </div>
);

// @ts-expect-error nation is a string attribute, not a number
export const wrongType = <BlueBadgeChecker nation={42} />;
// @ts-expect-error unknown event prop on the wrapper
export const wrongEvent = <WasteLookup onLdcNoSuchEvent={() => undefined} />;
