import type { Embargo } from '../../../../common/model/release';
import type { Language } from '../../../../common/model/vocab';
import { readPrintedDate } from './dateline';

/** A line that announces an embargo, in the six languages. */
export const EMBARGO_LINE =
  /^(?:\*\*)?(?:embargo(?:ed)?(?:\s+(?:until|till|to|for))?|under embargo(?:\s+until)?|not for (?:publication|release) (?:before|until)|embargo jusqu[’']au|sous embargo jusqu[’']au|sperrfrist(?:\s+bis)?|embargo bis|эмбарго до|под эмбарго до|embargo fino al?|embargo hasta(?: el)?)\b\s*:?\s*(.+)$/iu;

/** Time zone names as releases print them, with the fixed offset (minutes) an abbreviation stands for. */
const ZONES: { pattern: RegExp; zone: string; offset?: number }[] = [
  { pattern: /\b(?:CEST|MESZ|HAEC|HEAC)\b/u, zone: 'Europe/Vienna', offset: 120 },
  { pattern: /\b(?:CET|MEZ|HEC)\b/u, zone: 'Europe/Vienna', offset: 60 },
  { pattern: /\b(?:BST)\b/u, zone: 'Europe/London', offset: 60 },
  { pattern: /\b(?:GMT|UTC|Z)\b/u, zone: 'UTC', offset: 0 },
  { pattern: /\b(?:EEST)\b/u, zone: 'Europe/Bucharest', offset: 180 },
  { pattern: /\b(?:EET)\b/u, zone: 'Europe/Bucharest', offset: 120 },
  { pattern: /\b(?:MSK)\b|по московскому времени|moscow time/iu, zone: 'Europe/Moscow', offset: 180 },
  { pattern: /\b(?:EDT)\b/u, zone: 'America/New_York', offset: -240 },
  { pattern: /\b(?:EST)\b/u, zone: 'America/New_York', offset: -300 },
  {
    pattern:
      /vienna time|heure de vienne|wiener zeit|ora di vienna|hora de viena|по венскому времени|венскому времени/iu,
    zone: 'Europe/Vienna',
  },
  { pattern: /bishkek time|по бишкекскому времени/iu, zone: 'Asia/Bishkek' },
  { pattern: /astana time|по времени астаны/iu, zone: 'Asia/Almaty' },
  { pattern: /warsaw time|heure de varsovie/iu, zone: 'Europe/Warsaw' },
  { pattern: /(?:the hague|den haag) time/iu, zone: 'Europe/Amsterdam' },
];

/** The zone's offset from UTC, in minutes, at noon on a day. */
function offsetOn(zone: string, date: string): number {
  const noon = new Date(`${date}T12:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(noon);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/u.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/**
 * An embargo line's date, time and zone. The time is given in the zone's own time on that day: "09:00
 * CET" on a summer day is 10:00 in Vienna, where summer time is in force.
 */
export function readEmbargo(text: string, language: Language | undefined, fallbackYear?: number): Embargo | undefined {
  const time = /(\d{1,2})\s*[:.hH]\s*(\d{2})(?:\s*(am|pm|a\.m\.|p\.m\.))?|(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)/iu.exec(
    text,
  );
  if (!time) return undefined;
  let hours = Number(time[1] ?? time[4]);
  const minutes = Number(time[2] ?? 0);
  const half = (time[3] ?? time[5] ?? '').toLowerCase().replace(/\./g, '');
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return undefined;
  const withoutTime = text.replace(time[0], ' ').replace(/\b(?:at|à|um|alle|a las|в|uhr|hrs?|heures?|ч\.?)\b/giu, ' ');
  const zoneEntry = ZONES.find((entry) => entry.pattern.test(text));
  const dateText = ZONES.reduce((rest, entry) => rest.replace(entry.pattern, ' '), withoutTime)
    .replace(/[(),]/gu, ' ')
    .replace(/\b(?:on|le|am|il|el|du|on the)\b/giu, ' ');
  const read = readPrintedDate(dateText.replace(/\s+/gu, ' ').trim(), language, true);
  let date: string | undefined;
  if (read && 'date' in read) date = read.date;
  else if (read && fallbackYear) {
    const { month, day } = read.yearless;
    date = `${fallbackYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  if (!date) return undefined;
  const zone = zoneEntry?.zone ?? 'Europe/Vienna';
  let local = hours * 60 + minutes;
  // An abbreviation names a fixed offset: moved to the zone's own clock on that day.
  if (zoneEntry?.offset !== undefined) local += offsetOn(zone, date) - zoneEntry.offset;
  if (local < 0 || local >= 24 * 60) {
    // Rare: the shift crosses midnight; the day moves with it.
    const shifted = new Date(`${date}T00:00:00Z`);
    shifted.setUTCMinutes(local);
    date = shifted.toISOString().slice(0, 10);
    local = ((local % 1440) + 1440) % 1440;
  }
  const hh = String(Math.floor(local / 60)).padStart(2, '0');
  const mm = String(local % 60).padStart(2, '0');
  return { date, time: `${hh}:${mm}`, timeZone: zone };
}
