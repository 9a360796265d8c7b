import { describe, expect, it } from 'vitest';
import { mapBounded } from '../../../main/core/export/bounded';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('mapBounded', () => {
  it('never runs more than the limit at once and keeps the order of the items', async () => {
    let running = 0;
    let most = 0;
    const out = await mapBounded([5, 1, 4, 2, 3, 0, 6, 7, 8, 9], 3, async (n, i) => {
      most = Math.max(most, ++running);
      // Later items finish first, so the order cannot come from finishing.
      for (let k = 0; k < 10 - n; k++) await tick();
      running--;
      return `${i}:${n}`;
    });
    expect(most).toBe(3);
    expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6', '7:7', '8:8', '9:9']);
  });

  it('starts nothing more after a failure and throws the first error', async () => {
    const started: number[] = [];
    await expect(
      mapBounded([0, 1, 2, 3, 4, 5, 6, 7], 2, async (n) => {
        started.push(n);
        await tick();
        if (n === 1) throw new Error('no space');
        return n;
      }),
    ).rejects.toThrow('no space');
    expect(started).toEqual([0, 1, 2]);
  });

  it('answers an empty list at once', async () => {
    expect(await mapBounded([], 4, async () => 1)).toEqual([]);
  });
});
