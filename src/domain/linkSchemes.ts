/**
 * The one list of link schemes a value from the org file may be made clickable with. Validation
 * warns about every other scheme (src/domain/validation/content.ts) and the views refuse to link
 * them (src/components/safeUrl.ts): both read this set, so a warning and a plain-text link always
 * agree.
 */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);
