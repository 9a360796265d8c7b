import { formatReleaseDate } from '../model/dateline';
import { zonedInstant } from '../model/time';
import type { Finding, Rule } from './types';

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
