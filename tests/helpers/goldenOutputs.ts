import { releaseToHtmlDocument, releaseToHtmlFragment } from '../../common/export/html';
import { releaseToMarkdown } from '../../common/export/markdown';
import { join } from 'node:path';
import { ROOT } from './paths';
import { SAMPLE_FILES, loadSample } from './samples';

export const GOLDEN = join(ROOT, 'tests', 'golden');

/** Every golden file and how its text is made: the tests compare with it, `npm run golden:update` writes it. */
export const GOLDEN_OUTPUTS: Record<string, () => Promise<string>> = Object.fromEntries(
  SAMPLE_FILES.flatMap((name) => [
    [`${name}.html`, async () => releaseToHtmlDocument(await loadSample(name))],
    [`${name}.fragment.html`, async () => `${releaseToHtmlFragment(await loadSample(name))}\n`],
    [`${name}.md`, async () => releaseToMarkdown(await loadSample(name))],
  ]),
);
