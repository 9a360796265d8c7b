// The `dateline` command: plain Node over the same core and store as the app.
import { consoleOutput } from './output';
import { run } from './program';

process.exitCode = await run(process.argv.slice(2), consoleOutput);
