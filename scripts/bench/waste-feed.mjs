// The waste lookup's large-feed case: a council calendar of about 5 MB (15,000 one-day events with
// descriptions, weekly for four services from 2020), and the address list that leads to it,
// written under build/bench/ for `npm run bench` to serve.
import { mkdirSync, writeFileSync } from 'node:fs';

const NAMES = ['Refuse collection', 'Recycling collection', 'Garden waste collection', 'Food waste collection'];

/** An RFC 5545 feed of at least `chars` characters. */
export function wasteFeed(chars = 5_000_000) {
  const out = ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ashdown District Council//Bins//EN\r\n'];
  let size = out[0].length;
  for (let i = 0; size < chars; i++) {
    const day = new Date(Date.UTC(2020, 0, 6) + Math.floor(i / 4) * 7 * 86_400_000).toISOString().slice(0, 10);
    const d = day.replace(/-/g, '');
    const event =
      `BEGIN:VEVENT\r\nUID:ev-${i}@ashdown.example\r\nDTSTAMP:20261101T000000Z\r\n` +
      `DTSTART;VALUE=DATE:${d}\r\nSUMMARY:${NAMES[i % 4]}\r\n` +
      'DESCRIPTION:Please put your bin out by 7am on the day of collection. Lids must be closed and bins\r\n' +
      '  must be at the edge of your property.\r\nLOCATION:1 Meadow Lane\\, Ashdown\r\nEND:VEVENT\r\n';
    out.push(event);
    size += event.length;
  }
  out.push('END:VCALENDAR\r\n');
  return out.join('');
}

/** Writes build/bench/feed-100000001.ics and build/bench/addresses.json; returns the feed's size. */
export function writeWasteFeed() {
  mkdirSync('build/bench', { recursive: true });
  const feed = wasteFeed();
  writeFileSync('build/bench/feed-100000001.ics', feed);
  writeFileSync(
    'build/bench/addresses.json',
    JSON.stringify([
      { uprn: '100000001', label: '1 Meadow Lane, Ashdown' },
      { uprn: '100000003', label: '3 Meadow Lane, Ashdown' },
    ]),
  );
  return feed.length;
}
