import { z } from 'zod';
import { definedOnly } from '../../../../common/model/defined';
import { releaseContentSchema, releaseIdSchema, type ReleaseContent } from '../../../../common/model/release';
import { contentOf, receiptOf, summaryOf } from '../../../../common/release';
import { LANGUAGES, LANGUAGE_LABELS } from '../../../../common/model/vocab';
import { DatelineError } from '../../../../preload/errors';
import type { Core } from '../../context';
import { loadSamples } from '../../samples';
import type { Registrar } from '../registry';

const byId = z.strictObject({ id: releaseIdSchema });

export function register(registrar: Registrar, core: Core): void {
  // Each call reads core.releases: a restore reloads the core with a new store.
  registrar.handle('releases', 'list', z.undefined(), () => core.releases.list());
  registrar.handle('releases', 'get', byId, ({ id }) => core.releases.get(id));
  registrar.handle('releases', 'create', releaseContentSchema.partial(), (given) => {
    // IPC keeps keys whose value is undefined: such a field takes its default, as an absent one does.
    const content: Partial<ReleaseContent> = definedOnly(given);
    const language = content.language ?? 'en';
    const boilerplate = core.settings.get().boilerplates[language] ?? '';
    return core.releases.create({ boilerplate, ...content });
  });
  registrar.handle(
    'releases',
    'save',
    z.strictObject({
      id: releaseIdSchema,
      baseRevision: z.number().int().min(1),
      content: releaseContentSchema,
      overwrite: z.boolean().optional(),
    }),
    async ({ id, baseRevision, content, overwrite }) =>
      receiptOf(
        overwrite
          ? await core.releases.save(id, baseRevision, content, 'restore', 'Kept over a version changed elsewhere')
          : await core.releases.save(id, baseRevision, content),
      ),
  );
  registrar.handle('releases', 'addSamples', z.undefined(), async () => {
    const created = [];
    for (const content of await loadSamples(core.resourcesDir)) {
      created.push(summaryOf(await core.releases.create(content)));
    }
    return created;
  });
  registrar.handle(
    'releases',
    'transition',
    z.strictObject({
      id: releaseIdSchema,
      action: z.enum(['submit', 'approve', 'reopen']),
      comment: z.string().max(5000).optional(),
    }),
    ({ id, action, comment }) =>
      core.releases.transition(id, action, { by: core.settings.get().userName, comment: comment ?? '' }),
  );
  registrar.handle('releases', 'duplicate', byId, async ({ id }) => {
    const source = await core.releases.get(id);
    const copy = contentOf(source);
    return core.releases.create({ ...copy, headline: copy.headline ? `Copy of ${copy.headline}` : '' });
  });
  registrar.handle(
    'releases',
    'translate',
    z.strictObject({ id: releaseIdSchema, language: z.enum(LANGUAGES) }),
    async ({ id, language }) => {
      const source = await core.releases.get(id);
      const family = core.releases.list().filter((r) => r.familyId === source.familyId);
      const existing = family.find((r) => r.language === language);
      if (existing) {
        throw new DatelineError(
          'CONFLICT',
          `This release already has a ${LANGUAGE_LABELS[language]} version: “${existing.headline || 'Untitled'}”.`,
        );
      }
      // The translator starts from the source text, in the new language's version, as a draft of the same family.
      const boilerplate = core.settings.get().boilerplates[language] ?? '';
      return core.releases.create({ ...contentOf(source), language, boilerplate }, source.familyId);
    },
  );
  registrar.handle('releases', 'remove', byId, ({ id }) => core.releases.remove(id));
  registrar.handle('releases', 'restore', byId, ({ id }) => core.releases.restore(id));
}
