// Runs in the page: times from this script's start to the first interactive step of one
// component, then sets window.__bench. The case comes from the page's query string.
const params = new URLSearchParams(location.search);
const which = params.get('case');
const t0 = performance.now();
const entry = (name) => import(`/build/bundles/${name}/${name}.js`);
const until = (check) =>
  new Promise((resolve) => {
    const tick = () => (check() ? resolve() : requestAnimationFrame(tick));
    tick();
  });
const mount = (html) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.append(div);
  return div.firstElementChild;
};
const root = (el) => el.shadowRoot;

const cases = {
  async 'blue-badge-checker'() {
    await entry('blue-badge-checker');
    const el = mount('<ldc-blue-badge-checker nation="england"></ldc-blue-badge-checker>');
    await until(() => root(el)?.querySelector('button.ldc-button--start'));
  },
  async 'waste-lookup'() {
    await entry('waste-lookup');
    const el = mount('<ldc-waste-lookup></ldc-waste-lookup>');
    await until(() => root(el)?.querySelector('#postcode'));
  },
  async 'endorsement-badge'() {
    await entry('endorsement-badge');
    const el = mount('<ldc-endorsement-badge org-id="E09000007"></ldc-endorsement-badge>');
    await until(() => root(el)?.querySelector('a.badge'));
  },
  async 'signatories-list'() {
    await entry('signatories-list');
    const el = mount('<ldc-signatories-list></ldc-signatories-list>');
    await until(() => root(el)?.querySelector('tbody tr'));
  },
  async 'waste-lookup-300'() {
    await entry('waste-lookup');
    const el = mount('<ldc-waste-lookup></ldc-waste-lookup>');
    await until(() => root(el)?.querySelector('#postcode'));
    const start = performance.now();
    const input = root(el).querySelector('#postcode');
    input.value = 'AA3 1AF';
    input.dispatchEvent(new Event('input'));
    root(el).querySelector('form button').click();
    await until(() => root(el).querySelector('select#address'));
    const select = root(el).querySelector('select#address');
    select.value = select.options[150].value;
    select.dispatchEvent(new Event('change'));
    root(el).querySelector('form button[type=submit]').click();
    await until(() => root(el).querySelectorAll('[part=service]').length > 0);
    return performance.now() - start;
  },
  async 'signatories-list-1000'() {
    await entry('signatories-list');
    const types = ['county', 'district', 'unitary', 'metropolitan', 'london-borough'];
    const entries = Array.from({ length: 1000 }, (_, i) => ({
      id: `org-${i}`,
      name: `Council number ${i}`,
      type: types[i % 5],
      scheme: 'local-digital-declaration-2018',
      role: 'signatory',
      dateSigned: '2018-07-04',
      evidenceUrl: `https://example.org/${i}`,
      lastVerified: '2026-11-01',
    }));
    const start = performance.now();
    const el = document.createElement('ldc-signatories-list');
    el.data = { version: 1, publisher: 'Bench', updated: '2026-11-01', entries };
    document.body.append(el);
    await until(() => root(el)?.querySelectorAll('tbody tr').length === 1000);
    return performance.now() - start;
  },
};

cases[which]()
  .then((inner) => (window.__bench = { ms: inner ?? performance.now() - t0 }))
  .catch((e) => (window.__bench = { error: String(e) }));
