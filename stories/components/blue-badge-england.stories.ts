import type { Meta } from '@storybook/web-components-vite';
import definition from '../../src/eligibility/definitions/blue-badge-england.json';
import { nationMeta, nationStep, type CheckerArgs } from '../support/checker-story.js';

const meta: Meta<CheckerArgs> = {
  title: 'Components/Blue Badge checker/England',
  ...nationMeta('England'),
};
export default meta;

export const Start = nationStep('england', definition, 'start');
export const QuestionApplicant = nationStep('england', definition, 'applicant');
export const QuestionAge = nationStep('england', definition, 'age');
export const QuestionBenefits = nationStep('england', definition, 'benefits');
export const QuestionDlaHigherRate = nationStep('england', definition, 'dla-higher-rate');
export const QuestionPipMovingAround = nationStep('england', definition, 'pip-moving-around');
export const QuestionPipPlanning = nationStep('england', definition, 'pip-planning');
export const QuestionAfcsTariff = nationStep('england', definition, 'afcs-tariff');
export const QuestionAfcsCertified = nationStep('england', definition, 'afcs-certified');
export const QuestionMainReason = nationStep('england', definition, 'main-reason');
export const QuestionWalking = nationStep('england', definition, 'walking');
export const QuestionHidden = nationStep('england', definition, 'hidden');
export const QuestionDuration = nationStep('england', definition, 'duration');
export const CheckYourAnswers = nationStep('england', definition, 'check');
export const ResultEligible = nationStep('england', definition, 'outcome:eligible');
export const ResultMayBeEligible = nationStep('england', definition, 'outcome:may-be-eligible');
export const ResultNotEligible = nationStep('england', definition, 'outcome:not-eligible');
export const ResultOrganisation = nationStep('england', definition, 'outcome:organisation');
export const ResultFastTrack = nationStep('england', definition, 'outcome:fast-track');

// Checking for someone else: the same questions and results, in the third person.
const forSomeoneElse = { applicant: 'someone-else', age: '3-or-over' };
export const SomeoneElseQuestionBenefits = nationStep('england', definition, 'benefits', {}, forSomeoneElse);
export const SomeoneElseResultEligible = nationStep(
  'england',
  definition,
  'outcome:eligible',
  {},
  {
    ...forSomeoneElse,
    benefits: ['pip'],
    'pip-moving-around': '10',
  },
);
export const SomeoneElseResultNotEligible = nationStep(
  'england',
  definition,
  'outcome:not-eligible',
  {},
  {
    ...forSomeoneElse,
    benefits: ['none'],
    'main-reason': 'walking',
    walking: ['pain-breath-time'],
    duration: 'no',
  },
);
/** Several benefits ticked: each is followed up until one qualifies (PIP validity shows only for PIP). */
export const ResultEligibleThroughSecondBenefit = nationStep(
  'england',
  definition,
  'outcome:eligible',
  {},
  {
    applicant: 'myself',
    age: '3-or-over',
    benefits: ['dla', 'pip'],
    'dla-higher-rate': 'no',
    'pip-moving-around': '8',
  },
);
