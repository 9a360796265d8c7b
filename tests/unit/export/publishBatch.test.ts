import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegistry } from '../../../main/core/api';
import { openCore, type Core } from '../../../main/core/context';
import type { ExportProgress, Host } from '../../../main/core/host';
import { headlessHost } from '../../../main/core/host';
import { createApi, createBridgeApi } from '../../../preload/api';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';

const NOW = new Date();
const FUTURE = new Date(NOW.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
const PAST = new Date(NOW.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);

let core: Core;
let dir: string;
let cleanup: () => Promise<void>;
let finished: Promise<ExportProgress>;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  await mkdir(join(dir, 'out'));
  let done: (event: ExportProgress) => void = () => undefined;
  finished = new Promise((resolve) => (done = resolve));
  const host: Host = {
    ...headlessHost,
    chooseFolder: async () => join(dir, 'out'),
    emit: (event) => void (event.type === 'export-progress' && event.state !== 'running' && done(event)),
  };
  core = await openCore({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES, version: '0.0.0-test', host });
  await core.settings.update((s) => ({ ...s, userName: 'Ana Press' }));
});
afterEach(async () => {
  await core.close();
  await cleanup();
});

function api() {
  const registry = createRegistry(core);
  return createApi(
    createBridgeApi(
      (channel, arg) => registry.dispatch(channel, arg),
      () => () => undefined,
    ),
  );
}

/** A release taken through review and approval, with an embargo lifting on `embargoDate` if given. */
async function approved(headline: string, embargoDate?: string) {
  const release = await core.releases.create({
    headline,
    date: PAST,
    ...(embargoDate ? { embargo: { date: embargoDate, time: '09:00', timeZone: 'Europe/Vienna' } } : {}),
  });
  await core.releases.transition(release.id, 'submit', { by: 'Ana Press', comment: '' });
  return core.releases.transition(release.id, 'approve', { by: 'Ana Press', comment: '' });
}

describe('the batch publication export', () => {
  it('publishes the approved releases, skipping drafts and embargoed ones, and records each publication', async () => {
    const open = await approved('Open for publication');
    const lifted = await approved('Embargo already lifted', PAST);
    const embargoed = await approved('Still under embargo', FUTURE);
    const draft = await core.releases.create({ headline: 'Only a draft' });

    const started = await api().export.batch({
      ids: [open.id, lifted.id, embargoed.id, draft.id],
      formats: ['html', 'md'],
      publish: true,
    });
    expect('skipped' in started && started.skipped).toEqual([
      { id: embargoed.id, headline: 'Still under embargo', reason: 'embargoed' },
      { id: draft.id, headline: 'Only a draft', reason: 'not-approved' },
    ]);
    expect(await finished).toMatchObject({ state: 'finished', total: 2 });

    const files = (await readdir(join(dir, 'out'))).sort();
    expect(files.filter((f) => f.endsWith('.html') && f !== 'index.html')).toHaveLength(2);
    expect(files.join()).not.toMatch(/still-under-embargo|only-a-draft/);
    for (const name of files.filter((f) => f.endsWith('.md'))) {
      expect(await readFile(join(dir, 'out', name), 'utf8')).toMatch(/^status: published$/m);
    }
    for (const name of files.filter((f) => f.endsWith('.html') && f !== 'index.html')) {
      expect(await readFile(join(dir, 'out', name), 'utf8')).not.toContain('DRAFT');
    }
    for (const release of [open, lifted]) {
      const after = await core.releases.get(release.id);
      expect(after.workflow.state).toBe('published');
      expect(after.workflow.events.at(-1)).toMatchObject({ action: 'publish', by: 'Ana Press' });
      expect(after.workflow.events.at(-1)?.files?.[0]).toContain(join(dir, 'out'));
    }
    expect((await core.releases.get(embargoed.id)).workflow.state).toBe('approved');
    expect((await core.releases.get(draft.id)).workflow.state).toBe('draft');
  });

  it('publishes embargoed releases only when asked, keeping their embargo line', async () => {
    const embargoed = await approved('Still under embargo', FUTURE);
    await expect(api().export.batch({ ids: [embargoed.id], formats: ['html'], publish: true })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
      message: expect.stringContaining('embargo'),
    });
    const started = await api().export.batch({
      ids: [embargoed.id],
      formats: ['html'],
      publish: true,
      includeEmbargoed: true,
    });
    expect('skipped' in started && started.skipped).toEqual([]);
    expect(await finished).toMatchObject({ state: 'finished', total: 1 });
    const [page] = (await readdir(join(dir, 'out'))).filter((f) => f !== 'index.html');
    expect(await readFile(join(dir, 'out', page!), 'utf8')).toMatch(/embargo/i);
    expect((await core.releases.get(embargoed.id)).workflow.state).toBe('published');
  });

  it('refuses a publication with nothing approved, and an ordinary batch still exports drafts as drafts', async () => {
    const draft = await core.releases.create({ headline: 'Only a draft' });
    await expect(api().export.batch({ ids: [draft.id], formats: ['md'], publish: true })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    await api().export.batch({ ids: [draft.id], formats: ['md'] });
    expect(await finished).toMatchObject({ state: 'finished' });
    const [page] = (await readdir(join(dir, 'out'))).filter((f) => f.endsWith('.md'));
    expect(await readFile(join(dir, 'out', page!), 'utf8')).toMatch(/^status: draft$/m);
    expect((await core.releases.get(draft.id)).workflow.state).toBe('draft');
  });

  it('checks each approval at the moment of publishing: a file edited by hand after approval is left out', async () => {
    const good = await approved('Approved and untouched');
    const edited = await approved('Approved, then edited by hand');
    const file = join(dir, 'data', 'releases', `${edited.id}.json`);
    const json = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...json, lead: 'A sentence nobody approved.' }));
    // The library still lists it as approved: the gate must not trust that.
    expect(core.releases.list().find((r) => r.id === edited.id)?.state).toBe('approved');

    const started = await api().export.batch({ ids: [good.id, edited.id], formats: ['html'], publish: true });
    expect(started).toMatchObject({ skipped: [{ id: edited.id, reason: 'not-verified' }] });
    await finished;
    const written = await readdir(join(dir, 'out'));
    expect(written.some((f) => f.includes('untouched'))).toBe(true);
    expect(written.some((f) => f.includes('edited-by-hand'))).toBe(false);
    await expect(api().export.publish({ id: edited.id, formats: ['html'] })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
  });
});
