import { z } from 'zod';
import { noticeIdSchema } from '../../../../common/model/noticeId';
import { LANGUAGES } from '../../../../common/model/vocab';
import type { Core } from '../../context';
import { quarantineNotice, readQuarantineLog } from '../../notices';
import type { Registrar } from '../registry';

export function register(registrar: Registrar, core: Core): void {
  registrar.handle('app', 'info', z.undefined(), () => core.info);
  registrar.handle('app', 'notices', z.undefined(), async () => {
    const seen = new Set(core.settings.get().acknowledgedNotices);
    const entries = await readQuarantineLog(core.dataDir);
    const notices = [...entries.map((entry) => quarantineNotice(core.dataDir, entry)), ...core.notices()];
    return notices.filter((notice) => !seen.has(notice.id));
  });
  registrar.handle('app', 'setSpellingLanguage', z.strictObject({ language: z.enum(LANGUAGES) }), ({ language }) =>
    core.host.setSpellingLanguage(language),
  );
  registrar.handle('app', 'dismissNotice', z.strictObject({ id: noticeIdSchema }), async ({ id }) => {
    await core.settings.update((settings) => ({
      ...settings,
      acknowledgedNotices: [...new Set([...settings.acknowledgedNotices, id])],
    }));
  });
}
