import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fsm from '../../src/eligibility/definitions/free-school-meals-england.json';
import { journeys } from '../support/journeys.js';
import type { Definition } from '../../src/eligibility/types.js';
import '../../src/define/eligibility-checker.js';
import { LdcEligibilityChecker } from '../../src/components/eligibility-checker/eligibility-checker.js';

interface Args {
  council: string;
  applyHref: string;
}
const meta: Meta<Args> = {
  title: 'Components/Eligibility checker',
  component: 'ldc-eligibility-checker',
  args: { council: 'Westmere Borough Council', applyHref: 'https://www.example.gov.uk/free-school-meals/apply' },
  parameters: {
    docs: {
      description: {
        component:
          'Runs any eligibility definition. These stories run the free school meals definition for England, which is data only: no code was written for it.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const all = journeys(fsm as unknown as Definition);
const at = (key: string, step: string, showErrors = false): Story => ({
  render: (a) =>
    html`<ldc-eligibility-checker
      .definition=${fsm}
      council=${a.council}
      apply-href=${a.applyHref}
      .progress=${key === 'start' ? undefined : { answers: all[key], step }}
      data-show-errors=${showErrors ? 'yes' : 'no'}
    ></ldc-eligibility-checker>`,
});

export const FreeSchoolMealsStart: Story = at('start', 'start');
export const QuestionSchoolYear: Story = at('school-year', 'school-year');
export const QuestionBenefitsCheckboxes: Story = at('benefits', 'benefits');
export const QuestionNumberEarnings: Story = {
  render: (a) =>
    html`<ldc-eligibility-checker
      .definition=${fsm}
      council=${a.council}
      .settings=${{ universalCreditRule: 'income-threshold' }}
      .progress=${{ answers: journeys(fsm as unknown as Definition, { universalCreditRule: 'income-threshold' })['uc-earnings'], step: 'uc-earnings' }}
    ></ldc-eligibility-checker>`,
};
export const ResultEligible: Story = at('outcome:eligible', 'result');
export const ResultUniversalInfant: Story = at('outcome:universal-infant', 'result');
export const ResultNotEligible: Story = at('outcome:not-eligible', 'result');
export const ResultDifferentService: Story = at('outcome:not-eligible-school', 'result');
export const ResultContactCouncil: Story = at('outcome:contact-council', 'result');
export const DefinitionFromUrl: Story = {
  render: () => html`<ldc-eligibility-checker src="/assets/free-school-meals-england.json"></ldc-eligibility-checker>`,
};
/**
 * Configuration problems: a definition the schema refuses (here a condition `{ "not": null }`
 * and a `javascript:` link) shows what is wrong, with its path, and the fallback content.
 */
const broken = (): unknown => {
  const d = structuredClone(fsm) as unknown as { questions: { routes?: unknown[] }[]; outcomes: object[] };
  d.questions[0].routes = [{ when: { not: null } }];
  d.outcomes[0] = { ...d.outcomes[0], link: { href: 'javascript:alert(1)', text: 'Apply' } };
  return d;
};
export const BrokenDefinitionShowsFallback: Story = {
  render: () =>
    html`<ldc-eligibility-checker .definition=${broken()}>
      <a href="https://www.example.gov.uk/free-school-meals">Apply for free school meals</a>
    </ldc-eligibility-checker>`,
};
export const MalformedDefinition: Story = {
  render: () =>
    html`<ldc-eligibility-checker .definition=${{ id: 'broken', version: 1, title: 'Broken' }}>
      <a href="https://www.example.gov.uk/free-school-meals">Free school meals</a>
    </ldc-eligibility-checker>`,
};
/**
 * A definition that does not arrive (the network failing, as on a page that has gone offline):
 * "This checker could not be loaded. Try again later.", the problem, and the fallback content.
 * The story's element is the checker with a loader that fails.
 */
class OfflineChecker extends LdcEligibilityChecker {
  protected override async resolveDefinition(): Promise<{ ok: true; value: unknown }> {
    throw new TypeError('Failed to fetch');
  }
}
export const DefinitionDidNotLoad: Story = {
  render: () => {
    if (!customElements.get('story-offline-checker')) customElements.define('story-offline-checker', OfflineChecker);
    return html`<story-offline-checker>
      <a href="https://www.example.gov.uk/free-school-meals">Apply for free school meals</a>
    </story-offline-checker>`;
  },
};
