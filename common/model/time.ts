import { parseReleaseDate } from './dateline';

const MINUTE = 60_000;

/** How far a time zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return wall - Math.floor(instant / MINUTE) * MINUTE;
}

/**
 * The instant a wall-clock time in a time zone stands for; undefined for an unknown zone.
 * The offset is taken twice so that a time just after a daylight-saving change uses the new one.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number | undefined {
  const day = parseReleaseDate(date);
  const [hours, minutes] = time.split(':').map(Number);
  if (!day || hours === undefined || minutes === undefined) return undefined;
  const wall = Date.UTC(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
  try {
    const guess = wall - zoneOffset(wall, timeZone);
    return wall - zoneOffset(guess, timeZone);
  } catch {
    return undefined;
  }
}
