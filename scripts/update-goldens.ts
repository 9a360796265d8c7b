// Rewrites tests/golden/ from the current exporters: run by a person after a deliberate change, then read `git diff`.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GOLDEN, GOLDEN_OUTPUTS } from '../tests/helpers/goldenOutputs';

for (const [name, render] of Object.entries(GOLDEN_OUTPUTS)) {
  await writeFile(join(GOLDEN, name), await render());
  console.log(`wrote tests/golden/${name}`);
}
console.log('Now read `git diff tests/golden` before committing.');
