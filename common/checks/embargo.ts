import { formatReleaseDate, parseReleaseDate } from '../dateline';
import type { Finding, Rule } from './types';

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

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** An embargo already lifted, or one whose time zone cannot be understood. */
export const embargoPast: Rule = (content, { now }) => {
  const { embargo } = content;
  if (!embargo) return [];
  const error = (message: string): Finding[] => [
    { rule: 'embargo-past', severity: 'error', message, target: { field: 'embargo' } },
  ];
  if (embargo.date === '') return error('The embargo has no date; set the day it lifts, or remove the embargo.');
  if (embargo.timeZone.trim() === '') return error('The embargo has no time zone; choose one such as Europe/Vienna.');
  if (!isTimeZone(embargo.timeZone)) {
    return error(`“${embargo.timeZone}” is an unknown time zone; choose one such as Europe/Vienna.`);
  }
  const lifts = zonedInstant(embargo.date, embargo.time, embargo.timeZone);
  if (lifts === undefined || lifts >= now.getTime()) return [];
  const when = `${formatReleaseDate(embargo.date, 'en')}, ${embargo.time} ${embargo.timeZone}`;
  return error(`The embargo (${when}) has already passed; set a later time or remove the embargo.`);
};
