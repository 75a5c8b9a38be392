import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/guard.js';
import { press, type } from '../support/keys.js';
import { captureConsole } from '../support/console.js';
import '../../src/define/signatories-list.js';
import type { LdcSignatoriesList } from '../../src/components/signatories-list/signatories-list.js';
import type { SignatoryEntry } from '../../src/endorsement/index.js';

async function list(template: ReturnType<typeof html>) {
  const el = await fixture<LdcSignatoriesList>(template);
  await el.whenSettled();
  const root = el.shadowRoot!;
  const names = () => [...root.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent!.trim());
  const count = () => root.querySelector('[part=count]')!.textContent!.trim();
  const status = () => root.querySelector('[role=status]')!.textContent!.trim();
  const source = () => root.querySelector('[part=source]')?.textContent?.replace(/\s+/g, ' ').trim();
  return { el, root, names, count, status, source };
}

const TYPES = ['county', 'district', 'unitary', 'metropolitan', 'london-borough'] as const;
function generated(n: number): unknown {
  const entries: SignatoryEntry[] = Array.from({ length: n }, (_, i) => ({
    id: `org-${i}`,
    name: `Council number ${String(i).padStart(4, '0')}`,
    type: TYPES[i % TYPES.length],
    scheme: i % 3 ? 'local-digital-declaration-2018' : 'local-digital-coalition-2016',
    role: i % 3 ? 'signatory' : 'endorser',
    dateSigned: i % 7 ? `20${18 + (i % 5)}-0${1 + (i % 9)}-1${i % 10}` : null,
    evidenceUrl: `https://example.org/evidence/${i}`,
    lastVerified: '2026-11-01',
  }));
  return { version: 1, publisher: 'Generated', updated: '2026-11-01', entries };
}

describe('<ldc-signatories-list>', () => {
  it('lists the bundled registry with a count, each row linking to its evidence', async () => {
    const { el, root, names, count, source } = await list(html`<ldc-signatories-list></ldc-signatories-list>`);
    expect(source()).to.equal(
      'Listed by Local Digital Components (compiled from public sources), updated 28 November 2026.',
    );
    expect(count()).to.equal('11 organisations');
    expect(names()[0]).to.equal('Bristol City Council');
    expect(root.querySelector<HTMLAnchorElement>('tbody a')!.href).to.match(/^https:/);
    expect(root.querySelector('h2')!.textContent).to.contain('Organisations that support Local Digital');
    await expect(el).to.be.accessible();
  });

  it('searches as the user types and announces the count politely', async () => {
    const { el, root, names, count, status } = await list(html`<ldc-signatories-list></ldc-signatories-list>`);
    root.querySelector<HTMLInputElement>('#search')!.focus();
    await type('city');
    await el.updateComplete;
    expect(names()).to.deep.equal(['Bristol City Council', 'Leeds City Council']);
    expect(count()).to.equal('2 organisations');
    await waitUntil(() => status() === '2 organisations', 'count announced', { timeout: 3000 });
    expect(root.querySelector('[role=status]')!.getAttribute('aria-live')).to.equal('polite');
    await press('Backspace');
    await press('Backspace');
    await press('Backspace');
    await press('Backspace');
    await el.updateComplete;
    expect(count()).to.equal('11 organisations');
    await type('zzz');
    await el.updateComplete;
    expect(root.querySelector('table')).to.be.null;
    expect(root.textContent).to.contain('No organisations match your search.');
    await waitUntil(() => status() === '0 organisations', 'zero announced', { timeout: 3000 });
  });

  it('filters by scheme, type and role, and sorts by name and date', async () => {
    const { el, root, names, source } = await list(
      html`<ldc-signatories-list registry="/signed/assets/demo-registry.json"></ldc-signatories-list>`,
    );
    expect(source()).to.equal('Listed by Test Publisher (throwaway key), updated 28 November 2026.');
    const choose = async (id: string, value: string) => {
      const s = root.querySelector<HTMLSelectElement>(`#${id}`)!;
      s.value = value;
      s.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    expect(names()).to.have.length(6);
    await choose('scheme', 'local-digital-declaration-2018');
    expect(names()).to.have.length(4);
    await choose('sort', 'date-asc');
    expect(names()).to.deep.equal([
      'Westmere Borough Council (fictional)',
      'Ashdown District Council (fictional)',
      'Eastvale Combined Authority (fictional)',
      'Northfold County Council (fictional)',
    ]);
    await choose('sort', 'name-desc');
    expect(names()[0]).to.equal('Westmere Borough Council (fictional)');
    await choose('role', 'co-publisher');
    expect(names()).to.deep.equal(['Westmere Borough Council (fictional)']);
    await choose('role', '');
    await choose('type', 'county');
    expect(names()).to.deep.equal(['Northfold County Council (fictional)']);
    expect(root.textContent).to.contain('Not published');
  });

  it('renders names with HTML in them as text', async () => {
    const { root, names } = await list(
      html`<ldc-signatories-list registry="/signed/fixtures/registries/html-in-fields.json"></ldc-signatories-list>`,
    );
    expect(names()).to.include('<script>window.__pwned=1</script>Redcar');
    expect(root.querySelector('tbody script, tbody img, tbody b')).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  const failures: [string, string, string][] = [
    ['is not JSON, though signed', '/signed/fixtures/waste/ics/200000002.ics', 'not valid JSON'],
    ['is not signed', '/fixtures/registries/valid.json', 'a registry from an address is used only when it is signed'],
    ['was changed after signing', '/signed/assets/demo-registry-tampered.json', 'the signature does not match'],
    ['is signed by a key nobody trusts', '/signed-by-stranger/fixtures/registries/valid.json', 'does not match'],
    ['is a data: address', 'data:application/json,{}', 'is not an address it may request'],
  ];
  for (const [what, url, problem] of failures) {
    it(`shows its fallback content and logs one error when the registry ${what}`, async () => {
      let root!: ShadowRoot;
      const errors = await captureConsole('error', async () => {
        ({ root } = await list(
          html`<ldc-signatories-list registry=${url}><a href="/list">See the list</a></ldc-signatories-list>`,
        ));
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain(problem);
      expect(root.querySelector('slot')!.assignedElements()).to.have.length(1);
      expect(root.querySelector('table, [part=source]')).to.be.null;
    });
  }

  it('says that data given by the page is not checked against a signed registry', async () => {
    const { names, source } = await list(html`<ldc-signatories-list .data=${generated(3)}></ldc-signatories-list>`);
    expect(names()).to.have.length(3);
    expect(source()).to.equal(
      'Provided by this website, updated 1 November 2026. Not checked against a signed registry.',
    );
  });

  it('cannot be given rows or a publisher through its fields', async () => {
    const { el, names, source } = await list(html`<ldc-signatories-list></ldc-signatories-list>`);
    const any = el as unknown as Record<string, unknown>;
    for (const name of ['entries', '_entries', 'source', 'listedBy'])
      any[name] = name.includes('entries') ? (generated(2) as { entries: unknown[] }).entries : { listedBy: 'Forged' };
    el.requestUpdate();
    await el.updateComplete;
    expect(names()).to.have.length(11);
    expect(source()).to.contain('Listed by Local Digital Components');
  });

  it('warns once about a scheme it does not know, and shows every scheme', async () => {
    let names!: () => string[];
    const warnings = await captureConsole('warn', async () => {
      ({ names } = await list(html`<ldc-signatories-list scheme="gds-2020"></ldc-signatories-list>`));
    });
    expect(names()).to.have.length(11);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('scheme="gds-2020"').and.contain('Showing every scheme');
  });

  it('rejects a registry over the size limit instead of rendering it', async () => {
    let root!: ShadowRoot;
    const errors = await captureConsole('error', async () => {
      ({ root } = await list(html`<ldc-signatories-list .data=${generated(20_001)}></ldc-signatories-list>`));
    });
    expect(errors[0]).to.contain('the limit is 20000');
    expect(root.querySelector('table')).to.be.null;
  });

  it('renders 1,000 entries, each a row (its timing is a case of npm run bench)', async () => {
    const { root } = await list(html`<ldc-signatories-list .data=${generated(1000)}></ldc-signatories-list>`);
    expect(root.querySelectorAll('tbody tr')).to.have.length(1000);
  });
});
