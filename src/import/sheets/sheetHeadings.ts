/**
 * The headings of the two sheets of the round trip. The words come from the interface's
 * translations (`editor:sheet.heading.*`), passed in by the page: a file is exported with the
 * headings of the interface's language and read back with those of either language.
 */
/** The RACI sheet's first columns; the positions' columns follow. */
export const RACI_HEADINGS = ['topicId', 'topic', 'sharedChannel'] as const;

/** The service catalogue's columns, in the order of the export. */
export const SERVICE_HEADINGS = [
  'topicId',
  'unitId',
  'nameEn',
  'nameFr',
  'descriptionEn',
  'descriptionFr',
  'keywordsEn',
  'keywordsFr',
  'responseTimeEn',
  'responseTimeFr',
  'leadTimeEn',
  'leadTimeFr',
  'costEn',
  'costFr',
  'stepsEn',
  'stepsFr',
  'equipmentEn',
  'equipmentFr',
  'requestEmail',
  'requestUrl',
  'requestPhone',
  'requestChat',
] as const;

export type ServiceHeading = (typeof SERVICE_HEADINGS)[number];
export type HeadingKey = ServiceHeading | (typeof RACI_HEADINGS)[number];

/** The words of every heading in one language. */
export type SheetHeadings = Record<HeadingKey, string>;
