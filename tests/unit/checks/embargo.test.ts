import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../common/checks';
import { zonedInstant } from '../../../common/model/time';
import type { Embargo } from '../../../common/model/release';
import { ctx, validRelease } from './fixtures';

// ctx.now is 2026-03-10 12:00 UTC, which is 13:00 in Vienna (CET, UTC+1).
const check = (embargo: Embargo | null) =>
  runChecks(validRelease({ embargo }), ctx).filter((f) => f.rule === 'embargo-past');

describe('zonedInstant', () => {
  it('reads a wall-clock time in its time zone, across daylight saving and odd offsets', () => {
    expect(zonedInstant('2026-03-10', '13:00', 'Europe/Vienna')).toBe(Date.UTC(2026, 2, 10, 12, 0));
    expect(zonedInstant('2026-07-01', '10:00', 'Europe/Vienna')).toBe(Date.UTC(2026, 6, 1, 8, 0));
    // Clocks go forward at 02:00 on 29 March 2026; 03:30 is already summer time.
    expect(zonedInstant('2026-03-29', '03:30', 'Europe/Vienna')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(zonedInstant('2026-03-10', '12:00', 'Asia/Kathmandu')).toBe(Date.UTC(2026, 2, 10, 6, 15));
    expect(zonedInstant('2026-03-10', '09:00', 'America/New_York')).toBe(Date.UTC(2026, 2, 10, 13, 0));
    expect(zonedInstant('2026-03-10', '09:00', 'Mars/Olympus')).toBeUndefined();
  });
});

describe('embargo-past', () => {
  it('flags an embargo that lifted before now, in its own time zone', () => {
    // 12:30 in Vienna is 11:30 UTC: past, though 12:30 UTC would not be.
    expect(check({ date: '2026-03-10', time: '12:30', timeZone: 'Europe/Vienna' })).toEqual([
      {
        rule: 'embargo-past',
        severity: 'error',
        message:
          'The embargo (10 March 2026, 12:30 Europe/Vienna) has already passed; set a later time or remove the embargo.',
        target: { field: 'embargo' },
      },
    ]);
  });

  it('flags an unknown or missing time zone', () => {
    const [unknown] = check({ date: '2030-01-01', time: '10:00', timeZone: 'Mars/Olympus' });
    expect(unknown).toMatchObject({ rule: 'embargo-past', severity: 'error', target: { field: 'embargo' } });
    expect(unknown?.message).toBe('“Mars/Olympus” is an unknown time zone; choose one such as Europe/Vienna.');
    expect(check({ date: '2030-01-01', time: '10:00', timeZone: '' })[0]?.message).toBe(
      'The embargo has no time zone; choose one such as Europe/Vienna.',
    );
  });

  it('is quiet with no embargo, or one still ahead in its time zone', () => {
    expect(check(null)).toEqual([]);
    // 13:30 in Vienna is 12:30 UTC; 08:30 in New York (summer time from 8 March) is 12:30 UTC.
    expect(check({ date: '2026-03-10', time: '13:30', timeZone: 'Europe/Vienna' })).toEqual([]);
    expect(check({ date: '2026-03-10', time: '08:30', timeZone: 'America/New_York' })).toEqual([]);
    expect(check({ date: '2026-03-10', time: '13:00', timeZone: 'Europe/Vienna' })).toEqual([]);
  });
});
