// Serves the built renderer over http: file:// pages cannot load module scripts.
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { ROOT } from '../../helpers/paths';

const port = Number(process.argv[2] ?? 4517);
const serve = sirv(join(ROOT, 'out', 'renderer'), { dev: true, etag: false });
createServer((request, response) => serve(request, response)).listen(port, '127.0.0.1', () => {
  console.log(`Serving out/renderer on http://127.0.0.1:${port}/`);
});
