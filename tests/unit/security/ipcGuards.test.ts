import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRegistry } from '../../../main/core/api';
import { Registry } from '../../../main/core/api/registry';
import type { Core } from '../../../main/core/context';
import { emptyContent } from '../../../common/model/release';
import type { Area, ArgOf, Channel, MethodOf, ResultOf } from '../../../preload/contract';

/** The keys by which a request names something: a release, a snapshot, a notice, an export job. */
const IDENTIFIER_KEYS = ['id', 'ids', 'name', 'jobId'];

const ID = '7d0f3c52-5b8e-4b1a-9c3d-2e6f8a9b0c1d';

/** A valid request for every channel that takes an identifier; each bad value replaces one key of it. */
const VALID: Partial<Record<Channel, Record<string, unknown>>> = {
  'releases:get': { id: ID },
  'releases:save': { id: ID, baseRevision: 1, content: emptyContent() },
  'releases:transition': { id: ID, action: 'submit' },
  'releases:duplicate': { id: ID },
  'releases:translate': { id: ID, language: 'fr' },
  'releases:remove': { id: ID },
  'releases:restore': { id: ID },
  'history:list': { id: ID },
  'history:diff': { id: ID, from: 1 },
  'history:restore': { id: ID, rev: 1, baseRevision: 2 },
  'export:json': { id: ID },
  'export:toFile': { id: ID, formats: ['html'] },
  'export:publish': { id: ID, formats: ['html'] },
  'export:batch': { ids: [ID], formats: ['html'] },
  'export:cancel': { jobId: ID },
  'export:sendEmail': { id: ID },
  'backups:restore': { name: '2026-12-07T05-00-00-000Z' },
  'app:dismissNotice': { id: 'backup-failed-2026-12-07T05:00:00.000Z' },
  'imports:readData': { name: 'release.docx', base64: '' },
};

/** Values that would reach outside a folder, or name something no identifier is. */
const PATH_LIKE = [
  '..',
  '.',
  '../settings.json',
  'releases/../../outside',
  'snapshots\\..\\..\\outside',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share',
  `${ID}/../x`,
  'name\u0000.json',
  '%2e%2e%2f',
  '',
];
const OVERSIZED = ['a'.repeat(100_000), `${ID}${'0'.repeat(10_000)}`];

/** The real schemas before handlers that only record that they ran: a guard that refuses must not let them. */
class WatchedRegistry extends Registry {
  ran = false;

  override handle<A extends Area, M extends MethodOf<A>>(area: A, method: M, schema: z.ZodType<ArgOf<A, M>>): void {
    super.handle(area, method, schema, () => {
      this.ran = true;
      return undefined as ResultOf<A, M>;
    });
  }
}

function identifierKeys(schema: z.ZodType | undefined): string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.keys(schema.shape).filter((key) => IDENTIFIER_KEYS.includes(key));
}

describe('the IPC schemas themselves refuse path-like and oversized identifiers', () => {
  // The handlers never run their own code, so no core is needed behind them.
  const registry = createRegistry({} as Core, new WatchedRegistry()) as WatchedRegistry;
  const guarded = registry.channels().filter((channel) => identifierKeys(registry.schemaOf(channel)).length > 0);

  it('knows a valid request for every channel that takes a name or an id', () => {
    expect(guarded.length).toBeGreaterThan(10);
    expect(guarded.filter((channel) => !VALID[channel])).toEqual([]);
  });

  for (const channel of guarded) {
    it(`${channel}: a valid request reaches its handler, a bad identifier never does`, async () => {
      const valid = VALID[channel]!;
      registry.ran = false;
      await registry.dispatch(channel, valid);
      // Proves the base passes its schema, so each refusal below is the identifier's own.
      expect(registry.ran, 'the valid request should reach its handler').toBe(true);
      for (const key of identifierKeys(registry.schemaOf(channel))) {
        for (const bad of [...PATH_LIKE, ...OVERSIZED]) {
          registry.ran = false;
          const value = Array.isArray(valid[key]) ? [bad] : bad;
          const result = await registry.dispatch(channel, { ...valid, [key]: value });
          const shown = JSON.stringify(bad.slice(0, 40));
          expect(result.ok, `${channel} ${key}=${shown}`).toBe(false);
          if (result.ok) continue;
          expect(result.error.code, `${channel} ${key}=${shown}`).toBe('INVALID_ARGUMENT');
          expect(result.error.message, `${channel} ${key}=${shown}`).toContain(`(${key}`);
          expect(registry.ran, `${channel} ${key}=${shown} reached its handler`).toBe(false);
        }
      }
    });
  }
});
