import { describe, expect, it } from 'vitest';
import { virtualSpans, withKept } from './virtualSpans';

const item = (index: number, start: number, size = 10) => ({ index, start, end: start + size });

describe('virtualSpans', () => {
  it('puts the space of the items left out before, between and after the drawn ones', () => {
    // Items 3-4 in view, item 9 kept (the active row); 12 items of 10 after a margin of 50.
    const spans = virtualSpans([item(3, 80), item(4, 90), item(9, 140)], 50, 120);
    expect(spans.map((s) => ('gap' in s ? s.gap : `#${s.item.index}`))).toEqual([
      30,
      '#3',
      '#4',
      40,
      '#9',
      20,
    ]);
  });
  it('draws no gap when the items cover everything', () => {
    expect(virtualSpans([item(0, 0), item(1, 10)], 0, 20)).toHaveLength(2);
    expect(virtualSpans([], 0, 0)).toEqual([]);
  });
});

describe('withKept', () => {
  it('adds the kept indexes in order, once, and only existing ones', () => {
    expect(withKept([4, 5, 6], [9, 5, -1, 40], 20)).toEqual([4, 5, 6, 9]);
    expect(withKept([4, 5], [1], 20)).toEqual([1, 4, 5]);
  });
});
