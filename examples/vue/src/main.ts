// Vue 3: import the define files you use, and tell Vue that ldc-* tags are custom elements.
import { createApp, ref } from 'vue';
import '@local-digital/components/blue-badge-checker.js';
import '@local-digital/components/waste-lookup.js';
import '@local-digital/components/endorsement-badge.js';

const app = createApp({
  setup() {
    const step = ref('');
    const onStep = (event: CustomEvent<{ id: string }>) => (step.value = event.detail.id);
    return { step, onStep };
  },
  template: `
    <main>
      <h1>Ashdown District Council</h1>
      <ldc-blue-badge-checker nation="wales" council="Ashdown District Council" @ldc-step="onStep" />
      <p v-if="step" id="vue-step">Step: {{ step }}</p>
      <ldc-waste-lookup provider="demo" cant-find-href="https://www.example.gov.uk/bins" />
      <ldc-endorsement-badge org-id="E09000007" />
    </main>`,
});
// With single-file components, put this in vite.config instead:
// vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ldc-') } } })
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('ldc-');
app.mount('#app');
