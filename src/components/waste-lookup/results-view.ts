import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, type Language } from '../../core/i18n.js';
import { formatDate, formatNumber, plural } from '../../core/format.js';
import type { HeadingLevel } from '../../core/ldc-element.js';
import { binColour } from '../../waste/colours.js';
import { relativeDay } from '../../waste/relative-day.js';
import type { Collection, Schedule, WasteService } from '../../waste/types.js';
import { heading, subLevel } from '../../patterns/index.js';
import { binPicture } from './bin-picture.js';
import { colourWord, containerWord, frequencyText } from './wording.js';

/** How many dates after the next one each service lists. */
export const FOLLOWING = 3;

export interface ServicesContext {
  schedule: Schedule;
  today: string;
  language: Language;
  level: HeadingLevel;
}

/**
 * A date in words, "Wednesday 16 December" (with the year when it is not this year's), that never
 * breaks inside: day, month and year are joined by no-break spaces, so only the weekday may sit
 * on the line before at 320 px and 400% zoom.
 */
export function dateWords(iso: string, c: Pick<ServicesContext, 'today' | 'language'>): string {
  const words = formatDate(iso, c.language, { weekday: true, year: iso.slice(0, 4) !== c.today.slice(0, 4) });
  const parts = words.split(' ');
  // The weekday may be one word or two ("Dydd Mercher"): keep its own spaces, join the rest.
  const date = parts.findIndex((p) => /^\d/.test(p));
  return date <= 0 ? words : `${parts.slice(0, date).join(' ')} ${parts.slice(date).join('\u00a0')}`;
}

function date(iso: string, c: ServicesContext): TemplateResult {
  return html`<span class="date">${dateWords(iso, c)}</span>`;
}

/** "Today", "Tomorrow" or the date. */
function day(iso: string, c: ServicesContext): TemplateResult | string {
  const rel = relativeDay(iso, c.today);
  if (rel === 'today') return msg('Today');
  if (rel === 'tomorrow') return msg('Tomorrow');
  return date(iso, c);
}

/** A date in a list: a moved collection shows both dates. */
function listed(col: Collection, c: ServicesContext): TemplateResult {
  if (col.status === 'moved' && col.originalDate) {
    const to = dateWords(col.date, c);
    const from = dateWords(col.originalDate, c);
    return html`<li>${msg(str`${to} (moved from ${from})`)}</li>`;
  }
  return html`<li>${date(col.date, c)}</li>`;
}

/** A change the resident should know about: a moved or cancelled collection, with both dates. */
function notice(col: Collection, c: ServicesContext): TemplateResult | typeof nothing {
  const words = (iso: string) => dateWords(iso, c);
  if (col.status === 'moved' && col.originalDate) {
    const from = words(col.originalDate);
    const to = words(col.date);
    return html`<p class="notice">
      ${col.reason ? msg(str`${to}: moved from ${from} ${col.reason}.`) : msg(str`${to}: moved from ${from}.`)}
    </p>`;
  }
  if (col.status === 'cancelled') return html`<p class="notice">${msg(str`No collection on ${words(col.date)}.`)}</p>`;
  return nothing;
}

/** How today's collection went, where the data says. */
function todayOutcome(col: Collection | undefined): TemplateResult | typeof nothing {
  if (!col?.outcome) return nothing;
  const text =
    col.outcome === 'collected'
      ? msg('Collected today')
      : col.outcome === 'not-yet'
        ? msg('Not collected yet')
        : col.reason
          ? msg(str`Could not be collected today: ${col.reason}`)
          : msg('Could not be collected today');
  return html`<p class="outcome outcome--${col.outcome}" part="outcome">${text}</p>`;
}

function fact(term: string, value: TemplateResult | string): TemplateResult {
  return html`<div>
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;
}

function serviceView(service: WasteService, collections: Collection[], c: ServicesContext) {
  const upcoming = collections.filter((col) => col.date >= c.today);
  const today = upcoming.find((col) => col.date === c.today && col.status !== 'cancelled');
  // A collection already made (or given up) today is behind the resident: the next one is the one after.
  const done = today?.outcome === 'collected' || today?.outcome === 'not-collected';
  const due = upcoming.filter((col) => col.status !== 'cancelled' && !(done && col === today));
  const [next, ...rest] = due;
  const following = rest.slice(0, FOLLOWING);
  const last = following.at(-1)?.date ?? next?.date ?? c.today;
  const changes = upcoming.filter((col) => col.status !== 'scheduled' && col.date <= last);
  const ct = service.container;
  const body = binColour(ct?.colour);
  const lid = binColour(ct?.lidColour);
  const frequency = frequencyText(service.frequency);
  return html`<li class="service" part="service">
    ${binPicture(ct)}
    <div class="service-body">
      ${heading(subLevel(c.level), service.name, { class: 'ldc-heading-m' })} ${todayOutcome(today)}
      <p class="next">
        ${
          next
            ? html`<span class="ldc-visually-hidden">${msg('Next collection:')} </span>${day(next.date, c)}`
            : msg('No collections scheduled')
        }
      </p>
      ${changes.map((col) => notice(col, c))}
      <dl class="facts">
        ${
          following.length
            ? fact(
                msg('Then:'),
                html`<ul class="dates">
                  ${following.map((col) => listed(col, c))}
                </ul>`,
              )
            : nothing
        }
        ${frequency ? fact(msg('How often:'), frequency) : nothing}
        ${ct?.type || ct?.colour ? fact(msg('Container:'), containerWord(ct?.type)) : nothing}
        ${body ? fact(msg('Colour:'), colourWord(body)) : nothing}
        ${lid && lid !== body ? fact(msg('Lid:'), colourWord(lid)) : nothing}
        ${ct?.size ? fact(msg('Size:'), litres(ct.size, c.language)) : nothing}
        ${
          service.materials?.length
            ? fact(
                msg('What goes in:'),
                html`<ul class="materials">
                  ${service.materials.map((m) => html`<li>${m}</li>`)}
                </ul>`,
              )
            : nothing
        }
      </dl>
    </div>
  </li>`;
}

/**
 * "240 litres", "1 litre"; in Welsh "240 litr" (the noun stays singular after a numeral). Our own
 * words, not Intl's unit format, which many engines lack in Welsh (and would write US "liters").
 */
function litres(n: number, language: Language): string {
  const size = formatNumber(n);
  return plural(n, language, { one: () => msg('1 litre'), other: () => msg(str`${size} litres`) });
}

/** Each service with its picture, next collection, changes, following dates and facts. */
export function servicesView(c: ServicesContext): TemplateResult {
  const byService = new Map<string, Collection[]>();
  for (const col of c.schedule.collections) {
    const list = byService.get(col.serviceId);
    if (list) list.push(col);
    else byService.set(col.serviceId, [col]);
  }
  const of = (s: WasteService) => byService.get(s.id) ?? [];
  // Services in order of their next collection, so the next bin out comes first.
  const next = (s: WasteService) =>
    of(s).find((col) => col.date >= c.today && col.status !== 'cancelled')?.date ?? '9999';
  const services = [...c.schedule.services].sort((a, b) => next(a).localeCompare(next(b)));
  return html`<ul class="services">
    ${services.map((s) => serviceView(s, of(s), c))}
  </ul>`;
}
