import type { Meta } from '@storybook/web-components-vite';
import definition from '../../src/eligibility/definitions/blue-badge-scotland.json';
import { nationMeta, nationStep, type CheckerArgs } from '../support/checker-story.js';

const meta: Meta<CheckerArgs> = {
  title: 'Components/Blue Badge checker/Scotland',
  ...nationMeta('Scotland'),
};
export default meta;

export const Start = nationStep('scotland', definition, 'start');
export const QuestionApplicant = nationStep('scotland', definition, 'applicant');
export const QuestionAge = nationStep('scotland', definition, 'age');
export const QuestionBenefits = nationStep('scotland', definition, 'benefits');
export const QuestionDlaHigherRate = nationStep('scotland', definition, 'dla-higher-rate');
export const QuestionPipMovingAround = nationStep('scotland', definition, 'pip-moving-around');
export const QuestionPipPlanning = nationStep('scotland', definition, 'pip-planning');
export const QuestionDlaInThePast = nationStep('scotland', definition, 'dla-in-the-past');
export const QuestionAdpMobility = nationStep('scotland', definition, 'adp-mobility');
export const QuestionCdpHigherRate = nationStep('scotland', definition, 'cdp-higher-rate');
export const QuestionAfcsTariff = nationStep('scotland', definition, 'afcs-tariff');
export const QuestionAfcsCertified = nationStep('scotland', definition, 'afcs-certified');
export const QuestionMainReason = nationStep('scotland', definition, 'main-reason');
export const QuestionWalking = nationStep('scotland', definition, 'walking');
export const QuestionDuration = nationStep('scotland', definition, 'duration');
export const CheckYourAnswers = nationStep('scotland', definition, 'check');
export const ResultEligible = nationStep('scotland', definition, 'outcome:eligible');
export const ResultMayBeEligible = nationStep('scotland', definition, 'outcome:may-be-eligible');
export const ResultNotEligible = nationStep('scotland', definition, 'outcome:not-eligible');
export const ResultOrganisation = nationStep('scotland', definition, 'outcome:organisation');
export const ResultFastTrack = nationStep('scotland', definition, 'outcome:fast-track');
export const ResultPaperApplication = nationStep('scotland', definition, 'outcome:paper-application');
