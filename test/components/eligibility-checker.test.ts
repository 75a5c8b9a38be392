import { expect, fixture, html } from '@open-wc/testing';
import '../support/guard.js';
import { captureConsole } from '../support/console.js';
import { press, type } from '../support/keys.js';
import { visibleText as text } from '../support/text.js';
import '../../src/define/eligibility-checker.js';
import { LdcEligibilityChecker } from '../../src/components/eligibility-checker/eligibility-checker.js';
import { progressKey } from '../../src/components/eligibility-checker/storage.js';
import type { Journey } from '../../src/components/eligibility-checker/journey.js';
import type { Definition } from '../../src/eligibility/types.js';
import { storiesOf } from '../support/stories.js';
import * as checkerStories from '../../stories/components/eligibility-checker.stories.js';
import { nested, sample, type Loose } from '../eligibility/support.js';

const FALLBACK = html`<a href="https://www.example.gov.uk/school-meals">Free school meals</a>`;

/** A checker for `definition` with fallback content; the console errors it logged while loading. */
async function load(definition: unknown, extra: Partial<LdcEligibilityChecker> = {}) {
  let el!: LdcEligibilityChecker;
  const errors = await captureConsole('error', async () => {
    el = await fixture<LdcEligibilityChecker>(
      html`<ldc-eligibility-checker .definition=${definition} council="Anytown Council"
        >${FALLBACK}</ldc-eligibility-checker
      >`,
    );
    Object.assign(el, extra);
    await el.whenSettled();
  });
  return { el, root: el.shadowRoot!, errors };
}

/** The configuration message and the fallback content are shown; nothing else is. */
function expectConfigProblem(
  el: LdcEligibilityChecker,
  contains: string,
  summary = 'This checker is not set up correctly.',
): void {
  const root = el.shadowRoot!;
  expect(root.children.length, 'the shadow root is not empty').to.be.greaterThan(0);
  expect(text(root.querySelector('[part=config-problem]'))).to.contain(summary);
  expect(text(root.querySelector('[part=config-problem]'))).to.contain(contains);
  const slot = root.querySelector('slot');
  expect(slot, 'the fallback slot').to.exist;
  expect(slot!.assignedElements().map((e) => text(e))).to.deep.equal(['Free school meals']);
  expect(root.querySelector('form, .ldc-root')).to.be.null;
}

/** Puts a definition straight into the element's journey, as if it had passed validation, at a step. */
async function accept(el: LdcEligibilityChecker, definition: unknown, step = 'start', store = {}): Promise<string[]> {
  return captureConsole('error', async () => {
    const journey = (el as unknown as { journey: Journey }).journey;
    journey.begin(definition as Definition);
    journey.step = step;
    journey.store = store;
    el.requestUpdate();
    await el.updateComplete;
  });
}

describe('<ldc-eligibility-checker>: a broken definition never leaves an empty shadow root (issue 11)', () => {
  const invalid: [string, (d: Loose) => void, string][] = [
    ['routes: [null]', (d) => (d.questions[1].routes = [null]), 'questions[1].routes[0]: must be an object'],
    [
      'when: { not: null }',
      (d) => (d.questions[1].routes[0].when = { not: null }),
      'questions[1].routes[0].when.not: must be a condition object',
    ],
    [
      '{ all: 5 }',
      (d) => (d.questions[1].routes[0].when = { all: 5 }),
      'questions[1].routes[0].when.all: must be a list',
    ],
    ['20,000-deep nesting', (d) => (d.questions[1].routes[0].when = nested(20_000)), 'nests deeper than 32 levels'],
    [
      'a javascript: outcome link',
      (d) => (d.outcomes[1].link = { href: 'javascript:alert(1)', text: 'Go' }),
      'outcomes[1].link.href: must be an https:// address',
    ],
    [
      'an unknown operator',
      (d) => (d.questions[1].routes[0].when = { answer: 'age', over: 18 }),
      '"over" is not a condition operator',
    ],
  ];
  for (const [what, change, message] of invalid)
    it(`${what}: the configuration message naming the path, and the fallback content`, async () => {
      const d = sample();
      change(d);
      const { el, errors } = await load(d);
      expectConfigProblem(el, message);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<ldc-eligibility-checker>: the definition is not valid:');
    });

  const broken: [string, (d: Loose) => void, string, string][] = [
    ['start text that is not a list', (d) => (d.start.intro = null), 'start', 'the checker failed: TypeError'],
    ['no questions at all', (d) => (d.questions = null), 'colour', 'there is no question "colour"'],
    [
      'a first question that does not exist',
      (d) => (d.firstQuestion = 'nowhere'),
      'check',
      'unknown question "nowhere"',
    ],
    ['a question step that does not exist', () => undefined, 'nowhere', 'the definition has no question "nowhere"'],
    ['a malformed condition', (d) => (d.questions[0].options[1].when = { not: 5 }), 'colour', 'is not well formed'],
    ['an outcome body that is not a list', (d) => (d.outcomes[0].body = 5), 'result', 'the checker failed: TypeError'],
  ];
  for (const [what, change, step, message] of broken)
    it(`accepted but broken (${what}): the configuration message and the fallback content`, async () => {
      const { el } = await load(sample());
      expect(el.shadowRoot!.querySelector('form')).to.exist;
      const d = sample();
      change(d);
      const errors = await accept(el, d, step, { colour: 'blue' });
      expectConfigProblem(el, message);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain(message);
    });

  it('a failure while answering (the flow breaks after the first answer) shows the message, never a dead button', async () => {
    const { el, root } = await load(sample());
    const d = sample();
    d.questions[0].options[0].next = 'elsewhere';
    await accept(el, d);
    root.querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    root.querySelector<HTMLInputElement>('input[value="red"]')!.click();
    const errors = await captureConsole('error', async () => {
      root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
      await el.updateComplete;
    });
    expectConfigProblem(el, 'unknown question "elsewhere"');
    expect(errors).to.have.length(1);
  });

  it('a loader that throws or rejects: the message and the fallback, no unhandled rejection', async () => {
    class Failing extends LdcEligibilityChecker {
      protected override async resolveDefinition(): Promise<{ ok: true; value: unknown }> {
        throw new Error('the network went away');
      }
    }
    customElements.define('test-failing-checker', Failing);
    let el!: LdcEligibilityChecker;
    const errors = await captureConsole('error', async () => {
      el = await fixture<LdcEligibilityChecker>(html`<test-failing-checker>${FALLBACK}</test-failing-checker>`);
      await el.whenSettled();
    });
    // Something that did not arrive, not a wrong setup: trying again later may mend it.
    expectConfigProblem(
      el,
      'the definition could not be loaded: Error: the network went away',
      'This checker could not be loaded. Try again later.',
    );
    expect(errors).to.have.length(1);
  });

  it('the DefinitionDidNotLoad story shows what a page that has gone offline shows', async () => {
    const Story = storiesOf(checkerStories as Record<string, unknown>).DefinitionDidNotLoad;
    let el!: LdcEligibilityChecker;
    await captureConsole('error', async () => {
      el = await fixture<LdcEligibilityChecker>(Story());
      await el.whenSettled();
    });
    const problem = text(el.shadowRoot!.querySelector('[part=config-problem]'));
    expect(problem).to.contain('This checker could not be loaded. Try again later.');
    expect(problem).to.contain('the definition could not be loaded: TypeError: Failed to fetch');
  });

  it('a definition the server will not give now (408, 429, 503) "could not be loaded"; one it does not have (404, 403) is a wrong setup', async () => {
    for (const [status, summary] of [
      [408, 'This checker could not be loaded. Try again later.'],
      [429, 'This checker could not be loaded. Try again later.'],
      [503, 'This checker could not be loaded. Try again later.'],
      [404, 'This checker is not set up correctly.'],
      [403, 'This checker is not set up correctly.'],
    ] as const) {
      let el!: LdcEligibilityChecker;
      await captureConsole('error', async () => {
        el = await fixture<LdcEligibilityChecker>(
          html`<ldc-eligibility-checker src="/fixtures/none.json?status=${status}"
            >${FALLBACK}</ldc-eligibility-checker
          >`,
        );
        await el.whenSettled();
      });
      expectConfigProblem(el, `HTTP ${status}`, summary);
    }
  });

  it('a src the URL policy refuses is not requested: the message and the fallback', async () => {
    let el!: LdcEligibilityChecker;
    const errors = await captureConsole('error', async () => {
      el = await fixture<LdcEligibilityChecker>(
        html`<ldc-eligibility-checker src="data:application/json,{}">${FALLBACK}</ldc-eligibility-checker>`,
      );
      await el.whenSettled();
    });
    expectConfigProblem(el, 'src="data:application/json,{}" is not an address it may request');
    expect(errors).to.have.length(1);
  });

  it('a definition from src that is not JSON: the message and the fallback', async () => {
    let el!: LdcEligibilityChecker;
    await captureConsole('error', async () => {
      el = await fixture<LdcEligibilityChecker>(
        html`<ldc-eligibility-checker src="/test/eligibility/support.ts">${FALLBACK}</ldc-eligibility-checker>`,
      );
      await el.whenSettled();
    });
    expectConfigProblem(el, 'could not load the definition at /test/eligibility/support.ts');
  });
});

describe('<ldc-eligibility-checker>: links pass the URL policy (issue 11)', () => {
  it('an outcome link, a criterion source and apply-href the policy refuses are left out, each with one console error', async () => {
    const { el } = await load(sample(), { applyHref: 'data:text/html,<script>alert(1)</script>' } as never);
    const d = sample();
    d.outcomes[0] = { ...d.outcomes[0], apply: true, link: { href: 'javascript:alert(1)', text: 'Elsewhere' } };
    d.criteria[0].source = 'vbscript:msgbox(1)';
    const errors = await accept(el, d, 'result', { colour: 'blue' });
    const root = el.shadowRoot!;
    expect(text(root.querySelector('.ldc-panel__title'))).to.equal('Yes');
    expect(text(root)).to.contain('Blue.'); // the criterion's text stays, without a link
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([]);
    expect(root.querySelector('[part=apply-link]')).to.be.null;
    expect(errors.map((e) => e.replace(/ is not an address.*/, ''))).to.have.members([
      '<ldc-eligibility-checker>: apply-href="data:text/html,<script>alert(1)</script>"',
      '<ldc-eligibility-checker>: outcome "yes" link.href="javascript:alert(1)"',
      '<ldc-eligibility-checker>: criterion "is-blue" source="vbscript:msgbox(1)"',
    ]);
  });
});

describe('<ldc-eligibility-checker>: settings and storage (issue 11)', () => {
  beforeEach(() => sessionStorage.clear());

  it('a setting value the definition does not allow warns once, naming it and the default used', async () => {
    const warnings = await captureConsole('warn', async () => {
      const { el } = await load(sample(), { settings: { strict: 'perhaps' } } as never);
      el.council = 'Othertown Council';
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '<ldc-eligibility-checker>: settings.strict="perhaps" is not valid; use one of yes, no. Using no.',
    ]);
  });

  it('storage-key keeps journeys of the same definition apart, and a saved journey is versioned', async () => {
    const make = () =>
      fixture<HTMLElement>(
        html`<div>
          <ldc-eligibility-checker .definition=${sample()} persist="session" storage-key="a"></ldc-eligibility-checker>
          <ldc-eligibility-checker .definition=${sample()} persist="session" storage-key="b"></ldc-eligibility-checker>
        </div>`,
      );
    const wrap = await make();
    const [a, b] = [...wrap.querySelectorAll('ldc-eligibility-checker')];
    await Promise.all([a.whenSettled(), b.whenSettled()]);
    for (const [el, value] of [
      [a, 'red'],
      [b, 'blue'],
    ] as const) {
      el.shadowRoot!.querySelector('button')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
      await el.updateComplete;
    }
    const saved = JSON.parse(sessionStorage.getItem(progressKey('sample', 'b'))!);
    expect(saved).to.deep.equal({ v: 2, answers: { colour: 'blue' }, step: 'check', history: ['start', 'colour'] });
    wrap.remove();
    const again = await make();
    const [a2, b2] = [...again.querySelectorAll('ldc-eligibility-checker')];
    await Promise.all([a2.whenSettled(), b2.whenSettled()]);
    expect(a2.answers).to.deep.equal({ colour: 'red' });
    expect(text(a2.shadowRoot!.querySelector('h2'))).to.equal('Age?');
    expect(b2.answers).to.deep.equal({ colour: 'blue' });
    expect(text(b2.shadowRoot!.querySelector('h2'))).to.equal('Check your answers');
  });

  it('progress with inherited or prototype-named answers is not trusted', async () => {
    const inherited = Object.create({ colour: 'blue' });
    const { el } = await load(sample(), { progress: { answers: inherited, step: 'check' } } as never);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Colour?');
    const proto = JSON.parse('{"answers": {"__proto__": {"colour": "blue"}}, "step": "result"}');
    const second = await load(sample(), { progress: proto } as never);
    expect(text(second.el.shadowRoot!.querySelector('h2'))).to.equal('Sample');
  });
});

describe('<ldc-eligibility-checker>: version 2 definitions (issue 13)', () => {
  beforeEach(() => sessionStorage.clear());
  const home = {
    'main-home': 'yes',
    annexe: 'no',
    adults: 1,
    students: 0,
    smi: 0,
    carers: 0,
    apprentices: 0,
    'in-education': 0,
    others: 0,
  };

  it('several outcomes: one heading, a section for each with its reasons, and only the facts that apply', async () => {
    const { default: councilTax } = await import('../../src/eligibility/definitions/council-tax-england.json');
    const { el, root } = await load(councilTax, {
      progress: { answers: { ...home, disability: ['wheelchair'], 'low-income': 'no' }, step: 'result' },
    } as never);
    expect(text(root.querySelector('h2'))).to.equal('What could reduce your Council Tax bill');
    expect([...root.querySelectorAll('.finding > h3')].map((h) => text(h))).to.deep.equal([
      'Disabled band reduction',
      'Single person discount: 25% off',
    ]);
    expect([...root.querySelectorAll('.finding h4')].map((h) => text(h))).to.deep.equal([
      'Why you can get a disabled band reduction',
      'Why you can get a single person discount',
    ]);
    const facts = text(root.querySelector('.ldc-summary-list'));
    expect(facts).to.contain('Disabled band reduction The bill is worked out at the band below first');
    expect(facts).not.to.contain('Annexes');
    expect(el.answers).to.include({ adults: 1, 'low-income': 'no' });
    await expect(el).to.be.accessible();
  });

  it('number and date questions by keyboard, a derived age compared with a number setting (care leaver scheme to 21)', async () => {
    const { default: councilTax } = await import('../../src/eligibility/definitions/council-tax-england.json');
    const { el, root } = await load(councilTax, {
      settings: { careLeaverScheme: 'offered', careLeaverUntilAge: 21 },
      progress: { answers: { ...home, disability: ['none'], 'care-leaver': 'yes' }, step: 'date-of-birth' },
    } as never);
    expect(text(root.querySelector('h2, legend'))).to.contain('What is the care leaver’s date of birth?');
    // Twenty years old today: within a scheme that ends at 21.
    const today = new Date();
    const born = [String(today.getDate()), String(today.getMonth() + 1), String(today.getFullYear() - 20)];
    const fields = [...root.querySelectorAll<HTMLInputElement>('input')];
    for (const [i, value] of born.entries()) {
      fields[i].focus();
      await type(value);
    }
    await press('Enter');
    await el.updateComplete;
    expect(text(root.querySelector('legend, h2'))).to.contain(
      'Does anyone who pays Council Tax for the property have a low income or get benefits?',
    );
    root.querySelector<HTMLInputElement>('input[value="no"]')!.click();
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await el.updateComplete;
    expect([...root.querySelectorAll('.finding > h3')].map((h) => text(h))).to.deep.equal([
      'Single person discount: 25% off',
      'Care leaver reduction',
    ]);
  });

  it('a number setting outside its range warns once with the range, and the default is used', async () => {
    const { default: councilTax } = await import('../../src/eligibility/definitions/council-tax-england.json');
    const warnings = await captureConsole('warn', async () => {
      const { el } = await load(councilTax, { settings: { careLeaverUntilAge: 30 } } as never);
      el.council = 'Othertown Council';
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '<ldc-eligibility-checker>: settings.careLeaverUntilAge="30" is not valid; use a number from 18 to 25. Using 25.',
    ]);
  });

  it('a definition in two languages speaks the page’s language (textFor), English by default', async () => {
    const { sampleV2 } = await import('../eligibility/support.js');
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <ldc-eligibility-checker .definition=${sampleV2()}></ldc-eligibility-checker>
        <div lang="cy"><ldc-eligibility-checker .definition=${sampleV2()}></ldc-eligibility-checker></div>
      </div>`,
    );
    const [en, cy] = [...wrap.querySelectorAll('ldc-eligibility-checker')];
    await Promise.all([en.whenSettled(), cy.whenSettled()]);
    expect(text(en.shadowRoot!.querySelector('h2'))).to.equal('Household');
    expect(text(cy.shadowRoot!.querySelector('h2'))).to.equal('CY Household');
    expect(text(cy.shadowRoot!.querySelector('p'))).to.equal('CY Intro');
  });

  it('a newer definition replaces one still loading: the older one never shows', async () => {
    let el!: LdcEligibilityChecker;
    const errors = await captureConsole('error', async () => {
      el = await fixture<LdcEligibilityChecker>(
        html`<ldc-eligibility-checker src="/fixtures/none.json">${FALLBACK}</ldc-eligibility-checker>`,
      );
      el.definition = sample();
      await el.whenSettled();
    });
    expect(errors).to.deep.equal([]);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Sample');
  });

  it('while the definition loads, the fallback content shows', async () => {
    const el = await fixture<LdcEligibilityChecker>(
      html`<ldc-eligibility-checker .definition=${sample()}>${FALLBACK}</ldc-eligibility-checker>`,
    );
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    await el.whenSettled();
    expect(el.shadowRoot!.querySelector('slot')).to.be.null;
  });
});
