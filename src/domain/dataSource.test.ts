import { describe, expect, it } from 'vitest';
import { decideStart, DEFAULT_SOURCE, sourceKindOf } from './dataSource';

const URL_A = 'https://intranet.example/org.json';
const URL_B = 'https://intranet.example/other.json';

describe('where the data comes from', () => {
  it('tells the kind of source from the stored sourceUrl', () => {
    expect(sourceKindOf(DEFAULT_SOURCE)).toBe('demo');
    expect(sourceKindOf('import:people.csv')).toBe('import');
    expect(sourceKindOf('editor:published')).toBe('editor');
    expect(sourceKindOf(URL_A)).toBe('url');
  });
});

describe('start-up decision', () => {
  it.each([
    // [stored, requested, decision]
    [undefined, undefined, { action: 'fetch', source: DEFAULT_SOURCE }],
    [undefined, URL_A, { action: 'fetch', source: URL_A }],
    [DEFAULT_SOURCE, undefined, { action: 'show', refreshFrom: DEFAULT_SOURCE }],
    [DEFAULT_SOURCE, URL_A, { action: 'fetch', source: URL_A }],
    [URL_A, undefined, { action: 'show', refreshFrom: URL_A }],
    [URL_A, URL_A, { action: 'show', refreshFrom: URL_A }],
    [URL_A, URL_B, { action: 'fetch', source: URL_B }],
    // HR's imported or published data stays, whatever is configured.
    ['import:people.csv', undefined, { action: 'show' }],
    ['import:people.csv', DEFAULT_SOURCE, { action: 'show' }],
    ['import:people.csv', URL_A, { action: 'show', notFollowed: URL_A }],
    ['editor:published', undefined, { action: 'show' }],
    ['editor:published', URL_A, { action: 'show', notFollowed: URL_A }],
  ] as const)('stored %s, asked for %s', (stored, requested, decision) => {
    expect(
      decideStart({
        ...(stored !== undefined ? { stored } : {}),
        ...(requested !== undefined ? { requested } : {}),
      }),
    ).toEqual(decision);
  });
});
