import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../support/guard.js';
import { press, type } from '../support/keys.js';
import { axeViolations } from '../support/axe.js';
import { visibleText as text } from '../support/text.js';
import '../../src/define/blue-badge-checker.js';
import '../../src/define/eligibility-checker.js';
import '../../src/define/waste-lookup.js';
import type { LdcBlueBadgeChecker } from '../../src/components/blue-badge-checker/blue-badge-checker.js';
import type { LdcEligibilityChecker } from '../../src/components/eligibility-checker/eligibility-checker.js';
import type { LdcWasteLookup } from '../../src/components/waste-lookup/waste-lookup.js';
import type { Address, WasteProvider } from '../../src/waste/types.js';
import freeSchoolMeals from '../../src/eligibility/definitions/free-school-meals-england.json';

/**
 * The components in Welsh as a resident meets them: keyboard only, under lang="cy", with the
 * council's Welsh name; English and Welsh side by side on one page; and the words a Welsh page
 * must never show (English from the library, US dates or times).
 */

/** English words of the library's that must not appear in a Welsh journey (Blue Badge and bins). */
const ENGLISH = /\b(Continue|Start now|Change|Apply|Blue Badge|Yes|No|Back|Error|Bin days|collection|Today)\b/;

function keyboard(el: HTMLElement) {
  const root = el.shadowRoot!;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => root.querySelector<T>(s);
  const heading = () => text(root.querySelector('h1, h2, h3, h4, h5, h6'));
  const tabTo = async (selector: string) => {
    for (let i = 0; i < 40 && root.activeElement !== $(selector); i++) await press('Tab');
    expect(root.activeElement, `tabbed to ${selector}`).to.equal($(selector));
  };
  const done = async () => {
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await (el as HTMLElement & { whenSettled(): Promise<void> }).whenSettled();
  };
  /** Radios are one tab stop: tab into the group, arrow to the option, Space if needed, Enter. */
  const radio = async (value: string, submit = true) => {
    const target = $<HTMLInputElement>(`input[value="${value}"]`)!;
    await tabTo('input[type=radio]');
    for (let i = 0; i < 12 && root.activeElement !== target; i++) await press('ArrowDown');
    expect(root.activeElement, `arrowed to ${value}`).to.equal(target);
    if (!target.checked) await press(' ');
    expect(target.checked, `${value} is chosen`).to.be.true;
    if (submit) await press('Enter');
    await done();
  };
  const tick = async (...values: string[]) => {
    for (const v of values) {
      await tabTo(`input[value="${v}"]`);
      await press(' ');
    }
    await press('Enter');
    await done();
  };
  const label = (value: string) => text(root.querySelector(`label[for="${$(`input[value="${value}"]`)!.id}"]`));
  return { root, $, heading, tabTo, radio, tick, label, done };
}

describe('Welsh: the Wales Blue Badge checker, keyboard only', () => {
  it('someone else → age → DLA higher rate (Ydyn) → Edrychwch dros eich atebion → eligible, all in Welsh', async () => {
    const page = await fixture(
      html`<div lang="cy">
        <ldc-blue-badge-checker
          nation="wales"
          council="Cardiff Council"
          council-cy="Cyngor Caerdydd"
          apply-href="https://example.org/apply"
        ></ldc-blue-badge-checker>
      </div>`,
    );
    const el = page.querySelector<LdcBlueBadgeChecker>('ldc-blue-badge-checker')!;
    await el.whenSettled();
    const c = keyboard(el);
    expect(c.heading()).to.equal('Gwirio a allwch chi gael Bathodyn Glas yng Nghymru');
    expect(text(c.root)).to.contain('Cyn i chi ddechrau');
    expect(text(c.root)).to.contain('Efallai y bydd angen y canlynol arnoch:');
    expect(await axeViolations(page)).to.deep.equal([]);
    await c.tabTo('button.ldc-button--start');
    expect(text(c.$('button.ldc-button--start'))).to.equal('Dechrau nawr');
    await press('Enter');
    await c.done();

    expect(c.heading()).to.equal('Ar ran pwy ydych chi’n gwirio?');
    expect(text(c.$('[role=status]'))).to.equal('Ar ran pwy ydych chi’n gwirio?');
    // Parhau with no answer: the error summary and message in Welsh, focus on the summary.
    await c.tabTo('form button[type=submit]');
    expect(text(c.$('form button[type=submit]'))).to.equal('Parhau');
    await press('Enter');
    await c.done();
    expect(c.root.activeElement).to.equal(c.$('.ldc-error-summary'));
    expect(text(c.$('.ldc-error-summary'))).to.equal('Mae problem Dewiswch ar ran pwy rydych chi’n gwirio');
    expect(text(c.$('.ldc-error-message'))).to.equal('Gwall: Dewiswch ar ran pwy rydych chi’n gwirio');
    expect(await axeViolations(page)).to.deep.equal([]);
    expect([c.label('myself'), c.label('someone-else'), c.label('organisation')]).to.deep.equal([
      'Fy hunan',
      'Rhywun arall',
      'Sefydliad',
    ]);
    await c.radio('someone-else');

    expect(c.heading()).to.equal('Beth yw eu hoed?');
    await c.radio('3-or-over');
    expect(c.heading()).to.equal('Ydyn nhw’n cael unrhyw un o’r budd-daliadau hyn?');
    expect(c.label('dla')).to.equal('Lwfans Byw i’r Anabl (DLA)');
    expect(c.label('pip')).to.equal('Taliad Annibyniaeth Personol (PIP)');
    expect(c.label('none')).to.equal('Dim un o’r budd-daliadau hyn');
    await c.tick('dla');

    expect(c.heading()).to.equal('Ydyn nhw’n cael cyfradd uwch yr elfen symudedd o’r Lwfans Byw i’r Anabl (DLA)?');
    // Yes and No follow the question's verb: "Ydyn nhw…?" is answered Ydyn / Nac ydyn.
    expect([c.label('yes'), c.label('no')]).to.deep.equal(['Ydyn', 'Nac ydyn']);
    expect(await axeViolations(page)).to.deep.equal([]);
    await c.radio('yes');

    expect(c.heading()).to.equal('Edrychwch dros eich atebion');
    const answers = text(c.$('.ldc-summary-list'));
    expect(answers).to.contain('Gwirio ar ran Rhywun arall');
    expect(answers).to.contain('Budd-daliadau Lwfans Byw i’r Anabl (DLA)');
    expect(answers).to.contain('Cyfradd uwch yr elfen symudedd (DLA) Ydyn');
    expect(answers).to.contain('Newid budd-daliadau'); // Change, with its hidden words, in Welsh
    expect(await axeViolations(page)).to.deep.equal([]);
    const result = oneEvent(el, 'ldc-result');
    await c.tabTo('form button[type=submit]');
    await press('Enter');
    expect((await result).detail).to.deep.equal({ outcome: 'eligible', kind: 'eligible' });
    await c.done();

    expect(text(c.$('.ldc-panel__title'))).to.equal('Maen nhw’n gymwys i gael Bathodyn Glas');
    expect(text(c.$('[role=status]'))).to.equal('Canlyniad: Maen nhw’n gymwys i gael Bathodyn Glas');
    const all = text(c.root);
    expect(all).to.contain('Pam y gallan nhw gael Bathodyn Glas');
    expect(all).to.contain('Maen nhw’n cael cyfradd uwch yr elfen symudedd o’r Lwfans Byw i’r Anabl (DLA).');
    // The council's Welsh name, never straight after a word that would mutate it.
    expect(all).to.contain(
      'Gwnewch gais i’r cyngor ar eu rhan. Bydd Cyngor Caerdydd yn gwirio eu tystiolaeth cyn rhoi’r bathodyn.',
    );
    expect(text(c.$('[part=apply-link]'))).to.equal('Gwneud cais: Cyngor Caerdydd');
    expect(all).to.contain('Cost a pha mor hir mae bathodyn yn para');
    expect(all).to.contain('Ffi Am ddim. Mae bathodyn dyblyg yn costio hyd at £10.');
    const source = c.root.querySelector<HTMLAnchorElement>('.criteria a.source')!;
    expect(text(source)).to.equal('Ffynhonnell y rheol hon');
    expect(source.getAttribute('aria-label')).to.equal(
      'Ffynhonnell y rheol hon: Maen nhw’n cael cyfradd uwch yr elfen symudedd o’r Lwfans Byw i’r Anabl (DLA)',
    );
    expect(all).to.contain('Dechrau eto a chlirio eich atebion');
    expect(all).not.to.match(ENGLISH);
    expect(all).not.to.contain('Cardiff Council');
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('not eligible: reasons, next steps and contact details in Welsh; no council name gives "eich cyngor"', async () => {
    const page = await fixture(
      html`<div lang="cy">
        <ldc-blue-badge-checker
          nation="wales"
          contact-phone="029 2087 2087"
          contact-email="bathodynglas@example.gov.uk"
          contact-href="https://example.org/cysylltu"
        ></ldc-blue-badge-checker>
      </div>`,
    );
    const el = page.querySelector<LdcBlueBadgeChecker>('ldc-blue-badge-checker')!;
    await el.whenSettled();
    const c = keyboard(el);
    await c.tabTo('button.ldc-button--start');
    await press('Enter');
    await c.done();
    await c.radio('myself');
    await c.radio('3-or-over');
    await c.tick('none');
    expect(c.heading()).to.equal('Beth yw’r prif reswm mae angen Bathodyn Glas arnoch chi?');
    await c.radio('none');
    await c.tabTo('form button[type=submit]');
    await press('Enter');
    await c.done();
    expect(c.heading()).to.equal('Nid ydych chi’n gymwys i gael Bathodyn Glas');
    const all = text(c.root);
    expect(all).to.contain('Pam na allwch chi gael Bathodyn Glas');
    expect(all).to.contain('Beth allwch chi ei wneud nesaf');
    expect(all).to.contain('Gall eich cyngor ddweud wrthych a ddylech chi wneud cais beth bynnag.');
    expect(all).to.contain('Ffôn 029 2087 2087');
    expect(all).to.contain('E-bost bathodynglas@example.gov.uk');
    expect(all).to.contain('Ffyrdd eraill o gysylltu â’ch cyngor');
    expect(all).to.contain('Pwy all gael Bathodyn Glas, ar wefan Llywodraeth Cymru');
    expect(all).not.to.match(ENGLISH);
    expect(await axeViolations(page)).to.deep.equal([]);
  });
});

describe('Welsh: English and Welsh checkers side by side', () => {
  const eligible = {
    answers: { applicant: 'myself', age: '3-or-over', benefits: ['pip'], 'pip-moving-around': '8' },
    step: 'result',
  };

  it('each speaks its own section’s language, with the council’s name in that language', async () => {
    const page = await fixture(
      html`<div>
        <section lang="en-GB">
          <ldc-blue-badge-checker
            nation="wales"
            council="Cardiff Council"
            council-cy="Cyngor Caerdydd"
            apply-href="https://example.org/apply"
            .progress=${eligible}
          ></ldc-blue-badge-checker>
        </section>
        <section lang="cy">
          <ldc-blue-badge-checker
            nation="wales"
            council="Cardiff Council"
            council-cy="Cyngor Caerdydd"
            apply-href="https://example.org/apply"
            .progress=${eligible}
          ></ldc-blue-badge-checker>
        </section>
      </div>`,
    );
    const [en, cy] = [...page.querySelectorAll<LdcBlueBadgeChecker>('ldc-blue-badge-checker')];
    await Promise.all([en.whenSettled(), cy.whenSettled()]);
    const title = (el: Element) => text(el.shadowRoot!.querySelector('.ldc-panel__title'));
    const apply = (el: Element) => text(el.shadowRoot!.querySelector('[part=apply-link]'));
    expect(title(en)).to.equal('You’re eligible for a Blue Badge');
    expect(title(cy)).to.equal('Rydych chi’n gymwys i gael Bathodyn Glas');
    expect(apply(en)).to.equal('Apply to Cardiff Council');
    expect(apply(cy)).to.equal('Gwneud cais: Cyngor Caerdydd');
    expect(text(en.shadowRoot)).to.contain('Apply to Cardiff Council. They will check your evidence');
    expect(text(cy.shadowRoot)).to.contain('Bydd Cyngor Caerdydd yn gwirio eich tystiolaeth');
    expect(text(en.shadowRoot)).not.to.contain('Cyngor Caerdydd');
    expect(text(cy.shadowRoot)).not.to.contain('Cardiff Council');
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('a language switch keeps the step and the answers', async () => {
    const page = await fixture(
      html`<section lang="cy">
        <ldc-blue-badge-checker
          nation="wales"
          council-cy="Cyngor Caerdydd"
          .progress=${eligible}
        ></ldc-blue-badge-checker>
      </section>`,
    );
    const el = page.querySelector<LdcBlueBadgeChecker>('ldc-blue-badge-checker')!;
    await el.whenSettled();
    const title = () => text(el.shadowRoot!.querySelector('.ldc-panel__title'));
    expect(title()).to.equal('Rydych chi’n gymwys i gael Bathodyn Glas');
    page.setAttribute('lang', 'en');
    await waitUntil(() => title() === 'You’re eligible for a Blue Badge', 'switched to English');
    expect(el.answers).to.deep.equal(eligible.answers);
  });

  it('an English-only definition on a Welsh page keeps English around the English name; the checker’s own words are Welsh', async () => {
    const page = await fixture(
      html`<div lang="cy">
        <ldc-eligibility-checker
          council="Cardiff Council"
          council-cy="Cyngor Caerdydd"
          apply-href="https://example.org/apply"
          .definition=${freeSchoolMeals}
        ></ldc-eligibility-checker>
      </div>`,
    );
    const el = page.querySelector<LdcEligibilityChecker>('ldc-eligibility-checker')!;
    await el.whenSettled();
    const c = keyboard(el);
    expect(text(c.$('button.ldc-button--start'))).to.equal('Dechrau nawr');
    expect(text(c.root)).to.contain('Cyn i chi ddechrau');
    // The definition's own start page is English only: its words stay English.
    expect(text(c.root)).to.contain('free school meals');
  });
});

describe('Welsh: the waste lookup, keyboard only', () => {
  it('postcode → address → bin days → calendar file with a reminder, in Welsh', async () => {
    const page = await fixture(
      html`<div lang="cy">
        <ldc-waste-lookup
          provider="demo"
          provider-options='{"delayMs": 300}'
          today="2026-12-01"
          missed-href="https://example.org/missed?uprn={uprn}"
        ></ldc-waste-lookup>
      </div>`,
    );
    const el = page.querySelector<LdcWasteLookup>('ldc-waste-lookup')!;
    await el.whenSettled();
    const w = keyboard(el);
    const status = () => text(w.$('[role=status]'));
    expect(w.heading()).to.equal('Beth yw eich cod post?');
    expect(text(w.root)).to.contain('Diwrnodau casglu enghreifftiol ar gyfer cyngor dychmygol yw’r rhain');
    expect(text(w.root)).to.contain('Er enghraifft, AA3 1AB');
    // An empty search: the error in Welsh.
    w.$<HTMLInputElement>('#postcode')!.focus();
    await press('Enter');
    await w.done();
    expect(text(w.$('.ldc-error-message'))).to.equal('Gwall: Nodwch god post');
    w.$<HTMLInputElement>('#postcode')!.focus();
    await type('aa31ab');
    await press('Enter');
    await el.updateComplete;
    expect(status()).to.equal('Wrthi’n chwilio am gyfeiriadau');
    await w.done();

    expect(w.heading()).to.equal('Dewiswch eich cyfeiriad');
    expect(status()).to.equal('4 o gyfeiriadau wedi’u canfod');
    expect(text(w.root)).to.contain('Cyfeiriadau ar gyfer AA3 1AB');
    expect(text(w.$('.ldc-back-link'))).to.equal('Newid y cod post');
    expect(await axeViolations(page)).to.deep.equal([]);
    await press('Tab');
    await press(' ');
    await press('Enter');
    await w.done();

    expect(w.heading()).to.equal('Eich diwrnodau casglu');
    expect(status()).to.equal('Mae’r diwrnodau casglu wedi llwytho');
    const service = (name: string) =>
      [...w.root.querySelectorAll('[part=service]')].find((s) => text(s.querySelector('h3')) === name)!;
    // Service names are the council's data and stay as written; everything around them is Welsh.
    const food = service('Food waste');
    expect(text(food.querySelector('.next'))).to.equal('Casgliad nesaf: Heddiw');
    expect([...food.querySelectorAll('.facts > div')].map(text)).to.include.members([
      'Pa mor aml: Bob wythnos',
      'Cynhwysydd: Cadi',
      'Lliw: Brown',
      'Maint: 23 litr',
    ]);
    expect([...food.querySelectorAll('ul.dates > li')].map(text)).to.deep.equal([
      'Dydd Mawrth 8 Rhagfyr',
      'Dydd Mawrth 15 Rhagfyr',
      'Dydd Mawrth 22 Rhagfyr',
    ]);
    const recycling = [...service('Mixed recycling').querySelectorAll('.facts > div')].map(text);
    expect(recycling).to.include.members(['Pa mor aml: Bob pythefnos', 'Lliw: Llwyd', 'Caead: Glas']);
    expect(text(service('Rubbish'))).to.contain(
      'Dydd Mercher 16 Rhagfyr: diwrnod newydd, yn lle Dydd Mawrth 15 Rhagfyr because of the bank holiday.',
    );
    expect(text(w.$('a[href*="missed"]'))).to.equal('Rhoi gwybod am gasgliad a fethwyd');
    expect(text(w.root)).to.contain('Ychwanegu at eich calendr');

    // Remind me the evening before, at 20:00 (24-hour, never "08:00 PM"), by keyboard.
    const times = [...w.root.querySelectorAll<HTMLInputElement>('input[name=reminder]')].map((r) =>
      text(w.root.querySelector(`label[for="${r.id}"]`)),
    );
    expect(times).to.deep.equal(['Dim nodyn atgoffa', '18:00', '19:00', '20:00', '21:00']);
    await w.radio('20:00', false);
    const download = w.$<HTMLAnchorElement>('[part=download]')!;
    expect(text(download)).to.equal('Lawrlwytho eich diwrnodau casglu fel ffeil calendr');
    await w.tabTo('[part=download]');
    expect(await axeViolations(page)).to.deep.equal([]);

    // The calendar file's words are Welsh too.
    const file = await (await fetch(download.href)).text();
    expect(file).to.contain('\r\nX-WR-CALNAME:Diwrnodau casglu: 1 Meadow Lane\\, Ashdown\\, AA3 1AB\r\n');
    const ics = new ICAL.Component(ICAL.parse(file));
    const events = ics.getAllSubcomponents('vevent');
    const summaries = new Set(events.map((e) => e.getFirstPropertyValue('summary')));
    expect([...summaries]).to.include.members(['Casgliad Food waste', 'Casgliad Rubbish']);
    const moved = events.find((e) => e.getFirstPropertyValue('description'))!;
    expect(moved.getFirstPropertyValue('description')).to.equal(
      'Diwrnod newydd, yn lle Dydd Mawrth 15 Rhagfyr 2026 because of the bank holiday',
    );
    const alarm = events[0].getFirstSubcomponent('valarm')!;
    expect(String(alarm.getFirstPropertyValue('trigger'))).to.equal('-PT4H');
    expect(String(alarm.getFirstPropertyValue('description'))).to.match(
      /^Casgliad .+ yfory: rhowch eich bin allan heno$/,
    );
  });

  it('counts addresses in every Welsh plural form (1, 2, 3, 6, 10), and in English', async () => {
    const addresses = (n: number): Address[] =>
      Array.from({ length: n }, (_, i) => ({ uprn: String(100 + i), label: `${i + 1} Stryd y Bont, AA3 1AB` }));
    const counted = async (n: number, lang: string) => {
      const provider: WasteProvider = {
        findAddresses: async () => addresses(n),
        getCollections: async () => ({ services: [], collections: [] }),
      };
      const page = await fixture(
        html`<div lang=${lang}><ldc-waste-lookup .provider=${provider}></ldc-waste-lookup></div>`,
      );
      const el = page.querySelector<LdcWasteLookup>('ldc-waste-lookup')!;
      await el.whenSettled();
      el.shadowRoot!.querySelector<HTMLInputElement>('#postcode')!.focus();
      await type('AA31AB');
      await press('Enter');
      await el.updateComplete;
      await el.whenSettled();
      return text(el.shadowRoot!.querySelector('[role=status]'));
    };
    const welsh = [];
    for (const n of [1, 2, 3, 6, 10]) welsh.push(await counted(n, 'cy'));
    expect(welsh).to.deep.equal([
      '1 cyfeiriad wedi’i ganfod',
      '2 gyfeiriad wedi’u canfod',
      '3 chyfeiriad wedi’u canfod',
      '6 chyfeiriad wedi’u canfod',
      '10 o gyfeiriadau wedi’u canfod',
    ]);
    expect([await counted(1, 'en'), await counted(2, 'en')]).to.deep.equal(['1 address found', '2 addresses found']);
  });

  it('switching the page to English on the bin days keeps the address and says it in English', async () => {
    const page = await fixture(
      html`<div lang="cy">
        <ldc-waste-lookup provider="demo" today="2026-12-01" uprn="100000001"></ldc-waste-lookup>
      </div>`,
    );
    const el = page.querySelector<LdcWasteLookup>('ldc-waste-lookup')!;
    await el.whenSettled();
    const heading = () => text(el.shadowRoot!.querySelector('h2'));
    expect(heading()).to.equal('Eich diwrnodau casglu');
    page.setAttribute('lang', 'en-GB');
    await waitUntil(() => heading() === 'Your bin days', 'switched to English');
    expect(text(el.shadowRoot)).to.contain('Next collection: Today');
  });
});
