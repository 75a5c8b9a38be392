// Runs in the page (scripts/bench/page.html): one case, named in the query string, then sets
// window.__bench. For an element it reports two times, separately:
//   load        — from this script's start until the entry module has run (fetched, compiled,
//                 evaluated: the element is defined);
//   interactive — from then (the element is put into the page) until its first interactive control
//                 exists and is laid out (style and layout forced by reading its box).
// Cases that time one step inside a component return that step's milliseconds as `ms`.
const params = new URLSearchParams(location.search);
const which = params.get('case');
/** Where the entries are: the current build, or another one to compare with (`?base=`). */
const base = params.get('base') ?? '/build/bundles';
const t0 = performance.now();
const entry = (name) => import(`${base}/${name}/${name}.js`);
const root = (el) => el.shadowRoot;
const later = () => new Promise((r) => setTimeout(r, 0));
const idleCallback = () => new Promise((r) => requestIdleCallback(r));
/**
 * What a resident gives the page before they press a button: a second (typing a postcode or
 * reading a list takes longer), during which what the page started while idle (code fetched and
 * compiled) can finish, then the page idle again. Two idle callbacks alone came before that code
 * had arrived, so its loading was timed as if the resident had pressed at once.
 */
const idle = async () => {
  await idleCallback();
  await new Promise((r) => setTimeout(r, 1000));
  await idleCallback();
};

/** The same question on a GOV.UK Frontend page: the Nunjucks macros' output for radios with hints. */
const GOVUK_RADIOS = `<div class="govuk-width-container"><main class="govuk-main-wrapper"><form novalidate>
<div class="govuk-form-group"><fieldset class="govuk-fieldset" aria-describedby="who-hint">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">Who are you checking for?</h1></legend>
<div id="who-hint" class="govuk-hint">Select one option</div>
<div class="govuk-radios" data-module="govuk-radios">
<div class="govuk-radios__item"><input class="govuk-radios__input" id="who" name="who" type="radio" value="myself"><label class="govuk-label govuk-radios__label" for="who">Myself</label></div>
<div class="govuk-radios__item"><input class="govuk-radios__input" id="who-2" name="who" type="radio" value="someone-else" aria-describedby="who-2-item-hint"><label class="govuk-label govuk-radios__label" for="who-2">Someone else</label><div id="who-2-item-hint" class="govuk-hint govuk-radios__hint">For example, your child or someone you care for</div></div>
<div class="govuk-radios__item"><input class="govuk-radios__input" id="who-3" name="who" type="radio" value="organisation" aria-describedby="who-3-item-hint"><label class="govuk-label govuk-radios__label" for="who-3">An organisation</label><div id="who-3-item-hint" class="govuk-hint govuk-radios__hint">That cares for and transports disabled people</div></div>
</div></fieldset></div>
<button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
</form></main></div>`;

const mount = (html) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.append(div);
  return div.firstElementChild;
};

/** Resolves with `find()`'s element once it exists and has a box (reading the box forces layout). */
async function laidOut(el, find) {
  for (let i = 0; i < 10000; i++) {
    const control = find();
    if (control && control.getBoundingClientRect().width > 0) return control;
    // A Lit element's next render, then whatever it is loading, then the next task.
    if (el?.updateComplete) await el.updateComplete;
    if (!find() && el?.whenSettled) await el.whenSettled();
    if (!find()) await later();
  }
  throw new Error('the control never appeared');
}

/** Loads an entry, mounts `html`, and times load and interactive separately. */
async function element(name, html, ready) {
  await entry(name);
  performance.mark('bench:start');
  const loaded = performance.now();
  const el = mount(html);
  await laidOut(el, () => root(el)?.querySelector(ready));
  performance.mark('bench:end');
  return { load: loaded - t0, interactive: performance.now() - loaded };
}

const cases = {
  // Reference rows: the least a Lit element costs, and GOV.UK Frontend's own radios page.
  async 'minimal-lit'() {
    await import('/build/bench/minimal-lit/minimal-lit.js');
    performance.mark('bench:start');
    const loaded = performance.now();
    const el = mount('<bench-minimal></bench-minimal>');
    await laidOut(el, () => root(el)?.querySelector('button'));
    performance.mark('bench:end');
    return { load: loaded - t0, interactive: performance.now() - loaded };
  },
  async 'govuk-radios'() {
    // What a GOV.UK page loads for the same question: its CSS and its JS (radios initialised).
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css';
    const cssLoaded = new Promise((resolve, reject) => {
      css.onload = resolve;
      css.onerror = reject;
    });
    document.head.append(css);
    document.body.classList.add('govuk-template__body', 'govuk-frontend-supported');
    const [{ createAll, Radios }] = await Promise.all([
      import('/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js'),
      cssLoaded,
    ]);
    performance.mark('bench:start');
    const loaded = performance.now();
    const page = mount(GOVUK_RADIOS);
    createAll(Radios, undefined, page);
    await laidOut(null, () => page.querySelector('.govuk-radios__input'));
    performance.mark('bench:end');
    return { load: loaded - t0, interactive: performance.now() - loaded };
  },
  'blue-badge-checker': () =>
    element(
      'blue-badge-checker',
      '<ldc-blue-badge-checker nation="england"></ldc-blue-badge-checker>',
      'button.ldc-button--start',
    ),
  // The waste lookup has no default provider: the bench uses the demo's (and the big feed's) data.
  'waste-lookup': () => element('waste-lookup', '<ldc-waste-lookup provider="demo"></ldc-waste-lookup>', '#postcode'),
  'endorsement-badge': () =>
    element('endorsement-badge', '<ldc-endorsement-badge org-id="E09000007"></ldc-endorsement-badge>', 'a.badge'),
  'signatories-list': () => element('signatories-list', '<ldc-signatories-list></ldc-signatories-list>', 'tbody tr'),
  // Find bin days → the address select laid out, then choose → Continue → bin days laid out; the
  // page is idle first and between the two (a resident types, then reads the list), untimed.
  async 'waste-lookup-300'() {
    await entry('waste-lookup');
    const el = mount('<ldc-waste-lookup provider="demo"></ldc-waste-lookup>');
    await laidOut(el, () => root(el)?.querySelector('#postcode'));
    await idle();
    performance.mark('bench:start');
    const start = performance.now();
    const input = root(el).querySelector('#postcode');
    input.value = 'AA3 1AF';
    input.dispatchEvent(new Event('input'));
    root(el).querySelector('form button').click();
    const select = await laidOut(el, () => root(el).querySelector('select#address'));
    const search = performance.now() - start;
    performance.mark('bench:searched');
    await idle(); // the resident reads the list (not timed)
    performance.mark('bench:chosen');
    const chosen = performance.now();
    select.value = select.options[150].value;
    select.dispatchEvent(new Event('change'));
    root(el).querySelector('form button[type=submit]').click();
    await laidOut(el, () => root(el).querySelector('[part=service]'));
    performance.mark('bench:end');
    return { ms: search + performance.now() - chosen, search };
  },
  // A 5 MB council calendar (build/bench/feed-100000001.ics, written by bench.mjs): from Continue
  // on the address step to the bin days on screen, the feed fetched, read and rendered.
  async 'waste-lookup-ics-5mb'() {
    await entry('waste-lookup');
    const el = mount(
      '<ldc-waste-lookup provider="ics" addresses-url="/build/bench/addresses.json" ics-url="/build/bench/feed-{uprn}.ics"></ldc-waste-lookup>',
    );
    await laidOut(el, () => root(el)?.querySelector('#postcode'));
    const input = root(el).querySelector('#postcode');
    input.value = 'AA3 1AB';
    input.dispatchEvent(new Event('input'));
    root(el).querySelector('form button').click();
    const radio = await laidOut(el, () => root(el).querySelector('input[type=radio]'));
    radio.click();
    await new Promise((r) => requestAnimationFrame(r));
    const start = performance.now();
    root(el).querySelector('form button[type=submit]').click();
    await laidOut(el, () => root(el).querySelector('[part=service], [part=problem]'));
    if (root(el).querySelector('[part=problem]')) throw new Error(root(el).querySelector('[part=problem]').textContent);
    return { ms: performance.now() - start };
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
    await laidOut(el, () =>
      root(el)?.querySelectorAll('tbody tr').length === 1000 ? root(el).querySelector('tbody tr') : null,
    );
    return { ms: performance.now() - start };
  },
};

cases[which]()
  .then((r) => (window.__bench = r))
  .catch((e) => (window.__bench = { error: String(e) }));
