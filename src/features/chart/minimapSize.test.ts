import { describe, expect, it } from 'vitest';
import { MINIMAP_MAX, MINIMAP_MIN, minimapSize } from './minimapSize';

describe('minimap size', () => {
  it('takes the shape of a wide chart instead of leaving most of its frame empty', () => {
    // The sample's first view, top-down.
    const size = minimapSize({ width: 12_156, height: 1_518 });
    expect(size).toEqual({ width: 200, height: MINIMAP_MIN.height });
    // The cards' strip (25 px high at this scale) fills more than half of it.
    expect((1_518 * 200) / 12_156 / size.height).toBeGreaterThan(0.5);
  });

  it('a tall chart is narrow, a square one uses the whole box, nothing exceeds it', () => {
    expect(minimapSize({ width: 3_002, height: 10_178 })).toEqual({ width: 60, height: 150 });
    expect(minimapSize({ width: 1_000, height: 1_000 })).toEqual({ width: 150, height: 150 });
    expect(minimapSize({ width: 4_000, height: 3_000 })).toEqual(MINIMAP_MAX);
    expect(minimapSize({ width: 0, height: 0 })).toEqual(MINIMAP_MAX);
  });
});
