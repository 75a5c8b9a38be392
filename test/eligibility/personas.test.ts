import { expect } from '@open-wc/testing';
import { evaluate, type Answers, type Definition, type Settings } from '../../src/eligibility/index.js';
import england from '../../src/eligibility/definitions/blue-badge-england.json';
import scotland from '../../src/eligibility/definitions/blue-badge-scotland.json';
import wales from '../../src/eligibility/definitions/blue-badge-wales.json';
import northernIreland from '../../src/eligibility/definitions/blue-badge-northern-ireland.json';
import fsm from '../../src/eligibility/definitions/free-school-meals-england.json';

/** [who, answers, outcome id, deciding criteria ids, settings] */
type Persona = [string, Answers, string, string[], Settings?];

const adult: Answers = { applicant: 'myself', age: '3-or-over' };
const forChild = (age: string): Answers => ({ applicant: 'someone-else', age });

const shared = (extra: Persona[]): Persona[] => [
  [
    'DLA higher rate mobility',
    { ...adult, benefits: 'dla', 'dla-higher-rate': 'yes' },
    'eligible',
    ['dla-higher-rate-mobility'],
  ],
  [
    'PIP 8 points moving around',
    { ...adult, benefits: 'pip', 'pip-moving-around': '8' },
    'eligible',
    ['pip-moving-around-8'],
  ],
  [
    'PIP 12 points moving around',
    { ...adult, benefits: 'pip', 'pip-moving-around': '12' },
    'eligible',
    ['pip-moving-around-8'],
  ],
  [
    'War Pensioners’ Mobility Supplement',
    { ...adult, benefits: 'wpms' },
    'eligible',
    ['war-pensioners-mobility-supplement'],
  ],
  [
    'AFCS tariff 1–8, certified',
    { ...adult, benefits: 'afcs', 'afcs-tariff': 'yes', 'afcs-certified': 'yes' },
    'eligible',
    ['afcs-tariff-1-8'],
  ],
  [
    'registered blind, no benefits',
    { ...adult, benefits: 'none', 'main-reason': 'blind' },
    'eligible',
    ['registered-blind'],
  ],
  [
    'DLA lower rate, both arms and drives',
    { ...adult, benefits: 'dla', 'dla-higher-rate': 'no', 'main-reason': 'arms' },
    'may-be-eligible',
    ['arms-and-driving'],
  ],
  [
    'walking difficulty expected to last',
    {
      ...adult,
      benefits: 'none',
      'main-reason': 'walking',
      walking: ['help-or-aids', 'pain-breath-time'],
      duration: 'yes',
    },
    'may-be-eligible',
    ['walking-difficulty'],
  ],
  [
    'walking difficulty that will not last',
    { ...adult, benefits: 'none', 'main-reason': 'walking', walking: ['dangerous'], duration: 'no' },
    'not-eligible',
    [],
  ],
  [
    'walking described by none of the options',
    { ...adult, benefits: 'none', 'main-reason': 'walking', walking: ['none'] },
    'not-eligible',
    [],
  ],
  ['no benefit and no reason', { ...adult, benefits: 'none', 'main-reason': 'none' }, 'not-eligible', []],
  ['an organisation', { applicant: 'organisation' }, 'organisation', []],
  [
    'child under 2 with bulky medical equipment (default: assessed)',
    { ...forChild('under-2'), 'main-reason': 'child-equipment' },
    'may-be-eligible',
    ['child-bulky-equipment'],
  ],
  [
    'child of 2 kept near a vehicle, council setting: eligible',
    { ...forChild('2'), benefits: 'none', 'main-reason': 'child-vehicle' },
    'eligible',
    ['child-near-vehicle'],
    { under3Outcome: 'eligible' },
  ],
  [
    'child of 2 with DLA: statutory age rule (more than 2 years old)',
    { ...forChild('2'), benefits: 'dla', 'dla-higher-rate': 'yes' },
    'eligible',
    ['dla-higher-rate-mobility'],
  ],
  ...extra,
];

const nations: Record<string, [unknown, Persona[]]> = {
  England: [
    england,
    shared([
      [
        'PIP planning descriptor E (10 points)',
        { ...adult, benefits: 'pip', 'pip-moving-around': '4', 'pip-planning': 'e' },
        'eligible',
        ['pip-planning-descriptor-e'],
      ],
      [
        'PIP planning descriptor D (also 10 points) is not automatic',
        { ...adult, benefits: 'pip', 'pip-moving-around': '0', 'pip-planning': 'd', 'main-reason': 'none' },
        'not-eligible',
        [],
      ],
      [
        'PIP planning descriptor F (12 points), then assessed for hidden condition',
        {
          ...adult,
          benefits: 'pip',
          'pip-moving-around': '4',
          'pip-planning': 'f',
          'main-reason': 'hidden',
          hidden: ['plan-journey', 'anxious-spaces'],
          duration: 'yes',
        },
        'may-be-eligible',
        ['hidden-disability'],
      ],
      [
        'hidden condition described by none of the options',
        { ...adult, benefits: 'none', 'main-reason': 'hidden', hidden: ['none'] },
        'not-eligible',
        [],
      ],
      [
        'terminal illness: fast track',
        { ...adult, benefits: 'none', 'main-reason': 'terminal' },
        'fast-track',
        ['terminal-illness'],
      ],
      [
        'AFCS tariff but not certified, walking difficulty unsure how long',
        {
          ...adult,
          benefits: 'afcs',
          'afcs-tariff': 'yes',
          'afcs-certified': 'no',
          'main-reason': 'walking',
          walking: ['cannot-walk'],
          duration: 'not-sure',
        },
        'may-be-eligible',
        ['walking-difficulty'],
      ],
      [
        'child of 2 when the council uses GOV.UK’s “3 or over” wording: benefits are not asked',
        { ...forChild('2'), 'main-reason': 'none' },
        'not-eligible',
        [],
        { minimumAge: 'govuk' },
      ],
    ]),
  ],
  Scotland: [
    scotland,
    shared([
      [
        'PIP 12 points planning and following journeys',
        { ...adult, benefits: 'pip', 'pip-moving-around': '4', 'pip-planning': '12' },
        'eligible',
        ['pip-planning-12'],
      ],
      [
        'PIP 10 points planning, moved from indefinite DLA higher rate',
        { ...adult, benefits: 'pip', 'pip-moving-around': '0', 'pip-planning': '10', 'dla-in-the-past': 'yes' },
        'eligible',
        ['dla-indefinite-transition'],
      ],
      [
        'ADP enhanced mobility, 8 points moving around',
        { ...adult, benefits: 'adp', 'adp-mobility': 'moving-8' },
        'eligible',
        ['adp-enhanced-mobility'],
      ],
      [
        'ADP under the special rules for terminal illness',
        { ...adult, benefits: 'adp', 'adp-mobility': 'terminal' },
        'eligible',
        ['adp-enhanced-mobility'],
      ],
      [
        'Child Disability Payment higher rate mobility',
        { ...forChild('3-or-over'), benefits: 'cdp', 'cdp-higher-rate': 'yes' },
        'eligible',
        ['cdp-higher-rate-mobility'],
      ],
      [
        'not aware of the danger from traffic: paper application',
        { ...adult, benefits: 'none', 'main-reason': 'traffic' },
        'paper-application',
        ['risk-in-traffic'],
      ],
      [
        'terminal illness: contact the council',
        { ...adult, benefits: 'none', 'main-reason': 'terminal' },
        'fast-track',
        ['terminal-illness'],
      ],
    ]),
  ],
  Wales: [
    wales,
    shared([
      [
        'PIP 12 points planning and following journeys',
        { ...adult, benefits: 'pip', 'pip-moving-around': '4', 'pip-planning': '12' },
        'eligible',
        ['pip-planning-12'],
      ],
      [
        'AFCS tariff 6, permanent mental disorder',
        { ...adult, benefits: 'afcs', 'afcs-tariff': 'no', 'afcs-mental-disorder': 'yes' },
        'eligible',
        ['afcs-tariff-6-mental'],
      ],
      [
        'severe cognitive impairment',
        { ...adult, benefits: 'none', 'main-reason': 'cognitive' },
        'may-be-eligible',
        ['severe-cognitive-impairment'],
      ],
      [
        'recovering from a serious injury: temporary badge',
        { ...adult, benefits: 'none', 'main-reason': 'temporary' },
        'may-be-eligible',
        ['temporary-condition'],
      ],
      [
        'terminal illness: assessed',
        { ...adult, benefits: 'none', 'main-reason': 'terminal' },
        'may-be-eligible',
        ['terminal-illness'],
      ],
    ]),
  ],
  'Northern Ireland': [
    northernIreland,
    [
      [
        'DLA higher rate mobility',
        { applicant: 'myself', benefits: 'dla', 'dla-higher-rate': 'yes' },
        'eligible',
        ['dla-higher-rate-mobility'],
      ],
      [
        'PIP 10 points moving around',
        { applicant: 'myself', benefits: 'pip', 'pip-moving-around': '10' },
        'eligible',
        ['pip-moving-around-8'],
      ],
      [
        'PIP 4 points: planning is not evaluated (unconfirmed in NI)',
        { applicant: 'myself', benefits: 'pip', 'pip-moving-around': '4', 'main-reason': 'none' },
        'not-eligible',
        [],
      ],
      [
        'War Pension Mobility Supplement',
        { applicant: 'myself', benefits: 'wpms' },
        'eligible',
        ['war-pensioners-mobility-supplement'],
      ],
      [
        'AFCS tariff 1–8, certified',
        { applicant: 'myself', benefits: 'afcs', 'afcs-tariff': 'yes', 'afcs-certified': 'yes' },
        'eligible',
        ['afcs-tariff-1-8'],
      ],
      [
        'AFCS not certified, registered blind',
        { applicant: 'myself', benefits: 'afcs', 'afcs-tariff': 'yes', 'afcs-certified': 'no', 'main-reason': 'blind' },
        'eligible',
        ['registered-blind'],
      ],
      [
        'registered blind',
        { applicant: 'someone-else', benefits: 'none', 'main-reason': 'blind' },
        'eligible',
        ['registered-blind'],
      ],
      [
        'both arms and drives',
        { applicant: 'myself', benefits: 'none', 'main-reason': 'arms' },
        'may-be-eligible',
        ['arms-and-driving'],
      ],
      [
        'permanent walking disability',
        { applicant: 'myself', benefits: 'none', 'main-reason': 'walking', walking: ['cannot-walk'], duration: 'yes' },
        'may-be-eligible',
        ['walking-difficulty'],
      ],
      [
        'walking disability that is not permanent',
        {
          applicant: 'myself',
          benefits: 'none',
          'main-reason': 'walking',
          walking: ['pain-breath-time'],
          duration: 'no',
        },
        'not-eligible',
        [],
      ],
      [
        'child under 3 or hidden condition: Blue Badge Unit (unconfirmed rules not evaluated)',
        { applicant: 'someone-else', benefits: 'none', 'main-reason': 'other' },
        'blue-badge-unit',
        [],
      ],
      [
        'no benefit and no reason',
        { applicant: 'myself', benefits: 'none', 'main-reason': 'none' },
        'not-eligible',
        [],
      ],
      ['an organisation', { applicant: 'organisation' }, 'organisation', []],
    ],
  ],
  'Free school meals (England)': [
    fsm,
    [
      [
        'reception child, no benefits',
        { 'school-type': 'yes', 'school-year': 'reception', benefits: ['none'] },
        'universal-infant',
        ['universal-infant'],
      ],
      [
        'year 5, Income Support',
        { 'school-type': 'yes', 'school-year': 'year-3-plus', benefits: ['income-support'] },
        'eligible',
        ['income-support'],
      ],
      [
        'year 5, Universal Credit (from September 2026)',
        { 'school-type': 'yes', 'school-year': 'year-3-plus', benefits: ['universal-credit'] },
        'eligible',
        ['universal-credit'],
      ],
      [
        'year 5, Universal Credit, earnings under £7,400 (older rule)',
        { 'school-type': 'yes', 'school-year': 'year-3-plus', benefits: ['universal-credit'], 'uc-earnings': 7399 },
        'eligible',
        ['universal-credit-earnings'],
        { universalCreditRule: 'income-threshold' },
      ],
      [
        'year 5, Universal Credit, earnings of £7,400 (older rule)',
        { 'school-type': 'yes', 'school-year': 'year-3-plus', benefits: ['universal-credit'], 'uc-earnings': 7400 },
        'not-eligible',
        [],
        { universalCreditRule: 'income-threshold' },
      ],
      [
        'year 4, Child Tax Credit only, income £16,190',
        {
          'school-type': 'yes',
          'school-year': 'year-3-plus',
          benefits: ['child-tax-credit'],
          'working-tax-credit': 'no',
          'ctc-income': 16190,
        },
        'eligible',
        ['child-tax-credit'],
      ],
      [
        'year 4, Child Tax Credit and Working Tax Credit',
        {
          'school-type': 'yes',
          'school-year': 'year-3-plus',
          benefits: ['child-tax-credit'],
          'working-tax-credit': 'yes',
        },
        'not-eligible',
        [],
      ],
      ['independent school', { 'school-type': 'no' }, 'not-eligible-school', []],
      ['nursery', { 'school-type': 'yes', 'school-year': 'nursery' }, 'contact-council', []],
      [
        'year 8, no benefits',
        { 'school-type': 'yes', 'school-year': 'year-3-plus', benefits: ['none'] },
        'not-eligible',
        [],
      ],
    ],
  ],
};

for (const [nation, [definition, personas]] of Object.entries(nations)) {
  describe(`personas: ${nation}`, () => {
    for (const [who, answers, outcome, criteria, settings] of personas) {
      it(`${who} → ${outcome}`, () => {
        const result = evaluate(definition as Definition, answers, settings);
        if (result.type !== 'outcome')
          throw new Error(`expected an outcome, got ${JSON.stringify(result).slice(0, 200)}`);
        expect(result.outcome.id).to.equal(outcome);
        expect(result.criteria.map((c) => c.id)).to.deep.equal(criteria);
        expect(result.path.every((id) => id in answers)).to.be.true;
      });
    }
  });
}
