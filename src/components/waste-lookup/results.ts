/**
 * The results step of <ldc-waste-lookup>, loaded on demand while the resident chooses an address
 * (or beside the first bin-day request): checking and correcting the schedule, the services,
 * reminders and "Add to your calendar". A page whose residents never search never downloads it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str, withLanguage, type Language } from '../../core/i18n.js';
import { token } from '../../core/css.js';
import { formatDate } from '../../core/format.js';
import type { HeadingLevel } from '../../core/ldc-element.js';
import { warmTemplates } from '../../core/warm.js';
import { londonToday } from '../../core/intl.js';
import { policyUrl } from '../../core/url-policy.js';
import { checkSchedule } from '../../waste/check-schedule.js';
import { writeCalendar, type CalendarWords } from '../../waste/ics-writer.js';
import { addDays } from '../../waste/dates.js';
import { slug } from '../../waste/service-ids.js';
import type { Address, Collection, Schedule } from '../../waste/types.js';
import {
  choiceStyles,
  heading,
  linkButton,
  linkButtonStyles,
  radios,
  subLevel,
  warningStyles,
  warningText,
} from '../../patterns/index.js';
import { binPictureStyles } from './bin-picture.js';
import { CalendarFiles } from './calendar-files.js';
import { servicesView } from './results-view.js';
import { applyServiceMap, readServiceMap } from './service-map.js';

export { CalendarFiles };

/** The schedule a provider gave, held to the contract (merged, never doubled) and corrected by `service-map`. */
export function prepareSchedule(raw: unknown, serviceMap: unknown): Schedule {
  return applyServiceMap(checkSchedule(raw), readServiceMap(serviceMap));
}

/** What the status region says when the bin days arrive. */
export function announce(schedule: Schedule): string {
  return schedule.collections.length ? msg('Bin days loaded') : msg('This property has no collections.');
}

/** Times a resident can choose for "Remind me the evening before" ('' is none). */
export const REMINDER_TIMES = ['', '18:00', '19:00', '20:00', '21:00'] as const;

export interface ResultsContext {
  schedule: Schedule;
  address: Address;
  /** More than one address at the postcode: "Change address" is offered. */
  canChangeAddress: boolean;
  today: string;
  language: Language;
  level: HeadingLevel;
  reminder: string;
  /** The page's base URL, for a relative feed address. */
  baseUri: string;
  missedHref: string;
  cantFind: TemplateResult | typeof nothing;
  onChangeAddress(): void;
  onSearchAgain(): void;
  onReminder(time: string): void;
  /** The calendar files made for these bin days (the element keeps them and frees them). */
  calendars: CalendarFiles;
}

/**
 * The subscribe link: webcal: made by us, only from an http(s) feed address that passed the URL
 * policy (relative addresses resolved against the page); '' for anything else. A `{reminder}`
 * in the address is filled with the time chosen ('' for none).
 */
export function webcal(feed: string | undefined, reminder: string, base: string): string {
  const checked = policyUrl(feed, { element: 'ldc-waste-lookup', field: 'feedUrl' });
  if (!checked) return '';
  try {
    const url = new URL(checked.replace(/\{reminder\}|%7Breminder%7D/gi, encodeURIComponent(reminder)), base);
    return /^https?:$/.test(url.protocol) ? `webcal:${url.href.slice(url.protocol.length)}` : '';
  } catch {
    return '';
  }
}

const hasReminderSlot = (feed: string | undefined) => !!feed && /\{reminder\}|%7Breminder%7D/i.test(feed);

/**
 * The words of a calendar file, in the language being rendered: worded here, while rendering,
 * and handed to the DOM-free writer when the resident reaches for a download link.
 */
function calendarWords(language: Language): CalendarWords {
  return {
    summary: (service) => msg(str`${service} collection`),
    moved: (iso, reason) => {
      const original = formatDate(iso, language, { weekday: true, year: true });
      return reason ? msg(str`Moved from ${original} ${reason}`) : msg(str`Moved from ${original}`);
    },
    reminder: (service) => msg(str`${service} collection tomorrow: put it out tonight`),
  };
}

function calendarSection(c: ResultsContext): TemplateResult {
  const { schedule, address } = c;
  const words = calendarWords(c.language);
  const reminder = (REMINDER_TIMES as readonly string[]).includes(c.reminder) ? c.reminder : '';
  const file =
    (services?: string[], name = address.label) =>
    () =>
      // Written later than this render, so in this render's language.
      withLanguage(c.language, () =>
        writeCalendar(schedule, {
          name: name ? msg(str`Bin days: ${name}`) : msg('Bin days'),
          uprn: address.uprn,
          services,
          reminder: reminder || undefined,
          words,
        }),
      );
  const key = (scope: string) => `${c.language}|${reminder}|${scope}`;
  /**
   * A download link's file is made when the resident reaches for it — the link focused, pressed
   * or clicked (a click's listeners run before the link is followed) — not while the bin days
   * render: most residents read their days and never download. Until then the link points at
   * the calendar section. A file that cannot be made is not followed, and the section then says
   * so in place of the links (the element re-renders, and `anyFailed` is true).
   */
  // Through the URL policy like every link: it lets through only files the element made (fileUrl).
  const checked = (url: string) => policyUrl(url, { element: 'ldc-waste-lookup', field: 'calendar file' });
  const link = (scope: string, make: () => string) => {
    const prepare = (e: Event) => {
      const url = checked(c.calendars.url(key(scope), make));
      const a = e.currentTarget as HTMLAnchorElement;
      if (url) a.href = url;
      else if (e.type === 'click') e.preventDefault();
    };
    return { href: checked(c.calendars.url(key(scope))) || '#calendar-title', prepare };
  };
  const all = schedule.collections.some((col) => col.status !== 'cancelled') ? link('', file()) : undefined;
  const withDates = new Set(
    schedule.collections.filter((col) => col.status !== 'cancelled').map((col) => col.serviceId),
  );
  const perService = schedule.services
    .filter((s) => withDates.has(s.id))
    .map((s, i) => ({
      service: s,
      ...link(`service:${s.id}`, file([s.id], address.label ? `${s.name}, ${address.label}` : s.name)),
      download: `bin-days-${i + 1}-${slug(s.name)}.ics`,
    }));
  const feed = webcal(schedule.feedUrl, reminder, c.baseUri);
  if (!all && !feed) return html``;
  const sub = subLevel(c.level);
  return html`<section class="calendar" aria-labelledby="calendar-title">
    ${heading(sub, msg('Add to your calendar'), { class: 'ldc-heading-m', id: 'calendar-title' })}
    ${radios({
      id: 'reminder',
      name: 'reminder',
      label: msg('Remind me the evening before'),
      hint: msg('Your calendar reminds you at this time the day before each collection'),
      // 24-hour "20:00" is how English and Welsh both write these times: no Intl formatter to wake.
      items: REMINDER_TIMES.map((t) => ({ value: t, text: t || msg('No reminder') })),
      value: reminder,
      onChange: (v) => c.onReminder(v),
    })}
    ${
      c.calendars.anyFailed
        ? html`<div id="calendar-problem">
            ${warningText(msg('Your calendar file could not be made. The bin days on this page are still right.'))}
          </div>`
        : nothing
    }
    ${
      all && !c.calendars.anyFailed
        ? html`<p class="ldc-body">
            <a
              href=${all.href}
              download="bin-days.ics"
              part="download"
              @focus=${all.prepare}
              @pointerdown=${all.prepare}
              @click=${all.prepare}
              >${msg('Download your bin days')}<span class="ldc-visually-hidden"> ${msg('as a calendar file')}</span></a
            >
            (.ics)
          </p>`
        : nothing
    }
    ${
      perService.length > 1 && !c.calendars.anyFailed
        ? html`<p class="ldc-body">${msg('Or one calendar for each bin:')}</p>
            <ul class="ldc-list per-service">
              ${perService.map(
                (x) =>
                  html`<li>
                    <a
                      href=${x.href}
                      download=${x.download}
                      part="download-service"
                      @focus=${x.prepare}
                      @pointerdown=${x.prepare}
                      @click=${x.prepare}
                      >${msg(str`${x.service.name} collections only`)}<span class="ldc-visually-hidden">
                        ${msg('as a calendar file')}</span
                      ></a
                    >
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      feed
        ? html`<p class="ldc-body">
              <a href=${feed} part="subscribe">${msg('Subscribe to your bin days calendar')}</a>
            </p>
            ${
              reminder && !hasReminderSlot(schedule.feedUrl)
                ? html`<p class="ldc-hint">
                    ${msg('A subscribed calendar has no reminder from us: use your calendar app’s own reminders.')}
                  </p>`
                : nothing
            }`
        : nothing
    }
  </section>`;
}

/** The results step: the address, each service's bin days, and the calendar. */
export function renderResults(c: ResultsContext): TemplateResult {
  const { schedule, address, level } = c;
  const missed = c.missedHref;
  return html`${heading(level, msg('Your bin days'), { class: 'ldc-heading-l ldc-step-heading' })}
    ${address.label ? html`<p class="ldc-body address-line">${address.label}</p>` : nothing}
    ${address.description ? html`<p class="ldc-body address-description">${address.description}</p>` : nothing}
    <div class="actions">
      ${c.canChangeAddress ? linkButton(msg('Change address'), c.onChangeAddress) : nothing}
      ${linkButton(msg('Search again'), c.onSearchAgain, msg('with a different postcode'))}
    </div>
    ${
      schedule.collections.length
        ? html`${servicesView({ schedule, today: c.today, language: c.language, level })}
          ${missed ? html`<p class="ldc-body"><a href=${missed}>${msg('Report a missed collection')}</a></p>` : nothing}
          ${calendarSection(c)}`
        : html`${warningText(msg('This property has no collections.'))} ${c.cantFind}`
    }`;
}

/**
 * Prepares this step's templates while the page is idle (core/warm.ts): a made-up property with
 * one service of each container shape, each with every kind of date (collected today, next,
 * cancelled, moved, following), every fact, a feed, a reminder and the missed-collection link.
 */
export function warm(level: HeadingLevel): void {
  const noop = () => undefined;
  const today = londonToday();
  const services = ['wheelie_bin', 'caddy', 'box', 'sack'].map((type) => ({
    id: type,
    name: type,
    frequency: 'weekly',
    materials: [type],
    container: { type, colour: 'green', lidColour: 'blue', size: 240 },
  }));
  const on = (days: number) => addDays(today, days);
  const collections = services.flatMap((s): Collection[] => [
    { date: today, serviceId: s.id, status: 'scheduled', outcome: 'collected' },
    { date: on(7), serviceId: s.id, status: 'scheduled' },
    { date: on(10), serviceId: s.id, status: 'cancelled' },
    { date: on(14), serviceId: s.id, status: 'moved', originalDate: on(13), reason: 'x' },
    { date: on(21), serviceId: s.id, status: 'scheduled' },
  ]);
  warmTemplates(() =>
    renderResults({
      level,
      language: 'en',
      today,
      baseUri: 'https://example.org/',
      schedule: { services, collections, feedUrl: 'https://example.org/bins.ics' },
      address: { uprn: '1', label: 'x', description: 'x' },
      canChangeAddress: true,
      reminder: REMINDER_TIMES[1],
      missedHref: 'https://example.org/',
      cantFind: nothing,
      onChangeAddress: noop,
      onSearchAgain: noop,
      onReminder: noop,
      calendars: new CalendarFiles(noop),
    }),
  );
}

/** The results' styles, adopted when this code arrives (the rest are the element's). */
export const resultsStyles = [
  choiceStyles,
  linkButtonStyles,
  warningStyles,
  ...binPictureStyles,
  css`
    .address-line {
      font-weight: ${token('font-weight-bold')};
      margin-bottom: ${token('space-2')};
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')} ${token('space-4')};
      margin-bottom: ${token('space-6')};
    }
    .services {
      list-style: none;
      margin: 0 0 ${token('space-6')};
      padding: 0;
    }
    .service {
      display: flex;
      gap: ${token('space-4')};
      align-items: flex-start;
      padding: ${token('space-4')} 0;
      border-top: 1px solid ${token('color-border')};
      /* A service below the screen is styled and laid out when it comes near it, not on Continue
         (nothing in it takes focus, so its paint containment clips no focus ring); its last
         height is kept, so scrolling back moves nothing. */
      content-visibility: auto;
      contain-intrinsic-size: auto 250px;
    }
    .service:last-child {
      border-bottom: 1px solid ${token('color-border')};
    }
    .service-body {
      flex: 1 1 auto;
      min-width: 0;
    }
    .service-body .ldc-heading-m {
      margin-bottom: ${token('space-2')};
    }
    .next {
      font-size: ${token('font-size-24')};
      font-weight: ${token('font-weight-bold')};
      margin: 0 0 ${token('space-2')};
    }
    .outcome {
      font-weight: ${token('font-weight-bold')};
      margin: 0 0 ${token('space-2')};
      padding-left: ${token('space-2')};
      border-left: 4px solid ${token('color-brand')};
    }
    .facts {
      margin: 0 0 ${token('space-2')};
    }
    .facts > div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
    }
    .facts dt {
      font-weight: ${token('font-weight-bold')};
    }
    .facts dd {
      margin: 0;
      min-width: 0;
    }
    .facts ul {
      margin: 0;
      padding-left: 1.25em;
    }
    .notice {
      margin: 0 0 ${token('space-2')};
      padding-left: ${token('space-2')};
      border-left: 4px solid ${token('color-brand')};
    }
    .calendar {
      margin-bottom: ${token('space-6')};
    }
    .per-service {
      padding-left: 1.25em;
    }
    @media (max-width: 400px) {
      .service {
        flex-direction: column;
      }
      .next {
        font-size: ${token('font-size-19')};
      }
    }
  `,
];
