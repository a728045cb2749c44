/** English and French text, in that order: the generator's tables are written this way. */
export type Bi = readonly [en: string, fr: string];
