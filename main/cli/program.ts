import { Command, CommanderError } from 'commander';
import { isDatelineError } from '../../preload/errors';
import pkg from '../../package.json' with { type: 'json' };
import { backup, listBackups, restore } from './commands/backup';
import { exportReleases, type ExportOptions } from './commands/export';
import { importFiles, type ImportOptions } from './commands/import';
import { keys } from './commands/keys';
import { list, show } from './commands/read';
import { validate } from './commands/validate';
import { CliError, type Output } from './output';
import { dataDirOf, taxonomiesOf, withCore } from './session';

/** Runs `dateline ARGS…` and answers with the exit code; every failure is one line on stderr. */
export async function run(argv: string[], output: Output): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('dateline')
    .description('Read, check, export, import and back up Dateline releases, on the same data folder as the app.')
    .version(pkg.version)
    .option('--data <dir>', 'the data folder (default: $DATELINE_DATA_DIR, then the app’s own)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.out(text.trimEnd()),
      writeErr: (text) => output.err(text.trimEnd()),
    });
  const session = (command: Command) => ({
    data: command.optsWithGlobals<{ data?: string }>().data,
    version: pkg.version,
    output,
  });

  program
    .command('list')
    .description('list the releases: id, date, status, type and headline')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      code = await withCore(session(command), false, async (core) => list(core, output, options));
    });
  program
    .command('show')
    .description('show one release: its fields and its text as readers will see it')
    .argument('<id>', 'the id, or a unique start of it')
    .option('--json', 'print the release as stored')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      code = await withCore(session(command), false, (core) => show(core, output, id, options));
    });
  program
    .command('export')
    .description('export releases as HTML, Markdown, an HTML fragment, JSON, PDF, Word, e-mail or NINJS')
    .argument('[ids...]', 'the releases to export (default: every approved release)')
    .option('--all', 'export every release; those not approved carry a DRAFT banner')
    .option('--status <status>', 'export the releases in this state: draft, in-review, approved or published')
    .requiredOption(
      '--format <format>',
      'html, md, fragment, json, pdf, docx, eml, ninjs, several with commas, or all (PDF needs Chrome or Chromium)',
    )
    .requiredOption('--out <dir>', 'the folder to write into (created if missing)')
    .option('--force', 'replace files that exist')
    .action(async (ids: string[], options: ExportOptions, command: Command) => {
      code = await withCore(session(command), false, (core) => exportReleases(core, output, ids, options));
    });
  program
    .command('import')
    .description(
      'import releases from text, Markdown or JSON files as new drafts; refused files are listed with the reason',
    )
    .argument('<files...>', '.txt, .eml, .docx, .html, .md or .json files, or - for standard input (pasted text)')
    .option('--dry-run', 'write nothing: show what would be imported')
    .option(
      '--json',
      'print the releases, as the store holds them, as a JSON array on standard output and nothing else',
    )
    .action(async (files: string[], options: ImportOptions, command: Command) => {
      // A dry run reads no data folder: it needs only the lists the labels are mapped onto.
      code = options.dryRun
        ? await importFiles({ taxonomies: await taxonomiesOf() }, output, files, options)
        : await withCore(session(command), true, (core) => importFiles(core, output, files, options));
    });
  program
    .command('validate')
    .description('run the house-style checks; exit code 1 when any finding is an error')
    .argument('[ids...]', 'the releases to check (default: all)')
    .action(async (ids: string[], _options: unknown, command: Command) => {
      code = await withCore(session(command), false, (core) => validate(core, output, ids));
    });
  program
    .command('backup')
    .description('take a snapshot of the releases, their history and the settings now')
    .action(async (_options: unknown, command: Command) => {
      code = await withCore(session(command), true, (core) => backup(core, output));
    });
  program
    .command('restore')
    .description('replace the releases, their history and the settings with a snapshot; what is there is kept first')
    .argument('[snapshot]', 'the snapshot’s name, as `dateline restore --list` prints it')
    .option('--list', 'list the snapshots, newest first')
    .option('--json', 'with --list: print JSON')
    .action(async (name: string | undefined, options: { list?: boolean; json?: boolean }, command: Command) => {
      if (options.list && name) throw new CliError('Give a snapshot to restore or --list, not both.');
      if (options.list) code = await listBackups(dataDirOf(session(command)), output, options);
      else if (!name) throw new CliError('Name the snapshot to restore; `dateline restore --list` shows them.');
      else code = await withCore(session(command), true, (core) => restore(core, output, name));
    });
  program
    .command('keys')
    .description('print your public key (to send to IT, who list approvers); --create makes your key pair first')
    .option('--create', 'make your key pair; an existing one is never replaced')
    .action(async (options: { create?: boolean }, command: Command) => {
      code = await keys(dataDirOf(session(command)), output, options);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError)
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    if (error instanceof CliError) {
      output.err(`dateline: ${error.message}`);
      return error.exitCode;
    }
    if (isDatelineError(error)) {
      output.err(`dateline: ${error.message}`);
      return error.code === 'NOT_FOUND' ? 2 : 1;
    }
    output.err(`dateline: unexpected error: ${(error as Error).message ?? String(error)}`);
    return 70;
  }
}
