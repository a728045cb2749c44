/** A language tag's name in the UI language (`fr` → "French" / "français"); the tag if unknown. */
export function languageName(tag: string, uiLang: string): string {
  try {
    const name = new Intl.DisplayNames([uiLang], { type: 'language' }).of(tag);
    return name && name !== tag ? name : tag;
  } catch {
    return tag;
  }
}
