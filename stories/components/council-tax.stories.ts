import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { userEvent, within } from 'storybook/test';
import definition from '../../src/eligibility/definitions/council-tax-england.json';
import personaFile from '../../test/eligibility/personas/council-tax-england.json';
import type { Answers, Settings } from '../../src/eligibility/types.js';
import '../../src/define/eligibility-checker.js';

interface Args {
  council: string;
  applyHref: string;
  contactPhone: string;
  contactEmail: string;
  contactHref: string;
}
const meta: Meta<Args> = {
  title: 'Components/Eligibility checker/Council Tax (England)',
  component: 'ldc-eligibility-checker',
  args: {
    council: 'Ashdown District Council',
    applyHref: 'https://www.example.gov.uk/council-tax/discounts',
    contactPhone: '01234 567890',
    contactEmail: 'counciltax@example.gov.uk',
    contactHref: 'https://www.example.gov.uk/contact',
  },
  parameters: {
    docs: {
      description: {
        component:
          'Council Tax discounts and exemptions for a home in England that someone lives in: a third checker, written as data only (`council-tax-england.json`), that can end with several outcomes. Each story starts from one of its personas.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

interface Persona {
  name: string;
  answers: Answers;
  settings?: Settings;
}
const personas = personaFile.personas as unknown as Persona[];
const persona = (prefix: string) => {
  const p = personas.find((x) => x.name.startsWith(prefix));
  if (!p) throw new Error(`no persona "${prefix}"`);
  return p;
};

/** The checker at `step` with the persona's answers (a question on its path is shown prefilled). */
const at = (prefix: string, step: string): Story => {
  const p = persona(prefix);
  return {
    render: (a) =>
      html`<ldc-eligibility-checker
        .definition=${definition}
        .settings=${p.settings ?? {}}
        council=${a.council}
        apply-href=${a.applyHref}
        contact-phone=${a.contactPhone}
        contact-email=${a.contactEmail}
        contact-href=${a.contactHref}
        .progress=${{ answers: p.answers, step }}
      ></ldc-eligibility-checker>`,
  };
};

export const Start: Story = {
  render: (a) =>
    html`<ldc-eligibility-checker .definition=${definition} council=${a.council}></ldc-eligibility-checker>`,
};
export const QuestionMainHome = at('1.', 'main-home');
export const QuestionAnnexe = at('1.', 'annexe');
export const QuestionAdults = at('1.', 'adults');
export const QuestionStudents = at('2.', 'students');
export const QuestionStudentPartners = at('4.', 'student-partners');
export const QuestionSevereMentalImpairment = at('6.', 'smi');
export const QuestionCarers = at('9.', 'carers');
export const QuestionApprentices = at('13.', 'apprentices');
export const QuestionInEducation = at('15.', 'in-education');
export const QuestionOthers = at('1.', 'others');
export const QuestionPersonWhoPays = at('6.', 'smi-liable');
export const QuestionDisabilityFeatures = at('10.', 'disability');
export const QuestionCareLeaver = at('18.', 'care-leaver');
export const QuestionDateOfBirth = at('18.', 'date-of-birth');
export const QuestionLowIncome = at('22.', 'low-income');
export const CheckYourAnswers = at('11.', 'check');
export const ErrorNoNumber: Story = {
  ...at('1.', 'adults'),
  render: (a) =>
    html`<ldc-eligibility-checker
      .definition=${definition}
      council=${a.council}
      .progress=${{ answers: { 'main-home': 'yes', annexe: 'no' }, step: 'adults' }}
    ></ldc-eligibility-checker>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ldc-eligibility-checker')!;
    await (el as HTMLElement & { whenSettled(): Promise<void> }).whenSettled();
    await userEvent.click(within(el.shadowRoot as unknown as HTMLElement).getByRole('button', { name: 'Continue' }));
  },
};

export const ResultSinglePersonDiscount = at('1.', 'result');
export const ResultDisabledBandAndSinglePersonDiscount = at('11.', 'result');
export const ResultSinglePersonDiscountAndCareLeaver = at('18.', 'result');
export const ResultSinglePersonDiscountAndCouncilTaxReduction = at('19.', 'result');
export const ResultAnnexeDiscountAndSinglePersonDiscount = at('21.', 'result');
export const ResultStudentExemption = at('3.', 'result');
export const ResultSevereMentalImpairmentExemption = at('6.', 'result');
export const ResultEveryoneUnder18 = at('17.', 'result');
export const ResultAnnexeExempt = at('20.', 'result');
export const ResultNobodyCounts = at('9.', 'result');
export const ResultCouncilTaxReduction = at('22.', 'result');
export const ResultNoReduction = at('5.', 'result');
export const ResultEmptyOrSecondHome = at('An empty home', 'result');
export const ResultCheckTheNumbers = at('More people counted', 'result');
