import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { HeadingLevel } from '../../core/ldc-element.js';
import { formatDay, relativeDay } from '../../waste/dates.js';
import type { Collection, Schedule, WasteService } from '../../waste/types.js';
import { heading, subLevel } from '../../patterns/index.js';
import { binPicture } from './bin-picture.js';
import { containerText, frequencyText } from './wording.js';

/** How many dates after the next one each service lists. */
const FOLLOWING = 3;

export interface ResultsContext {
  schedule: Schedule;
  today: string;
  locale: string;
  level: HeadingLevel;
}

function dayText(iso: string, c: ResultsContext): string {
  const rel = relativeDay(iso, c.today);
  if (rel === 'today') return msg('Today');
  if (rel === 'tomorrow') return msg('Tomorrow');
  return formatDay(iso, c.locale, c.today);
}

function notice(col: Collection, c: ResultsContext): TemplateResult | typeof nothing {
  if (col.status === 'moved' && col.originalDate) {
    const from = formatDay(col.originalDate, c.locale, c.today);
    const to = formatDay(col.date, c.locale, c.today);
    return html`<p class="notice">
      ${col.reason ? msg(str`${to}: moved from ${from} ${col.reason}.`) : msg(str`${to}: moved from ${from}.`)}
    </p>`;
  }
  if (col.status === 'cancelled')
    return html`<p class="notice">${msg(str`No collection on ${formatDay(col.date, c.locale, c.today)}.`)}</p>`;
  return nothing;
}

function serviceView(service: WasteService, collections: Collection[], c: ResultsContext) {
  const upcoming = collections.filter((col) => col.date >= c.today);
  const due = upcoming.filter((col) => col.status !== 'cancelled');
  const [next, ...rest] = due;
  const changes = upcoming.filter((col) => col.status !== 'scheduled').slice(0, 3);
  const container = containerText(service.container);
  const frequency = frequencyText(service.frequency);
  return html`<li class="service" part="service">
    ${binPicture(service.container)}
    <div class="service-body">
      ${heading(subLevel(c.level), service.name, { class: 'ldc-heading-m' })}
      ${container ? html`<p class="ldc-body-s">${container}</p>` : nothing}
      <p class="next">
        ${
          next
            ? html`<span class="ldc-visually-hidden">${msg('Next collection:')} </span>${dayText(next.date, c)}`
            : msg('No collections scheduled')
        }
      </p>
      ${changes.map((col) => notice(col, c))}
      <dl class="facts">
        ${
          frequency
            ? html`<div>
                <dt>${msg('How often:')}</dt>
                <dd>${frequency}</dd>
              </div>`
            : nothing
        }
        ${
          rest.length
            ? html`<div>
                <dt>${msg('Then:')}</dt>
                <dd>
                  ${rest
                    .slice(0, FOLLOWING)
                    .map((col) => formatDay(col.date, c.locale, c.today))
                    .join(', ')}
                </dd>
              </div>`
            : nothing
        }
        ${
          service.materials?.length
            ? html`<div>
                <dt>${msg('What goes in:')}</dt>
                <dd>${service.materials.join(', ')}</dd>
              </div>`
            : nothing
        }
      </dl>
    </div>
  </li>`;
}

/** Each service with its picture, next collection, changes, frequency and following dates. */
export function servicesView(c: ResultsContext): TemplateResult {
  const byService = (id: string) => c.schedule.collections.filter((col) => col.serviceId === id);
  // Services in order of their next collection, so the next bin out comes first.
  const next = (s: WasteService) =>
    byService(s.id).find((col) => col.date >= c.today && col.status !== 'cancelled')?.date ?? '9999';
  const services = [...c.schedule.services].sort((a, b) => next(a).localeCompare(next(b)));
  return html`<ul class="services">
    ${services.map((s) => serviceView(s, byService(s.id), c))}
  </ul>`;
}
