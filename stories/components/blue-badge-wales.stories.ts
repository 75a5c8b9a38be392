import type { Meta } from '@storybook/web-components-vite';
import definition from '../../src/eligibility/definitions/blue-badge-wales.json';
import { nationMeta, nationStep, type CheckerArgs } from '../support/checker-story.js';

const meta: Meta<CheckerArgs> = {
  title: 'Components/Blue Badge checker/Wales',
  ...nationMeta('Wales'),
};
export default meta;

export const Start = nationStep('wales', definition, 'start');
export const QuestionApplicant = nationStep('wales', definition, 'applicant');
export const QuestionAge = nationStep('wales', definition, 'age');
export const QuestionBenefits = nationStep('wales', definition, 'benefits');
export const QuestionDlaHigherRate = nationStep('wales', definition, 'dla-higher-rate');
export const QuestionPipMovingAround = nationStep('wales', definition, 'pip-moving-around');
export const QuestionPipPlanning = nationStep('wales', definition, 'pip-planning');
export const QuestionAfcsTariff = nationStep('wales', definition, 'afcs-tariff');
export const QuestionAfcsCertified = nationStep('wales', definition, 'afcs-certified');
export const QuestionAfcsMentalDisorder = nationStep('wales', definition, 'afcs-mental-disorder');
export const QuestionMainReason = nationStep('wales', definition, 'main-reason');
export const QuestionWalking = nationStep('wales', definition, 'walking');
export const QuestionDuration = nationStep('wales', definition, 'duration');
export const CheckYourAnswers = nationStep('wales', definition, 'check');
export const ResultEligible = nationStep('wales', definition, 'outcome:eligible');
export const ResultMayBeEligible = nationStep('wales', definition, 'outcome:may-be-eligible');
export const ResultNotEligible = nationStep('wales', definition, 'outcome:not-eligible');
export const ResultOrganisation = nationStep('wales', definition, 'outcome:organisation');
