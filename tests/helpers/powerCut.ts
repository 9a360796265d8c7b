import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { FsOp } from './faultyFs';

/** A folder's files as bytes, by path relative to it ('.' is the folder itself). */
export type Tree = Map<string, Buffer>;

/** Every file under `root`, and every folder (so empty ones come back too). */
export async function readTree(root: string): Promise<{ files: Tree; folders: string[] }> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: Tree = new Map();
  const folders: string[] = [];
  for (const entry of entries) {
    const path = relative(root, join(entry.parentPath, entry.name));
    if (entry.isDirectory()) folders.push(path);
    else if (entry.isFile()) files.set(path, await readFile(join(root, path)));
  }
  return { files, folders };
}

/** Writes `files` (and `folders`) into the empty folder `root`. */
export async function writeTree(root: string, files: Tree, folders: readonly string[]): Promise<void> {
  for (const folder of folders) await mkdir(join(root, folder), { recursive: true });
  for (const [path, data] of files) {
    await mkdir(join(root, dirname(path)), { recursive: true });
    await writeFile(join(root, path), data);
  }
}

interface Inode {
  /** What the disk holds of the file's data: what its last fsync flushed. */
  disk: Buffer;
  /** What the running process reads: the page cache. */
  now: Buffer;
}

type NameChange =
  | { kind: 'link'; path: string; inode: number }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'unlink'; path: string };

/** A change of names and the folders whose fsync it still waits for. */
interface Pending {
  change: NameChange;
  unsynced: Set<string>;
}

/** What a file may hold after a cut: its data if flushed, else each way a cut can leave it (equal ones once). */
function dataAfterCut({ disk, now }: Inode): Buffer[] {
  if (disk.equals(now)) return [now];
  const ways = [disk, now, now.subarray(0, Math.ceil(now.length / 2)), Buffer.alloc(now.length)];
  return ways.filter((data, i) => ways.findIndex((other) => other.equals(data)) === i);
}

/**
 * What a disk may hold after a power cut once the first `cut` operations of `ops` were done on
 * `root`, whose files were all on the disk as `before` to begin with. The model, after SQLite's
 * crash tests (test6.c): a page cache that loses what was not flushed.
 * - A file's data reaches the disk only by an fsync of that file; until then a cut may leave its
 *   old bytes (none for a new file), the new ones, the first half of them, or zeros of their length.
 * - A name made, renamed or removed reaches the disk only by an fsync of its folder; until then a
 *   cut keeps any first part of those changes, in order, and loses the rest.
 * Folders themselves are taken to exist (the store makes them before it writes).
 */
export function disksAfterCut(root: string, before: Tree, ops: readonly FsOp[], cut: number): Tree[] {
  const rel = (path: string) => relative(root, path) || '.';
  const inodes: Inode[] = [];
  const onDisk = new Map<string, number>();
  for (const [path, data] of before) onDisk.set(path, inodes.push({ disk: data, now: data }) - 1);
  const names = new Map(onDisk);
  const changes: Pending[] = [];
  const handles = new Map<number, { path: string; inode: number | undefined; position: number }>();
  const change = (c: NameChange, ...folders: string[]) => changes.push({ change: c, unsynced: new Set(folders) });

  for (const op of ops.slice(0, cut)) {
    if (op.op === 'open') {
      const path = rel(op.path);
      let inode = names.get(path);
      if (inode === undefined && op.flags !== 'r') {
        inode = inodes.push({ disk: Buffer.alloc(0), now: Buffer.alloc(0) }) - 1;
        names.set(path, inode);
        change({ kind: 'link', path, inode }, dirname(path));
      } else if (inode !== undefined && op.flags.startsWith('w')) {
        inodes[inode]!.now = Buffer.alloc(0);
      }
      const position = inode !== undefined && op.flags.startsWith('a') ? inodes[inode]!.now.length : 0;
      // A path that names no file is a folder, opened to be flushed.
      handles.set(op.handle, { path, inode, position });
    } else if (op.op === 'write') {
      const handle = handles.get(op.handle)!;
      const node = inodes[handle.inode!]!;
      const end = handle.position + op.data.length;
      node.now = Buffer.concat([node.now.subarray(0, handle.position), op.data, node.now.subarray(end)]);
      handle.position = end;
    } else if (op.op === 'sync') {
      const handle = handles.get(op.handle)!;
      if (handle.inode !== undefined) inodes[handle.inode]!.disk = inodes[handle.inode]!.now;
      else for (const pending of changes) pending.unsynced.delete(handle.path);
    } else if (op.op === 'close') {
      handles.delete(op.handle);
    } else if (op.op === 'rename') {
      const [from, to] = [rel(op.from), rel(op.to)];
      const inode = names.get(from);
      names.delete(from);
      if (inode !== undefined) names.set(to, inode);
      change({ kind: 'rename', from, to }, dirname(from), dirname(to));
    } else {
      const path = rel(op.path);
      names.delete(path);
      change({ kind: 'unlink', path }, dirname(path));
    }
  }

  const unsynced = changes.filter((pending) => pending.unsynced.size > 0);
  const disks: Tree[] = [];
  for (let kept = 0; kept <= unsynced.length; kept++) {
    const survivors = new Set([...changes.filter((p) => p.unsynced.size === 0), ...unsynced.slice(0, kept)]);
    const namespace = new Map(onDisk);
    for (const { change: c } of changes.filter((p) => survivors.has(p))) {
      if (c.kind === 'link') namespace.set(c.path, c.inode);
      else if (c.kind === 'unlink') namespace.delete(c.path);
      else if (namespace.has(c.from)) {
        namespace.set(c.to, namespace.get(c.from)!);
        namespace.delete(c.from);
      }
    }
    // Each file holds one of the ways its unflushed data can be left, in every combination.
    let trees: Tree[] = [new Map()];
    for (const [path, inode] of namespace) {
      const ways = dataAfterCut(inodes[inode]!);
      trees = trees.flatMap((tree) => ways.map((data) => new Map(tree).set(path, data)));
    }
    disks.push(...trees);
  }
  return disks;
}
