// Angular: import the define files once, and let the component use custom elements.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import '@local-digital/components/blue-badge-checker.js';
import '@local-digital/components/waste-lookup.js';
import '@local-digital/components/endorsement-badge.js';

@Component({
  selector: 'app-root',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Ashdown District Council</h1>
      <ldc-blue-badge-checker
        nation="scotland"
        council="Ashdown District Council"
        (ldc-step)="onStep($event)"
      ></ldc-blue-badge-checker>
      @if (step()) {
        <p id="angular-step">Step: {{ step() }}</p>
      }
      <ldc-waste-lookup provider="demo" cant-find-href="https://www.example.gov.uk/bins"></ldc-waste-lookup>
      <ldc-endorsement-badge org-id="E09000007"></ldc-endorsement-badge>
    </main>
  `,
})
export class AppComponent {
  readonly step = signal('');
  onStep(event: Event) {
    this.step.set((event as CustomEvent<{ id: string }>).detail.id);
  }
}
