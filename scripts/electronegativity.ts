// `npm run lint:security`: Electronegativity's Electron security checks over the app's code, failing on
// any HIGH or MEDIUM finding that scripts/electronegativity-accepted.ts does not accept with a reason.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ACCEPTED_FINDINGS } from './electronegativity-accepted';

const ROOT = resolve(import.meta.dirname, '..');
const REPORT = join(ROOT, '.reports', 'electronegativity.csv');
/** What is scanned: the Electron code and the page it loads, as sources and, when built from them, as shipped. */
const SOURCES = ['main', 'preload', 'renderer/index.html', 'renderer/src'];
const BUILT = ['out/main', 'out/preload', 'out/renderer'];

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL'; value: number };
  confidence: { name: string };
  description: string;
  manualReview: boolean;
}

/** Electronegativity's programmatic entry (its `electronegativity` command resolves the app's own, newer commander and fails). */
type Run = (options: {
  input: string;
  output: string;
  isSarif: boolean;
  customScan: string[];
  excludeFromScan: string[];
  isRelative: boolean;
  electronVersionOverride: string;
  parserPlugins: string[];
}) => Promise<{ issues: Issue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;

/** The modification times of every file under a path. */
async function fileTimes(path: string): Promise<number[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [info.mtimeMs];
  const entries = await readdir(path);
  return (await Promise.all(entries.map((entry) => fileTimes(join(path, entry))))).flat();
}

/** Whether out/ holds a build newer than every source, so scanning it says something about the sources. */
async function builtIsCurrent(): Promise<boolean> {
  try {
    const built = (await Promise.all(BUILT.map((path) => fileTimes(join(ROOT, path))))).flat();
    const sources = (await Promise.all(SOURCES.map((path) => fileTimes(join(ROOT, path))))).flat();
    return built.length > 0 && Math.min(...built) >= Math.max(...sources);
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const electron = pkg.devDependencies.electron!;
  const scanBuilt = await builtIsCurrent();
  // Only these folders are copied into a scratch folder, so node_modules, tests and scripts stay out of the scan.
  const stage = await mkdtemp(join(tmpdir(), 'dateline-electronegativity-'));
  try {
    for (const path of [...SOURCES, ...(scanBuilt ? BUILT : [])]) {
      await mkdir(dirname(join(stage, path)), { recursive: true });
      await cp(join(ROOT, path), join(stage, path), { recursive: true, filter: (from) => !/\.test\.tsx?$/.test(from) });
    }
    await mkdir(dirname(REPORT), { recursive: true });
    const { issues, errors } = await run({
      input: stage,
      output: REPORT,
      isSarif: false,
      customScan: [],
      excludeFromScan: [],
      isRelative: true,
      electronVersionOverride: electron,
      parserPlugins: [],
    });
    const file = (issue: Issue) => relative(stage, resolve(stage, issue.file)).split('\\').join('/');
    const serious = issues.filter((issue) => issue.severity.value >= 2);
    const accepted = (issue: Issue) => ACCEPTED_FINDINGS.find((a) => a.check === issue.id && a.file === file(issue));
    const refused = serious.filter((issue) => !accepted(issue));
    const unreadable = errors.filter((error) => !error.tolerable);

    console.log(
      `Electronegativity (Electron ${electron}) over ${scanBuilt ? 'the sources and the build in out/' : 'the sources (out/ is missing or older than the sources: build, then run again to scan it too)'}:`,
    );
    for (const issue of serious) {
      const where = `${file(issue)}:${issue.location.line}`;
      const verdict = accepted(issue) ? 'accepted' : 'NOT ACCEPTED';
      console.log(
        `  ${verdict.padEnd(12)} ${issue.severity.name.padEnd(6)} ${issue.id} at ${where}: ${issue.description}`,
      );
    }
    const minor = issues.length - serious.length;
    console.log(`  ${serious.length} high or medium, ${minor} low or informational (in ${relative(ROOT, REPORT)}).`);
    for (const error of unreadable) console.log(`  could not read ${error.file}: ${error.message}`);
    const scanned = (path: string) => scanBuilt || !path.startsWith('out/');
    for (const entry of ACCEPTED_FINDINGS.filter((a) => scanned(a.file))) {
      if (!serious.some((issue) => issue.id === entry.check && file(issue) === entry.file)) {
        console.log(
          `  note: the accepted ${entry.check} in ${entry.file} is no longer found; remove it from the list.`,
        );
      }
    }
    if (refused.length > 0 || unreadable.length > 0) {
      console.log(
        'lint:security failed: fix each finding marked NOT ACCEPTED, or accept it with its reason in scripts/electronegativity-accepted.ts and README.md.',
      );
      return 1;
    }
    return 0;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

process.exitCode = await main();
