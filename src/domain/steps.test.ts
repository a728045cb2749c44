import { describe, expect, it } from 'vitest';
import { runSliced, runToEnd } from './steps';

function* countTo(n: number, seen: number[]): Generator<void, number> {
  for (let i = 1; i <= n; i++) {
    seen.push(i);
    yield;
  }
  return n * 10;
}

describe('runToEnd', () => {
  it('drives every step and returns what the steps build', () => {
    const seen: number[] = [];
    expect(runToEnd(countTo(5, seen))).toBe(50);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('runSliced', () => {
  it('gives the thread back between slices and still returns the whole result', async () => {
    const seen: number[] = [];
    let otherWork = 0;
    // With a slice of 0 ms every step is its own slice: a timer queued now runs between them.
    const timer = setInterval(() => otherWork++, 0);
    const result = await runSliced(countTo(20, seen), () => true, 0);
    clearInterval(timer);
    expect(result).toBe(200);
    expect(seen).toHaveLength(20);
    expect(otherWork).toBeGreaterThan(0);
  });

  it('stops at a pause once the build is no longer wanted', async () => {
    const seen: number[] = [];
    let wanted = true;
    setTimeout(() => (wanted = false), 0);
    const result = await runSliced(countTo(1000, seen), () => wanted, 0);
    expect(result).toBeUndefined();
    expect(seen.length).toBeLessThan(1000);
  });
});
