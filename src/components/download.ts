/**
 * Saving what the app made (an org file, a CSV, a vCard, a chart image) as a file, through a
 * temporary object URL: no network involved. The URL is revoked late because a big PNG can take
 * seconds to be written after the click.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** A file-name-safe form of a name: `Inès Laurent` → `ines-laurent` (`fallback` when empty). */
export function fileSlug(name: string, fallback: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || fallback
  );
}

/** `acme-2026-01-15.json` from the organisation name and a date. */
export function exportFileName(orgName: string, date: string, ext: string): string {
  return `${fileSlug(orgName, 'org')}-${date}.${ext}`;
}

export const formatBytes = (bytes: number, lang: string): string => {
  const units = lang.startsWith('fr') ? ['o', 'Ko', 'Mo'] : ['B', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
};
