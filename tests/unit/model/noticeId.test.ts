import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeId, noticeIdSchema } from '../../../common/model/noticeId';
import {
  backupFailedNotice,
  claimNotice,
  quarantineNotice,
  restoreFinishedNotice,
  unflushedNotice,
  unreadableNotice,
} from '../../../main/core/notices';
import { UnflushedError } from '../../../main/core/store/atomic';

const DATA = join('/home', 'officer', 'Dateline');
const FILE = join(DATA, 'releases', 'Ministers’ statement (1).json');
const AT = new Date('2026-12-07T05:00:00.000Z');

describe('notice ids', () => {
  it('are ids the dismiss channel takes, for every notice Dateline raises', () => {
    const notices = [
      quarantineNotice(DATA, {
        id: `2026-12-07T05-00-00-000Z-Ministers’ statement (1).json`,
        file: FILE,
        movedTo: join(DATA, 'quarantine', 'x.json'),
        reason: 'it is not valid JSON',
        at: AT.toISOString(),
      }),
      backupFailedNotice(new Error('disk full'), AT),
      restoreFinishedNotice('2026-12-06T10-00-00-000Z', '2026-12-07T05-00-00-000Z'),
      unreadableNotice(DATA, FILE, 'permission denied'),
      claimNotice(DATA, FILE, 'its approval is for other words than the release holds now'),
      unflushedNotice(DATA, new UnflushedError(join(DATA, 'releases'), new Error('EIO')), AT),
    ];
    for (const notice of notices) expect(noticeIdSchema.safeParse(notice.id).success, notice.id).toBe(true);
  });

  it('are the same for the same file on every system, and never a path', () => {
    expect(noticeId('unreadable-releases/a.json')).toBe(noticeId('unreadable-releases\\a.json'));
    expect(noticeId('../../settings.json')).not.toMatch(/[\\/]/);
    expect(noticeIdSchema.safeParse('../../settings.json').success).toBe(false);
    expect(noticeId('x'.repeat(600))).toHaveLength(500);
  });
});
