import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../helpers/golden';
import { GOLDEN, GOLDEN_OUTPUTS } from '../../helpers/goldenOutputs';

// The exact HTML document, fragment and Markdown of each sample; `npm run golden:update` rewrites them.
describe.each(Object.keys(GOLDEN_OUTPUTS))('the golden file %s', (name) => {
  it('is what the exporter makes today', async () => {
    await expectGolden(name, await GOLDEN_OUTPUTS[name]!());
  });
});

describe('golden files', () => {
  it('are exactly the outputs the tests make: none is left unchecked', async () => {
    expect((await readdir(GOLDEN)).sort()).toEqual(Object.keys(GOLDEN_OUTPUTS).sort());
  });

  it('fail a missing file instead of writing it, even when asked to update', async () => {
    const previous = process.env.UPDATE_GOLDEN;
    process.env.UPDATE_GOLDEN = '1';
    try {
      await expect(expectGolden('no-such-golden.html', '<p>new</p>')).rejects.toThrow(/missing/);
      expect(existsSync(`${GOLDEN}/no-such-golden.html`)).toBe(false);
      const [name, render] = Object.entries(GOLDEN_OUTPUTS)[0]!;
      await expect(expectGolden(name, `${await render()}changed`)).rejects.toThrow(/differs/);
    } finally {
      if (previous === undefined) delete process.env.UPDATE_GOLDEN;
      else process.env.UPDATE_GOLDEN = previous;
    }
  });
});
