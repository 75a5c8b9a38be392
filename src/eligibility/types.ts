/**
 * Eligibility definitions: a checker is data. Questions, the flow between them (declarative
 * conditions over earlier answers and settings), the outcomes, and the criteria that decide
 * them, each criterion citing its source. Plain TypeScript, no DOM.
 */

export type QuestionKind = 'radios' | 'checkboxes' | 'number' | 'date';
export type OutcomeKind = 'eligible' | 'may-be-eligible' | 'not-eligible' | 'contact-council' | 'different-service';

/** One answer: a radio value, checkbox values, a number, or an ISO date (YYYY-MM-DD). */
export type Answer = string | string[] | number;
export type Answers = Record<string, Answer>;
export type SettingValue = string | number | boolean;
export type Settings = Record<string, SettingValue>;

/** A condition over earlier answers and the checker's settings. */
export type Condition =
  | { answer: string; is: string | number }
  | { answer: string; in: (string | number)[] }
  | { answer: string; includes: string }
  | { answer: string; includesAny: string[] }
  | { answer: string; atLeast: number }
  | { answer: string; lessThan: number }
  | { answer: string; before: string }
  | { answer: string; onOrAfter: string }
  | { setting: string; is: SettingValue }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Where to go: the next question, or an outcome. Criteria are what this step establishes. */
export interface Transition {
  next?: string;
  outcome?: string;
  criteria?: string[];
}

export interface Route extends Transition {
  /** Taken when this holds; a route without `when` always applies (put it last). */
  when?: Condition;
}

export interface Option extends Transition {
  value: string;
  text: string;
  hint?: string;
  /** Checkboxes: "None of these", which clears the others. */
  exclusive?: boolean;
  /** Show a divider ("or") before this option. */
  dividerBefore?: string;
  /** Offer this option only when the condition holds (e.g. only for children under 3). */
  when?: Condition;
}

export interface Question {
  id: string;
  kind: QuestionKind;
  /** The question, shown as the page heading. */
  text: string;
  hint?: string;
  /** Short label for check-your-answers. */
  summary: string;
  options?: Option[];
  /** Number questions. */
  min?: number;
  max?: number;
  prefix?: string;
  suffix?: string;
  /** Error messages in GOV.UK style: "Select if you get…", "Enter your points for…". */
  errors: { required: string; invalid?: string; min?: string; max?: string };
  /** Routes after the chosen option's own next/outcome (radios), or instead of it. */
  routes?: Route[];
}

export interface Outcome {
  id: string;
  kind: OutcomeKind;
  title: string;
  /** Paragraphs; `{council}` is replaced with the council's name. */
  body: string[];
  /** "What to have ready" list. */
  haveReady?: string[];
  /** Show the apply link. */
  apply?: boolean;
  /** For different-service: where to go instead. */
  link?: { href: string; text: string };
}

export interface Criterion {
  id: string;
  /** Plain English, second person: "You get the higher rate of the mobility component of DLA". */
  text: string;
  /** The source of the rule: legislation or official guidance. */
  source: string;
}

export interface SettingDefinition {
  description: string;
  default: SettingValue;
  allowed: SettingValue[];
}

export interface Definition {
  id: string;
  version: 1;
  title: string;
  start: {
    intro: string[];
    /** "Before you start" list. */
    youNeed: string[];
    time: string;
  };
  /** Facts shown on every result: fee and validity, timescale. */
  facts?: { label: string; value: string; source?: string }[];
  settings?: Record<string, SettingDefinition>;
  firstQuestion: string;
  questions: Question[];
  outcomes: Outcome[];
  criteria: Criterion[];
}

export type Evaluation =
  | { type: 'question'; question: Question; path: string[] }
  | { type: 'outcome'; outcome: Outcome; criteria: Criterion[]; path: string[] }
  | { type: 'error'; problem: string };
