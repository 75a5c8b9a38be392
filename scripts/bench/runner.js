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

/** Loads one component's entry, mounts `html` and waits for `ready` inside its shadow root. */
const render = async (name, html, ready) => {
  await entry(name);
  const el = mount(html);
  await until(() => root(el)?.querySelector(ready));
  return el;
};

const cases = {
  'blue-badge-checker': () =>
    render(
      'blue-badge-checker',
      '<ldc-blue-badge-checker nation="england"></ldc-blue-badge-checker>',
      'button.ldc-button--start',
    ),
  // The waste lookup has no default provider: the bench uses the demo's (and the big feed's) data.
  'waste-lookup': () => render('waste-lookup', '<ldc-waste-lookup provider="demo"></ldc-waste-lookup>', '#postcode'),
  'endorsement-badge': () =>
    render('endorsement-badge', '<ldc-endorsement-badge org-id="E09000007"></ldc-endorsement-badge>', 'a.badge'),
  'signatories-list': () => render('signatories-list', '<ldc-signatories-list></ldc-signatories-list>', 'tbody tr'),
  async 'waste-lookup-300'() {
    const el = await render('waste-lookup', '<ldc-waste-lookup provider="demo"></ldc-waste-lookup>', '#postcode');
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
  // A 5 MB council calendar (build/bench/feed-100000001.ics, written by bench.mjs): from Continue
  // on the address step to the bin days on screen, the feed fetched, read and rendered.
  async 'waste-lookup-ics-5mb'() {
    const el = await render(
      'waste-lookup',
      '<ldc-waste-lookup provider="ics" addresses-url="/build/bench/addresses.json" ics-url="/build/bench/feed-{uprn}.ics"></ldc-waste-lookup>',
      '#postcode',
    );
    const input = root(el).querySelector('#postcode');
    input.value = 'AA3 1AB';
    input.dispatchEvent(new Event('input'));
    root(el).querySelector('form button').click();
    await until(() => root(el).querySelector('input[type=radio]'));
    root(el).querySelector('input[type=radio]').click();
    await new Promise((r) => requestAnimationFrame(r));
    const start = performance.now();
    root(el).querySelector('form button[type=submit]').click();
    await until(
      () => root(el).querySelectorAll('[part=service]').length > 0 || root(el).querySelector('[part=problem]'),
    );
    if (root(el).querySelector('[part=problem]')) throw new Error(root(el).querySelector('[part=problem]').textContent);
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
  // A case that times an inner step returns its milliseconds; the others are timed from the start.
  .then((inner) => (window.__bench = { ms: typeof inner === 'number' ? inner : performance.now() - t0 }))
  .catch((e) => (window.__bench = { error: String(e) }));
