import type { OrgData } from './types';

/**
 * The org file as JSON text, ready to save and re-import: one record per line. Fully indented
 * JSON of 100k people is 66 MB, over the 50 MB import limit; this stays within a few bytes per
 * record of compact JSON and still gives readable line-by-line diffs when HR keeps the file in
 * version control.
 */
export function exportOrgJson(data: OrgData): string {
  const fields = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const text = Array.isArray(value)
        ? value.length === 0
          ? '[]'
          : `[\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
        : JSON.stringify(value);
      return `  ${JSON.stringify(key)}: ${text}`;
    });
  return `{\n${fields.join(',\n')}\n}\n`;
}
