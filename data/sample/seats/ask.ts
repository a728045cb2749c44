import type { BiList } from '../types';

/** "Ask me about" words: English, then French. */
export const ask = (en: string[], fr: string[]): BiList => [en, fr];
