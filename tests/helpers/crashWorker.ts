/**
 * The child process of tests/unit/store/crash.test.ts: opens the store as the app does and saves
 * releases in a loop until it is killed, saying on stdout what it is about to save (`begin`)
 * and what a resolved save returned (`ack`). Usage: node crashWorker.mjs <dataDir> <seed>
 */
import { writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Doc } from '../../common/model/doc';
import { emptyContent, type ReleaseContent } from '../../common/model/release';
import { acquireLock } from '../../main/core/store/lock';
import { ReleaseStore } from '../../main/core/store/releaseStore';
import { contentHash } from '../../main/core/workflow/hash';
import { mulberry32 } from './random';

/** How many releases the library holds; the worker creates them as it goes. */
const CRASH_RELEASES = 4;

/** Body sizes in characters: a short note, a typical release, a very long one. */
const SIZES = [300, 6_000, 6_000, 6_000, 200_000];
const WORDS = [
  'security',
  'co-operation',
  'OSCE',
  'Škofja Loka',
  'миграция',
  'coopération',
  '😀',
  '“quoted”',
  'Mektić',
];

/** Text to cut bodies from, made once and cheaply: the child's time goes to saving, where kills matter. */
const TEXT = `${WORDS.join(' ')} `.repeat(Math.ceil((2 * Math.max(...SIZES)) / WORDS.join(' ').length));

/** A body of `size` characters from a random place in `text`, in paragraphs of 1,000, multi-byte characters included. */
function bodyOf(text: string, size: number, next: () => number): Doc {
  const start = Math.floor(next() * (text.length - size));
  const paragraphs: Doc['content'] = [];
  for (let at = 0; at < size; at += 1_000) {
    paragraphs.push({
      type: 'paragraph',
      content: [{ type: 'text', text: text.slice(start + at, start + at + 1_000) }],
    });
  }
  return { type: 'doc', content: paragraphs };
}

/** Written straight to the pipe, so a line said before the kill reaches the parent. */
const say = (line: string) => writeSync(1, `${line}\n`);

async function main(dataDir: string, seed: number): Promise<void> {
  // As openCore does: the folder, then the writer's lock, then the store.
  await mkdir(dataDir, { recursive: true });
  await acquireLock(dataDir);
  const { store, quarantined } = await ReleaseStore.open(dataDir);
  if (quarantined.length > 0) throw new Error(`quarantined on open: ${JSON.stringify(quarantined)}`);
  // The list may come from the library index, which a kill can leave behind the files: saves take it once checked.
  await store.checked();
  say('ready');
  // The same seed gives the same saves.
  const next = mulberry32(seed);
  for (let n = 0; ; n++) {
    const size = SIZES[Math.floor(next() * SIZES.length)]!;
    const content: ReleaseContent = emptyContent({ headline: `Save ${seed}.${n}`, body: bodyOf(TEXT, size, next) });
    const hash = contentHash(content);
    const list = store.list();
    if (list.length < CRASH_RELEASES) {
      say(`begin new 1 ${hash}`);
      const created = await store.create(content);
      say(`ack ${created.id} ${created.revision}`);
    } else {
      const { id, revision } = list[Math.floor(next() * list.length)]!;
      say(`begin ${id} ${revision + 1} ${hash}`);
      const saved = await store.save(id, revision, content);
      say(`ack ${saved.id} ${saved.revision}`);
    }
  }
}

const [dataDir, seed] = process.argv.slice(2);
if (dataDir && seed) {
  main(dataDir, Number(seed)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
