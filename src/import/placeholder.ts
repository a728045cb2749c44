/**
 * Contact cells that say "not disclosed" rather than give a contact (`N/D`, `N/A`, `-`, `TBD`…):
 * a people import leaves them empty, with a warning. One home, because the CSV export guards
 * such a value (see `csvCell.ts`) so that a stored phone of `-` still reads back as itself.
 */
export const CONTACT_PLACEHOLDER = /^(n\/?d|n\/?a|none|-+|tbc|tbd|\?+|x+|aucun|néant|neant)$/i;
