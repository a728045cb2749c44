/** The headings the page passes in, from the real translations (for the unit tests). */
import en from '../../i18n/locales/en/editor.json';
import fr from '../../i18n/locales/fr/editor.json';
import type { SheetHeadings } from './sheetHeadings';

export const EN: SheetHeadings = en.sheet.heading;
export const FR: SheetHeadings = fr.sheet.heading;
