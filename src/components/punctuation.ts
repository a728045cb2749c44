/**
 * The separator between a label and its value, `Label: value` in English and `Libellé : valeur`
 * in French (a non-breaking space before the colon). For labels written next to data in JSX;
 * whole sentences carry their punctuation in the message files.
 */
export function labelSeparator(lang: string): string {
  return lang.startsWith('fr') ? '\u00a0: ' : ': ';
}
