// React 18 or 19, installed from npm: `npm install @local-digital/components`.
// The wrappers map events to onLdc… props; the element's properties are props too.
import { BlueBadgeChecker, WasteLookup, EndorsementBadge } from '@local-digital/components/react.js';

export function App() {
  return (
    <main>
      <h1>Ashdown District Council</h1>
      <BlueBadgeChecker
        nation="england"
        council="Ashdown District Council"
        applyHref="https://www.example.gov.uk/blue-badge/apply"
        onLdcResult={(event) => console.log('result', event.detail)}
      />
      <WasteLookup
        cantFindHref="https://www.example.gov.uk/bins"
        onLdcCollectionsLoaded={(e) => console.log(e.detail)}
      />
      <EndorsementBadge orgId="E09000007" />
    </main>
  );
}
