import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRegistry } from '../../../main/core/api';
import { Registry } from '../../../main/core/api/registry';
import { openCore, type Core } from '../../../main/core/context';
import { emptyContent, type Release } from '../../../common/model/release';
import { preferencesOf } from '../../../common/model/settings';
import { allChannels } from '../../../preload/contract';
import { ERROR_CODES } from '../../../preload/errors';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';

/** Change the seed to explore other inputs; a failure prints the seed, channel and input that caused it. */
const SEED = 0x0d47e11e;
const RANDOM_PER_CHANNEL = 150;
const CALL_TIMEOUT_MS = 15_000;

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

const MISSING_ID = '7d0f3c52-5b8e-4b1a-9c3d-2e6f8a9b0c1d';
const HUGE = 'x'.repeat(10 * 1024 * 1024);
const deepObject = (levels: number) => {
  let value: Record<string, unknown> = { type: 'paragraph' };
  for (let i = 0; i < levels; i++) value = { type: 'paragraph', content: [value] };
  return { type: 'doc', content: [value] };
};
const deepArray = (levels: number) => {
  let value: unknown[] = [];
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};
const DEEP_OBJECT = deepObject(10_000);
const DEEP_ARRAY = deepArray(10_000);
const cyclic = () => {
  const node: Record<string, unknown> = { type: 'paragraph' };
  node.content = [node];
  return { type: 'doc', content: [node] };
};
/** Built by parsing, so the keys are own properties, as structured clone delivers them. */
const PROTO_KEYS = () =>
  JSON.parse(
    '{"__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}},"prototype":{}}',
  );

const PATHS = [
  '../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\System32\\config\\SAM',
  '\\\\evil\\share',
  'file:///etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '....//....//etc/passwd',
  'snapshots/../../x',
  '\u0000',
  '.',
  '..',
];

/** Small values of every type that can cross IPC, for any argument or field. */
const LIGHT: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  -1,
  1,
  1.5,
  2 ** 53 + 2,
  -(2 ** 31),
  NaN,
  Infinity,
  -Infinity,
  10n,
  '',
  ' ',
  'x',
  '\u202e\u0000\ud800',
  MISSING_ID,
  MISSING_ID.toUpperCase(),
  `${MISSING_ID}\n`,
  ...PATHS,
  [],
  [undefined],
  [null, 1, 'x'],
  {},
  Object.create(null),
  new Date(0),
  new Map([['id', MISSING_ID]]),
  new Set([1]),
  new Uint8Array(1024),
  /x/g,
];

const WIDE_NUMBERS = Array.from({ length: 100_000 }, (_, i) => i);
const WIDE_IDS = Array.from({ length: 100_000 }, () => MISSING_ID);
const WIDE_OBJECTS = Array.from({ length: 100_000 }, () => ({ type: 'paragraph' }));

/** Huge values for every field: a 10 MB string, 100,000 items, 10,000 levels of nesting, a cycle (structured clone keeps cycles). */
const HEAVY: unknown[] = [HUGE, WIDE_NUMBERS, DEEP_OBJECT, DEEP_ARRAY, cyclic()];

/** What every field of a well-formed argument is replaced by, one at a time (built once: handlers never change their argument). */
const FIELD_JUNK: unknown[] = [...LIGHT, ...HEAVY, PROTO_KEYS()];

/** What every argument as a whole is replaced by. */
const ARGUMENT_JUNK: unknown[] = [...FIELD_JUNK, WIDE_IDS, WIDE_OBJECTS];

/** Releases that exist; only calls that cannot change them get their ids. */
let existing: Release;
const READ_ONLY = new Set<string>([
  'releases:get',
  'export:json',
  'export:toFile',
  'export:batch',
  'export:publish',
  'history:list',
  'history:diff',
]);

/** A well-formed argument per channel (absent: the method takes none), with ids of releases that do not exist. */
function templates(): Record<string, Record<string, unknown>> {
  const id = MISSING_ID;
  return {
    'releases:get': { id },
    'releases:create': { headline: 'Fuzz', language: 'en', type: 'statement' },
    'releases:save': { id, baseRevision: 1, content: emptyContent({ headline: 'Fuzz' }) },
    'releases:transition': { id, action: 'submit', comment: '' },
    'releases:duplicate': { id },
    'releases:translate': { id, language: 'fr' },
    'releases:remove': { id },
    'releases:restore': { id },
    'library:search': {
      text: 'fuzz',
      states: ['draft'],
      types: ['statement'],
      languages: ['en'],
      issuers: ['OSCE'],
      fieldsOfWork: [],
      countries: [],
      dateFrom: '2020-01-01',
      dateTo: '2030-12-31',
      sort: 'date',
      limit: 10,
    },
    'export:json': { id },
    'export:toFile': { id, formats: ['html', 'md'] },
    'export:batch': { ids: [id], formats: ['html'], publish: false, includeEmbargoed: false },
    'export:cancel': { jobId: id },
    'export:publish': { id, formats: ['md'], confirmEmbargo: true },
    'history:list': { id },
    'history:diff': { id, from: 1, to: 2 },
    'history:restore': { id, rev: 1, baseRevision: 1 },
    'settings:update': { userName: 'Fuzz', style: { headlineMax: 150, leadMax: 400 } },
    'app:dismissNotice': { id: 'fuzz-notice' },
    'backups:restore': { name: '2020-01-01T000000' },
  };
}

function randomString(rng: Rng): string {
  const pieces = [
    'a',
    'Ж',
    'ა',
    ' ',
    '\n',
    '\t',
    '\u0000',
    '\u202e',
    '\ud83d\ude00',
    '\ud800',
    '"',
    '<',
    '>',
    '/',
    '\\',
    '.',
    '%',
    '&#',
    ':',
    '$',
    '{',
    '}',
    '-',
  ];
  return Array.from({ length: rng.int(40) }, () => rng.pick(pieces)).join('');
}

const KEYS = [
  'id',
  'ids',
  'content',
  'body',
  'headline',
  'language',
  'type',
  'formats',
  'baseRevision',
  'rev',
  'from',
  'to',
  'name',
  'jobId',
  'text',
  'limit',
  'action',
  'comment',
  'publish',
  'userName',
  'style',
  '__proto__',
  'constructor',
  'prototype',
  'x',
];

/** A random value: any type, nested a little, sometimes a well-formed argument of some channel. */
function randomValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(depth > 2 ? 7 : 10)) {
    case 0:
      return rng.pick([undefined, null, true, false]);
    case 1:
      return rng.pick([0, -1, 1, 2, 7, 0.5, 1e21, -1e-7, NaN, Infinity, 2 ** 31, rng.int(1000)]);
    case 2:
      return randomString(rng);
    case 3:
      return rng.pick([
        MISSING_ID,
        ...PATHS,
        'draft',
        'approve',
        'html',
        'md',
        'fr',
        'en',
        'press-release',
        '2026-02-30',
        '25:61',
      ]);
    case 4:
      // The heavy values go through every channel and field below; random picks stay light, to keep the run short.
      return rng.pick(LIGHT);
    case 5:
      return crypto.randomUUID();
    case 6:
      return {};
    case 7:
      return Array.from({ length: rng.int(5) }, () => randomValue(rng, depth + 1));
    case 8: {
      const value: Record<string, unknown> = {};
      for (let i = rng.int(5); i > 0; i--)
        Object.defineProperty(value, rng.pick(KEYS), {
          value: randomValue(rng, depth + 1),
          enumerable: true,
          configurable: true,
          writable: true,
        });
      return value;
    }
    default: {
      const all = templates();
      const template = structuredClone(all[rng.pick(Object.keys(all))]!);
      const keys = Object.keys(template);
      if (keys.length > 0) template[rng.pick(keys)] = randomValue(rng, depth + 1);
      return template;
    }
  }
}

/** Every input for a channel: junk as the argument, each field of a well-formed one broken in every way, then random ones. */
function inputsFor(channel: string, rng: Rng): unknown[] {
  const all = templates();
  const template = Object.hasOwn(all, channel) ? all[channel] : undefined;
  const inputs: unknown[] = [...ARGUMENT_JUNK];
  if (template) {
    inputs.push(structuredClone(template));
    for (const key of Object.keys(template)) {
      // A list of 100,000 ids of releases that do not exist, where a list of ids belongs.
      const values = key === 'ids' ? [...FIELD_JUNK, WIDE_IDS] : FIELD_JUNK;
      for (const value of values) inputs.push({ ...structuredClone(template), [key]: value });
      const { [key]: _, ...missing } = template;
      inputs.push(structuredClone(missing));
    }
    inputs.push({ ...structuredClone(template), ...PROTO_KEYS() });
    inputs.push({ ...structuredClone(template), extra: 1 });
    if (READ_ONLY.has(channel)) {
      const real = structuredClone(template);
      if ('id' in real) real.id = existing.id;
      if ('ids' in real) real.ids = [existing.id];
      inputs.push(real);
    }
  }
  for (let i = 0; i < RANDOM_PER_CHANNEL; i++) inputs.push(randomValue(rng));
  return inputs;
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
    return text === undefined ? String(input) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return Object.prototype.toString.call(input);
  }
}

/** Dispatches one request as IPC does, failing if it throws or takes too long. */
async function call(registry: Registry, channel: string, input: unknown) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
  });
  try {
    return await Promise.race([registry.dispatch(channel, input), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function releaseFiles(dataDir: string): Promise<Map<string, string>> {
  const folder = join(dataDir, 'releases');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')] as const)),
  );
}

let dir: string;
let cleanup: () => Promise<void>;
let core: Core;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('dateline-fuzz-'));
  // The headless host answers every dialog with "cancel", as a user closing it would.
  core = await openCore({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES, version: '0.0.0-fuzz' });
  existing = await core.releases.create(emptyContent({ headline: 'Kept as it is' }));
});
afterEach(async () => {
  await core.close().catch(() => undefined);
  await cleanup();
});

describe('every IPC handler under fuzzed arguments', () => {
  it('answers each with a typed result, never throws or hangs, and leaves the store valid', async () => {
    const dataDir = join(dir, 'data');
    const before = await releaseFiles(dataDir);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);

    const registry = createRegistry(core);
    const rng = prng(SEED);
    const channels: string[] = [...allChannels(), 'releases:drop', '__proto__', 'constructor', '', '../../etc/passwd'];
    const codes = new Map<string, number>();
    const created = new Set<string>();
    let preferences = preferencesOf(core.settings.get());
    const dismissed = new Set<string>();
    const timings = new Map<string, number>();
    let count = 0;
    let ok = 0;
    try {
      for (const channel of channels) {
        const started = performance.now();
        for (const input of inputsFor(channel, rng)) {
          count++;
          const where = `seed ${SEED}, ${channel} with ${describeInput(input)}`;
          const result = await call(registry, channel, input).catch((error: unknown) => {
            throw new Error(`${where} threw: ${String(error)}`);
          });
          expect(result, where).toBeTypeOf('object');
          if (result.ok) {
            ok++;
            const value = result.value as Record<string, unknown> | Record<string, unknown>[] | undefined;
            if (channel === 'releases:create') created.add((value as Release).id);
            if (channel === 'releases:addSamples') for (const s of value as { id: string }[]) created.add(s.id);
            if (channel === 'settings:update') preferences = value as typeof preferences;
            if (channel === 'app:dismissNotice') dismissed.add((input as { id: string }).id);
            expect(
              [
                'releases:remove',
                'releases:restore',
                'releases:save',
                'releases:transition',
                'history:restore',
                'backups:restore',
              ],
              where,
            ).not.toContain(channel);
            continue;
          }
          const { code, message } = result.error;
          codes.set(code, (codes.get(code) ?? 0) + 1);
          expect(ERROR_CODES, where).toContain(code);
          expect(code, `${where}: ${message}`).not.toBe('INTERNAL');
          expect(message, where).toBeTypeOf('string');
          expect(message.length, where).toBeGreaterThan(0);
          expect(message.length, where).toBeLessThanOrEqual(2100);
          expect(message, where).not.toMatch(/\n\s*at |\.[cm]?[jt]s:\d+|node_modules/);
        }
        timings.set(channel, performance.now() - started);
      }
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    // Prints the tally, so a run shows how much was thrown at the handlers.
    console.log(
      `IPC fuzz (seed ${SEED}): ${count} inputs over ${channels.length} channels; ${ok} accepted; refused by code: ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}; slowest: ${[
        ...timings,
      ]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([c, ms]) => `${c || '(empty)'} ${Math.round(ms)} ms`)
        .join(', ')}`,
    );
    expect(count).toBeGreaterThan(5000);
    expect(unhandled).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);

    // The store on disk: reopened from scratch, it holds the release that was there, untouched, and what valid calls created.
    await core.close();
    const after = await releaseFiles(dataDir);
    expect(after.get(`${existing.id}.json`)).toBe(before.get(`${existing.id}.json`));
    expect([...after.keys()].sort()).toEqual([existing.id, ...created].map((id) => `${id}.json`).sort());
    core = await openCore({ dataDir, resourcesDir: RESOURCES, version: '0.0.0-fuzz' });
    expect(
      core.releases
        .list()
        .map((r) => r.id)
        .sort(),
    ).toEqual([existing.id, ...created].sort());
    expect(await core.releases.get(existing.id)).toEqual(existing);
    expect(preferencesOf(core.settings.get())).toEqual(preferences);
    expect(new Set(core.settings.get().acknowledgedNotices)).toEqual(dismissed);
    expect(await readdir(join(dataDir, 'quarantine')).catch(() => [])).toEqual([]);
  }, 600_000);
});

describe('the registry’s own guards', () => {
  it('refuses arguments nested too deeply, or in a cycle, before any schema follows them', async () => {
    const registry = createRegistry(core);
    for (const body of [DEEP_OBJECT, cyclic()]) {
      expect(await registry.dispatch('releases:create', { body })).toEqual({
        ok: false,
        error: {
          code: 'INVALID_ARGUMENT',
          message: 'Dateline refused a request to releases:create: it nests more than 200 levels deep.',
        },
      });
    }
  });

  it('answers a schema that throws with INVALID_ARGUMENT, and a raw failure with one line and no stack', async () => {
    const registry = new Registry();
    const throwing = z.undefined().transform((): undefined => {
      throw new TypeError('schema blew up');
    });
    registry.handle('app', 'info', throwing as unknown as z.ZodType<undefined>, () => core.info);
    expect(await registry.dispatch('app:info', undefined)).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: 'Dateline refused a malformed request to app:info.' },
    });
    const failures: unknown[] = [
      new Error('first line\n    at secret (/home/user/dateline/main/core/x.ts:1:1)'),
      z.string().safeParse(1).error,
      'a thrown string',
      { message: 'an object' },
      null,
    ];
    const messages: string[] = [];
    for (const [i, failure] of failures.entries()) {
      const method = (['get', 'update'] as const)[i % 2]!;
      const own = new Registry();
      own.handle('settings', method, z.any(), () => {
        throw failure;
      });
      const result = await own.dispatch(`settings:${method}`, undefined);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INTERNAL');
        messages.push(result.error.message);
      }
    }
    expect(messages.map((m) => /\(([^)]*)\)/.exec(m)?.[1])).toEqual([
      'first line',
      'data: Invalid input: expected string, received number',
      'an unexpected problem',
      'an unexpected problem',
      'an unexpected problem',
    ]);
    for (const message of messages) expect(message).not.toMatch(/\n|\bat |\.ts:\d/);
  });
});
