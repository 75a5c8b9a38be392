import { textFor } from './text.js';
import type { Condition, Definition, OutcomeRule, Transition } from './types.js';

/** One way through the flow: from a question (or the start) to a question or an outcome, and when. */
export interface FlowEdge {
  /** A question id, or "" for the start. */
  from: string;
  to: { question: string } | { outcome: string };
  /** When this way is taken, in words: an option's text, a condition, "otherwise". */
  label: string;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A condition in words for people reviewing a flow, using the definition's own labels:
 * `Age: 3 or older, or (Age: 2 and setting minimumAge is statutory)`.
 */
export function describeCondition(condition: Condition, d: Definition, lang = 'en'): string {
  const c = condition as unknown as Obj;
  const q = (id: string) => d.questions.find((x) => x.id === id);
  const option = (id: string, v: unknown) =>
    textFor(q(id)?.options?.find((o) => o.value === v)?.text, lang) || JSON.stringify(v);
  const value = (v: unknown): string =>
    isObject(v)
      ? typeof v.setting === 'string'
        ? `setting ${v.setting}`
        : typeof v.derived === 'string'
          ? v.derived
          : textFor(q(String(v.answer))?.summary, lang) || String(v.answer)
      : String(v);
  const inner = (x: Condition) => {
    const s = describeCondition(x, d, lang);
    return 'all' in x || 'any' in x ? `(${s})` : s;
  };
  if (!isObject(c)) return '?';
  if (Array.isArray(c.all)) return (c.all as Condition[]).map(inner).join(' and ');
  if (Array.isArray(c.any)) return (c.any as Condition[]).map(inner).join(' or ');
  if ('not' in c) return `not ${inner(c.not as Condition)}`;
  const subject =
    typeof c.answer === 'string'
      ? textFor(q(c.answer)?.summary, lang) || c.answer
      : typeof c.derived === 'string'
        ? c.derived
        : `setting ${String(c.setting)}`;
  const choice = typeof c.answer === 'string' && q(c.answer)?.options !== undefined;
  const show = (v: unknown) => (choice && !isObject(v) ? option(c.answer as string, v) : value(v));
  if ('is' in c) return isObject(c.is) ? `${subject} = ${value(c.is)}` : `${subject}: ${show(c.is)}`;
  if (Array.isArray(c.in)) return `${subject}: ${c.in.map(show).join(' or ')}`;
  if ('includes' in c) return `${subject} includes ${show(c.includes)}`;
  if (Array.isArray(c.includesAny)) return `${subject} includes ${c.includesAny.map(show).join(' or ')}`;
  const ops: [string, string][] = [
    ['atLeast', '≥'],
    ['atMost', '≤'],
    ['lessThan', '<'],
    ['moreThan', '>'],
    ['before', 'before'],
    ['onOrAfter', 'on or after'],
  ];
  for (const [key, word] of ops) if (key in c) return `${subject} ${word} ${value(c[key])}`;
  return '?';
}

/** Every edge of the flow: options and routes to questions, outcomes and each of several outcomes. */
export function flowEdges(d: Definition, lang = 'en'): FlowEdge[] {
  const edges: FlowEdge[] = [{ from: '', to: { question: d.firstQuestion }, label: '' }];
  const lead = (from: string, t: Transition, label: string) => {
    if (t.next !== undefined) edges.push({ from, to: { question: t.next }, label });
    if (t.outcome !== undefined) edges.push({ from, to: { outcome: t.outcome }, label });
    for (const r of (t.outcomes ?? []) as OutcomeRule[]) {
      const when = r.otherwise ? 'otherwise' : r.when ? describeCondition(r.when, d, lang) : 'always';
      edges.push({ from, to: { outcome: r.outcome }, label: label ? `${label}; ${when}` : when });
    }
  };
  for (const q of d.questions) {
    for (const o of q.options ?? []) if (q.kind === 'radios') lead(q.id, o, textFor(o.text, lang));
    const routes = q.routes ?? [];
    for (const r of routes)
      lead(q.id, r, r.when ? describeCondition(r.when, d, lang) : routes.length > 1 ? 'otherwise' : 'any answer');
  }
  return edges;
}

/** The questions and outcomes the flow can reach from the first question (breadth first). */
export function reachable(d: Definition): { questions: Set<string>; outcomes: Set<string> } {
  const from = new Map<string, FlowEdge[]>();
  for (const e of flowEdges(d)) from.set(e.from, [...(from.get(e.from) ?? []), e]);
  const questions = new Set<string>();
  const outcomes = new Set<string>();
  const queue = [''];
  while (queue.length) {
    for (const e of from.get(queue.shift()!) ?? []) {
      if ('outcome' in e.to) outcomes.add(e.to.outcome);
      else if (!questions.has(e.to.question)) {
        questions.add(e.to.question);
        queue.push(e.to.question);
      }
    }
  }
  return { questions, outcomes };
}

/** Text safe inside a Mermaid label in double quotes (entity codes, as Mermaid documents). */
const label = (text: string) =>
  text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\s+/g, ' ');

/**
 * The flow as a Mermaid flowchart (https://mermaid.js.org/syntax/flowchart.html): questions as
 * boxes, outcomes as rounded boxes by kind, each edge labelled with the option or condition that
 * takes it. For documentation and for review by people who do not read JSON.
 */
export function toMermaid(d: Definition, lang = 'en'): string {
  const qn = new Map(d.questions.map((q, i) => [q.id, `q${i}`]));
  const on = new Map(d.outcomes.map((o, i) => [o.id, `o${i}`]));
  const lines = ['flowchart TD', '  start(["Start"])'];
  d.questions.forEach((q, i) => lines.push(`  q${i}["${label(textFor(q.text, lang))}"]`));
  d.outcomes.forEach((o, i) =>
    lines.push(`  o${i}(["${label(textFor(o.title, lang))}"]):::${o.kind.replace(/-/g, '_')}`),
  );
  for (const e of flowEdges(d, lang)) {
    const from = e.from === '' ? 'start' : qn.get(e.from);
    const to = 'question' in e.to ? qn.get(e.to.question) : on.get(e.to.outcome);
    if (!from || !to) continue;
    lines.push(e.label ? `  ${from} -->|"${label(e.label)}"| ${to}` : `  ${from} --> ${to}`);
  }
  lines.push(
    '  classDef eligible fill:#cce2d8,stroke:#00703c',
    '  classDef may_be_eligible fill:#fff7bf,stroke:#594d00',
    '  classDef not_eligible fill:#f3f2f1,stroke:#505a5f',
    '  classDef contact_council fill:#d2e2f1,stroke:#1d70b8',
    '  classDef different_service fill:#d2e2f1,stroke:#1d70b8',
  );
  return `${lines.join('\n')}\n`;
}
