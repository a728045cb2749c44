import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('marks matched words, accents and plurals included', () => {
    expect(highlightSegments('Congés et RTT', new Set(['conge', 'rtt']))).toEqual([
      { text: 'Congés', match: true },
      { text: ' et ', match: false },
      { text: 'RTT', match: true },
    ]);
  });

  it('returns the text whole when nothing matches', () => {
    expect(highlightSegments('Payslip', new Set())).toEqual([{ text: 'Payslip', match: false }]);
    expect(highlightSegments('Payslip', new Set(['laptop']))).toEqual([
      { text: 'Payslip', match: false },
    ]);
  });
});
