import { describe, expect, it } from 'vitest';
import { cellOf, clampCell, moveCell, PAGE_ROWS } from './gridKeys';

describe('moveCell', () => {
  const rows = 100;
  const cols = 40;
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveCell([5, 5], { key: 'ArrowDown' }, rows, cols)).toEqual([6, 5]);
    expect(moveCell([5, 5], { key: 'ArrowLeft' }, rows, cols)).toEqual([5, 4]);
    expect(moveCell([0, 0], { key: 'ArrowUp' }, rows, cols)).toEqual([0, 0]);
    expect(moveCell([99, 39], { key: 'ArrowRight' }, rows, cols)).toEqual([99, 39]);
  });
  it('goes to the ends of the row, or of the grid with Ctrl', () => {
    expect(moveCell([5, 5], { key: 'End' }, rows, cols)).toEqual([5, 39]);
    expect(moveCell([5, 5], { key: 'Home' }, rows, cols)).toEqual([5, 0]);
    expect(moveCell([5, 5], { key: 'End', ctrlKey: true }, rows, cols)).toEqual([99, 39]);
    expect(moveCell([5, 5], { key: 'Home', metaKey: true }, rows, cols)).toEqual([0, 0]);
  });
  it('moves a page of rows', () => {
    expect(moveCell([5, 5], { key: 'PageDown' }, rows, cols)).toEqual([5 + PAGE_ROWS, 5]);
    expect(moveCell([5, 5], { key: 'PageUp' }, rows, cols)).toEqual([0, 5]);
  });
  it('ignores other keys and empty grids', () => {
    expect(moveCell([5, 5], { key: 'Enter' }, rows, cols)).toBeUndefined();
    expect(moveCell([0, 0], { key: 'ArrowDown' }, 0, 0)).toBeUndefined();
  });
});

describe('clampCell and cellOf', () => {
  it('keeps a cell inside a grid that shrank', () => {
    expect(clampCell([50, 50], 10, 3)).toEqual([9, 2]);
  });
  it('reads data-cell', () => {
    expect(cellOf('12:3')).toEqual([12, 3]);
    expect(cellOf('x')).toBeUndefined();
    expect(cellOf(undefined)).toBeUndefined();
  });
});
