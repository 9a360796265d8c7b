import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegistry } from '../../../main/core/api';
import { openCore, type Core } from '../../../main/core/context';
import { createApi, createBridgeApi } from '../../../preload/api';
import { allChannels } from '../../../preload/contract';
import { DatelineError } from '../../../preload/errors';
import { contentOf, summaryOf } from '../../../common/release';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  core = await openCore({ dataDir: temp.dir, resourcesDir: RESOURCES, version: '0.0.0-test' });
});
afterEach(async () => {
  await core.close();
  await cleanup();
});

/** The renderer's API wired straight to the registry, as the preload wires it to IPC. */
function apiFor(registry: ReturnType<typeof createRegistry>) {
  return createApi(
    createBridgeApi(
      (channel, arg) => registry.dispatch(channel, arg),
      () => () => undefined,
    ),
  );
}

describe('the IPC registry', () => {
  it('has a handler for every channel of the contract', () => {
    expect(createRegistry(core).channels().sort()).toEqual(allChannels().sort());
  });

  it('round-trips a release through the typed API', async () => {
    const api = apiFor(createRegistry(core));
    const created = await api.releases.create({ headline: 'Via the API' });
    const saved = await api.releases.save({
      id: created.id,
      baseRevision: created.revision,
      content: { ...contentOf(created), headline: 'Edited via the API' },
    });
    expect(saved.revision).toBe(2);
    // A save answers what the window keeps, not the whole release it has just sent.
    expect(Object.keys(saved).sort()).toEqual(['revision', 'summary', 'workflow']);
    const stored = await api.releases.get({ id: created.id });
    expect(saved).toEqual({ revision: stored.revision, workflow: stored.workflow, summary: summaryOf(stored) });
    expect((await api.releases.list()).map((r) => r.headline)).toEqual(['Edited via the API']);
    expect((await api.taxonomy.get()).fieldsOfWork).toContain('Border management');
    expect(JSON.parse((await api.export.json({ id: created.id })).text)).toEqual(stored);
  });

  it('answers bad arguments with INVALID_ARGUMENT, re-thrown as a typed error', async () => {
    const registry = createRegistry(core);
    expect(await registry.dispatch('releases:get', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await registry.dispatch('releases:create', { headline: 'x', extra: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    const api = apiFor(registry);
    const failure = api.releases.get({ id: 'not-an-id' });
    await expect(failure).rejects.toBeInstanceOf(DatelineError);
    await expect(failure).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('answers unknown channels and missing releases with their codes', async () => {
    const registry = createRegistry(core);
    expect(await registry.dispatch('releases:drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await registry.dispatch('releases:get', { id: '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('does not exist') },
    });
  });

  it('turns an unexpected exception into INTERNAL instead of crashing', async () => {
    const registry = createRegistry(core);
    core.releases.list = () => {
      throw new TypeError('boom');
    };
    expect(await registry.dispatch('releases:list', undefined)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('boom') },
    });
  });

  it('keeps the user name and acknowledges notices in settings', async () => {
    const api = apiFor(createRegistry(core));
    expect(await api.settings.update({ userName: 'Press Officer' })).toMatchObject({ userName: 'Press Officer' });
    expect(await api.settings.get()).toMatchObject({ userName: 'Press Officer', style: { headlineMax: 150 } });
    expect(await api.app.notices()).toEqual([]);
  });
});

describe('the data folder lock', () => {
  it('gives a second process a clear error', async () => {
    await expect(openCore({ dataDir: core.dataDir, resourcesDir: RESOURCES, version: 'x' })).rejects.toMatchObject({
      code: 'STORE_LOCKED',
    });
  });
});
