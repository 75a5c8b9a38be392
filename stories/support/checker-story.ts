import { html } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import type { Answers, Definition, Settings } from '../../src/eligibility/types.js';
import { journeys } from './journeys.js';
import '../../src/define/blue-badge-checker.js';
import '../../src/define/eligibility-checker.js';

export interface CheckerArgs {
  council: string;
  applyHref: string;
  headingLevel: string;
  contactPhone: string;
  contactEmail: string;
  contactHref: string;
}
export const checkerArgs: CheckerArgs = {
  council: 'Ashdown District Council',
  applyHref: 'https://www.example.gov.uk/blue-badge/apply',
  headingLevel: '2',
  contactPhone: '01234 567890',
  contactEmail: 'bluebadges@example.gov.uk',
  contactHref: 'https://www.example.gov.uk/contact',
};

/**
 * A story showing one step of a Blue Badge nation's journey: "start", a question id,
 * "check", or "outcome:<id>". The answers that reach it are found from the definition.
 */
export function nationStep(
  nation: string,
  definition: unknown,
  step: string,
  settings: Settings = {},
  /** Override the answers found (e.g. to show the journey for someone else). */
  given?: Answers,
): StoryObj<CheckerArgs> {
  const all = journeys(definition as Definition, settings);
  const firstOutcome = Object.keys(all).find((k) => k.startsWith('outcome:'))!;
  const answers = given ?? (step === 'start' ? {} : all[step === 'check' ? firstOutcome : step]);
  if (!answers) throw new Error(`${nation}: no journey reaches ${step}`);
  const progress = step === 'start' ? undefined : { answers, step: step.startsWith('outcome:') ? 'result' : step };
  return {
    render: (a) =>
      html`<ldc-blue-badge-checker
        nation=${nation}
        council=${a.council}
        apply-href=${a.applyHref}
        heading-level=${a.headingLevel}
        contact-phone=${a.contactPhone}
        contact-email=${a.contactEmail}
        contact-href=${a.contactHref}
        minimum-age=${String(settings.minimumAge ?? '')}
        under3-outcome=${String(settings.under3Outcome ?? '')}
        .progress=${progress}
      ></ldc-blue-badge-checker>`,
  };
}

/** The shared part of each nation's stories file (the title stays a literal in each file). */
export function nationMeta(name: string) {
  return {
    component: 'ldc-blue-badge-checker',
    args: checkerArgs,
    parameters: {
      docs: {
        description: {
          component: `Every step and every result of the ${name} journey. Each story starts the checker with the answers that reach its step.`,
        },
      },
    },
  };
}
