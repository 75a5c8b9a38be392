import type { Meta } from '@storybook/web-components-vite';
import definition from '../../src/eligibility/definitions/blue-badge-northern-ireland.json';
import { nationMeta, nationStep, type CheckerArgs } from '../support/checker-story.js';

const meta: Meta<CheckerArgs> = {
  title: 'Components/Blue Badge checker/Northern Ireland',
  ...nationMeta('Northern Ireland'),
};
export default meta;

export const Start = nationStep('northern-ireland', definition, 'start');
export const QuestionApplicant = nationStep('northern-ireland', definition, 'applicant');
export const QuestionBenefits = nationStep('northern-ireland', definition, 'benefits');
export const QuestionDlaHigherRate = nationStep('northern-ireland', definition, 'dla-higher-rate');
export const QuestionPipMovingAround = nationStep('northern-ireland', definition, 'pip-moving-around');
export const QuestionAfcsTariff = nationStep('northern-ireland', definition, 'afcs-tariff');
export const QuestionAfcsCertified = nationStep('northern-ireland', definition, 'afcs-certified');
export const QuestionMainReason = nationStep('northern-ireland', definition, 'main-reason');
export const QuestionWalking = nationStep('northern-ireland', definition, 'walking');
export const QuestionDuration = nationStep('northern-ireland', definition, 'duration');
export const CheckYourAnswers = nationStep('northern-ireland', definition, 'check');
export const ResultEligible = nationStep('northern-ireland', definition, 'outcome:eligible');
export const ResultMayBeEligible = nationStep('northern-ireland', definition, 'outcome:may-be-eligible');
export const ResultNotEligible = nationStep('northern-ireland', definition, 'outcome:not-eligible');
export const ResultOrganisation = nationStep('northern-ireland', definition, 'outcome:organisation');
export const ResultBlueBadgeUnit = nationStep('northern-ireland', definition, 'outcome:blue-badge-unit');
