import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../support/frame.js';
import { visibleText as text } from '../support/text.js';

/**
 * The React 18, React 19, Vue 3 and Angular 20 examples, built with Vite from examples/ (npm run build:examples) and
 * opened as a resident would: the components render, props arrive, and the framework hears
 * the components' events.
 */
async function open(path: string): Promise<Document> {
  const doc = await openFrame(path);
  await waitUntil(() => doc.querySelector('ldc-blue-badge-checker')?.shadowRoot?.querySelector('button'), 'rendered', {
    timeout: 10000,
  });
  return doc;
}
for (const [name, path, nation, stepId, version] of [
  ['React 18', '/build/examples/react18/index.html', 'England', 'react-step', 'Built with React 18.3.1'],
  ['React 19', '/build/examples/react/index.html', 'England', 'react-step', 'Built with React 19.3.1'],
  ['Vue 3', '/build/examples/vue/index.html', 'Wales', 'vue-step'],
  ['Angular 20', '/build/examples/angular/index.html', 'Scotland', 'angular-step'],
]) {
  describe(`examples: ${name}`, () => {
    it('renders all three components with their props, and hears their events', async () => {
      const doc = await open(path);
      // Each React example prints the React that rendered it, so a build that silently fell back
      // to the other version fails here.
      if (version) expect(text(doc.getElementById('react-version'))).to.equal(version);
      const checker = doc.querySelector('ldc-blue-badge-checker')!.shadowRoot!;
      expect(text(checker.querySelector('h2'))).to.equal(`Check if you can get a Blue Badge in ${nation}`);
      checker.querySelector<HTMLButtonElement>('button')!.click();
      await waitUntil(() => doc.getElementById(stepId), `${name} heard ldc-step`, { timeout: 5000 });
      expect(text(doc.getElementById(stepId))).to.equal('Step: applicant');
      // provider="demo": the lookup asks for a postcode and says its bin days are examples.
      const waste = doc.querySelector('ldc-waste-lookup')!.shadowRoot!;
      await waitUntil(() => waste.querySelector('#postcode'), `${name} waste lookup`, { timeout: 5000 });
      expect(text(waste.querySelector('[part=inset-text]'))).to.contain('example bin days');
      await waitUntil(() => doc.querySelector('ldc-endorsement-badge')!.shadowRoot!.querySelector('a.badge'), 'badge', {
        timeout: 5000,
      });
    });
  });
}
