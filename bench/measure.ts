// Small helpers for `npm run bench`: percentiles, timing, the child-process probe and the bundle size.
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { bundleForNode } from '../tests/helpers/bundleForNode';

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

export async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export type Probe = Record<string, number>;

let probeBundle: Promise<string> | undefined;

/** Runs bench/openProbe.ts, bundled, in a fresh plain Node (no TypeScript loader inflating RSS) and returns what it printed. */
export async function probe(args: string[]): Promise<Probe> {
  probeBundle ??= bundleForNode(
    join(import.meta.dirname, 'openProbe.ts'),
    join(tmpdir(), `dateline-probe-${process.pid}`),
  );
  const { stdout } = await promisify(execFile)(process.execPath, [await probeBundle, ...args], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Probe;
}

const bundles = new Map<string, Promise<string>>();

/** Runs another bench script, bundled, in a fresh plain Node, and returns the JSON it printed last. */
export async function runBundled(entry: string, args: string[]): Promise<Probe> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = bundleForNode(
      join(import.meta.dirname, entry),
      join(tmpdir(), `dateline-${entry.replace(/\W/g, '-')}-${process.pid}`),
    );
    bundles.set(entry, bundle);
  }
  const { stdout } = await promisify(execFile)(process.execPath, [await bundle, ...args], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Probe;
}

/** Median of each figure over `runs` probes. */
export async function probeMedian(args: string[], runs: number): Promise<Probe> {
  const all: Probe[] = [];
  for (let i = 0; i < runs; i++) all.push(await probe(args));
  const keys = Object.keys(all[0] ?? {});
  return Object.fromEntries(
    keys.map((k) => [
      k,
      percentile(
        all.map((p) => p[k] ?? NaN),
        0.5,
      ),
    ]),
  );
}

/** The built renderer's scripts and styles, gzipped, in KB. */
export async function bundleGzipKb(root: string): Promise<number> {
  const assets = join(root, 'out', 'renderer', 'assets');
  const names = (await readdir(assets)).filter((n) => n.endsWith('.js') || n.endsWith('.css'));
  let bytes = 0;
  for (const name of names) bytes += gzipSync(await readFile(join(assets, name)), { level: 9 }).length;
  return bytes / 1024;
}
