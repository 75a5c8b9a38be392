/**
 * Eligibility definitions: a checker is data. Questions, the flow between them (declarative
 * conditions over earlier answers, derived values and the checker's settings), the outcomes, and
 * the criteria that decide them, each criterion citing its source. Plain TypeScript, no DOM.
 *
 * Version 1 is the original format; version 2 adds, without changing anything version 1 means:
 * text in several languages and by audience, derived values, typed settings with ranges,
 * comparisons with settings and other values, several outcomes from one journey, facts that
 * apply only to some routes, guidance links, reasons and next steps. A version 1 definition that
 * uses none of these keeps working unchanged.
 */

export type QuestionKind = 'radios' | 'checkboxes' | 'number' | 'date';
export type OutcomeKind = 'eligible' | 'may-be-eligible' | 'not-eligible' | 'contact-council' | 'different-service';

/** Who the journey is about: the resident, someone they help, or an organisation. */
export type Audience = 'self' | 'someone-else' | 'organisation';
export const AUDIENCES: readonly Audience[] = ['self', 'someone-else', 'organisation'];

/** Text in one language (a plain string), or in several: `{ "en": "…", "cy": "…" }`. */
export type LangText = string | { readonly [language: string]: string };
/**
 * Resident-facing text: a plain string, languages, or variants by audience (version 2), e.g.
 * `{ "self": "Do you get PIP?", "someone-else": "Do they get PIP?" }`. A missing audience uses
 * "self"; each variant may itself be in several languages.
 */
export type Text =
  LangText | { readonly self: LangText; readonly 'someone-else'?: LangText; readonly organisation?: LangText };

/** One answer: a radio value, checkbox values, a number, or an ISO date (YYYY-MM-DD). */
export type Answer = string | string[] | number;
export type Answers = Record<string, Answer>;
export type SettingValue = string | number | boolean;
export type Settings = Record<string, SettingValue>;

/** A value read from an answer, a derived value or a setting (version 2). */
export type ValueRef =
  | { answer: string; /** Used when the question was not answered (derived values only). */ default?: number | string }
  | { derived: string }
  | { setting: string };
/** A literal, or a reference to another value (version 2). `"today"` is the date of evaluation. */
export type Operand = string | number | boolean | ValueRef;

/** What a condition tests: one answer, one derived value (version 2) or one setting. */
type Subject = { answer: string } | { derived: string } | { setting: string };
type Test =
  | { is: Operand }
  | { in: (string | number)[] }
  | { includes: string }
  | { includesAny: string[] }
  | { atLeast: Operand }
  | { atMost: Operand }
  | { lessThan: Operand }
  | { moreThan: Operand }
  | { before: Operand }
  | { onOrAfter: Operand };

/** A condition over earlier answers, derived values and the checker's settings. */
export type Condition = (Subject & Test) | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** A number for a derived value: a literal or a reference. */
export type NumberSource = number | ValueRef;
/** A date for an age: "YYYY-MM-DD", "today", or a reference to a date answer or setting. */
export type DateSource = string | ValueRef;

/**
 * A value worked out from answers (version 2), usable in conditions as `{ "derived": id }`. Each
 * may use only derived values listed before it, so there is no cycle and each is computed once.
 */
export type Derived = { id: string; note?: string } & (
  | { sum: NumberSource[] }
  | { min: NumberSource[] }
  | { max: NumberSource[] }
  /** The first value minus each of the others. */
  | { difference: NumberSource[] }
  /** How many of the conditions hold. */
  | { count: Condition[] }
  /** Age in whole years on a date, from a date of birth (29 February birthdays count from 1 March). */
  | { age: { born: DateSource; on: DateSource } }
);

/** One of several outcomes a journey can end with (version 2): all that apply are shown, in order. */
export interface OutcomeRule {
  /** Applies when this holds (always when absent). */
  when?: Condition;
  /** Applies only when no earlier rule in the list applied. */
  otherwise?: true;
  outcome: string;
  criteria?: string[];
  /** When this rule applies, later rules are not considered (e.g. an exemption). */
  stop?: true;
}

/** Where to go: the next question, an outcome, or several outcomes. Criteria are what this step establishes. */
export interface Transition {
  next?: string;
  outcome?: string;
  outcomes?: OutcomeRule[];
  criteria?: string[];
}

export interface Route extends Transition {
  /** Taken when this holds; a route without `when` always applies (put it last). */
  when?: Condition;
}

export interface Option extends Transition {
  value: string;
  text: Text;
  hint?: Text;
  /** Checkboxes: "None of these", which clears the others. */
  exclusive?: boolean;
  /** Show a divider ("or") before this option. */
  dividerBefore?: Text;
  /** Offer this option only when the condition holds (e.g. only for children under 3). */
  when?: Condition;
}

export interface Question {
  id: string;
  kind: QuestionKind;
  /** The question, shown as the page heading. */
  text: Text;
  hint?: Text;
  /** Short label for check-your-answers. */
  summary: Text;
  /** Hidden text after "Change" on check your answers, used exactly as written (version 2). */
  changeLabel?: Text;
  options?: Option[];
  /** Number questions. */
  min?: number;
  max?: number;
  prefix?: Text;
  suffix?: Text;
  /** Error messages in GOV.UK style: "Select if you get…", "Enter your points for…". */
  errors: { required: Text; invalid?: Text; min?: Text; max?: Text };
  /** Routes after the chosen option's own next/outcome (radios), or instead of it. */
  routes?: Route[];
  /** For the people who maintain the definition; never shown. */
  note?: string;
}

export interface Link {
  href: string;
  text: Text;
}

export interface Outcome {
  id: string;
  kind: OutcomeKind;
  title: Text;
  /** Paragraphs; `{council}` is replaced with the council's name. */
  body: Text[];
  /** The heading above the reasons, e.g. "Why you can get a Blue Badge" (version 2). */
  whyHeading?: Text;
  /** "What to have ready" list. */
  haveReady?: Text[];
  /** What the resident can do next, e.g. after a not-eligible result (version 2). */
  nextSteps?: Text[];
  /** Related help written for residents (version 2). */
  help?: Link[];
  /** Show the apply link. */
  apply?: boolean;
  /** For different-service: where to go instead. */
  link?: Link;
  note?: string;
}

export interface Criterion {
  id: string;
  /** Plain English, by audience: "You get the higher rate of the mobility component of DLA". */
  text: Text;
  /** The source of the rule: legislation or official guidance. */
  source: string;
  /** Guidance written for residents about this rule, e.g. on GOV.UK (version 2). */
  guidance?: Link;
  /** For the people who maintain the definition (e.g. "UNCONFIRMED: …"); never shown. */
  note?: string;
}

export interface Fact {
  label: Text;
  value: Text;
  source?: string;
  /** Shown only when this holds for the answers given (version 2). */
  when?: Condition;
}

/**
 * A setting a council can choose. Without `type` (version 1): one of `allowed`. With `type`
 * (version 2): a number or a date, optionally within `min`/`max`, or a choice from `allowed`.
 */
export interface SettingDefinition {
  description: string;
  type?: 'choice' | 'number' | 'date';
  default: SettingValue;
  allowed?: SettingValue[];
  min?: number | string;
  max?: number | string;
}

export interface Definition {
  id: string;
  version: 1 | 2;
  /** The languages every text is written in (version 2); ["en"] when absent. */
  languages?: string[];
  /** Which answer says who the journey is about, and so which text variant to use (version 2). */
  audience?: { answer: string; values: Record<string, Audience> };
  title: Text;
  start: {
    intro: Text[];
    /** "Before you start" list. */
    youNeed: Text[];
    time: Text;
  };
  /** Facts shown on results: fee and validity, timescale. */
  facts?: Fact[];
  /** The heading above the facts on a result, e.g. "Cost and how long it lasts" (version 2). */
  factsHeading?: Text;
  /** The heading of a result with several outcomes (version 2). */
  resultsHeading?: Text;
  /** The apply link's words, e.g. "Apply on nidirect"; "Apply to {council}" when absent (version 2). */
  applyText?: Text;
  /** Where residents apply when the page gives no apply-href, e.g. a national service (version 2). */
  applyHref?: string;
  settings?: Record<string, SettingDefinition>;
  derived?: Derived[];
  firstQuestion: string;
  questions: Question[];
  outcomes: Outcome[];
  criteria: Criterion[];
}

/** One outcome of a journey and the criteria that decided it. */
export interface Finding {
  outcome: Outcome;
  criteria: Criterion[];
}

export type Evaluation =
  | { type: 'question'; question: Question; path: string[]; audience: Audience }
  | {
      type: 'outcome';
      /** The first (or only) outcome. */
      outcome: Outcome;
      /** Every criterion that decided the result, in the order decided. */
      criteria: Criterion[];
      path: string[];
      audience: Audience;
      /** Every outcome of the journey with its own criteria; one unless the definition asks for several. */
      results: Finding[];
      /** The facts that apply to this route. */
      facts: Fact[];
    }
  | { type: 'error'; problem: string };

/** How to evaluate: the date "today" means (YYYY-MM-DD); ages on "today" are unknown without it. */
export interface EvaluateOptions {
  today?: string;
}
