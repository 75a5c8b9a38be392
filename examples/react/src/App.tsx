// React 18 or 19, installed from npm: `npm install @local-digital/components`.
// The wrappers map events to onLdc… props; the element's properties are props too.
import { useState, version } from 'react';
import { BlueBadgeChecker, WasteLookup, EndorsementBadge } from '@local-digital/components/react.js';

export function App() {
  const [step, setStep] = useState('');
  return (
    <main>
      <h1>Ashdown District Council</h1>
      <p id="react-version">Built with React {version}</p>
      <BlueBadgeChecker
        nation="england"
        council="Ashdown District Council"
        applyHref="https://www.example.gov.uk/blue-badge/apply"
        onLdcStep={(event) => setStep((event as CustomEvent<{ id: string }>).detail.id)}
      />
      {step && <p id="react-step">Step: {step}</p>}
      <WasteLookup provider="demo" cantFindHref="https://www.example.gov.uk/bins" />
      <EndorsementBadge orgId="E09000007" />
    </main>
  );
}
