import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import i18n, { buildResources, detectLanguage, SUPPORTED_LANGUAGES } from '../../src/i18n/i18n';

const localesDir = resolve(__dirname, '../../src/i18n/locales');

/** Keys of a message file, nested keys joined with '.', plural suffixes folded together. */
function keysOf(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}
const PLURAL = /_(zero|one|two|few|many|other)$/;
const normalise = (keys: string[]) => [...new Set(keys.map((k) => k.replace(PLURAL, '')))].sort();

function readNamespace(lang: string, ns: string): unknown {
  return JSON.parse(readFileSync(resolve(localesDir, lang, `${ns}.json`), 'utf8'));
}

const namespacesOf = (lang: string) =>
  readdirSync(resolve(localesDir, lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();

describe('message files', () => {
  it('every namespace exists in every language', () => {
    const [first, ...rest] = SUPPORTED_LANGUAGES.map(namespacesOf);
    for (const other of rest) expect(other).toEqual(first);
    expect(first).toContain('common');
  });

  for (const ns of namespacesOf('en')) {
    it(`namespace "${ns}" has the same keys in en and fr`, () => {
      const en = normalise(keysOf(readNamespace('en', ns)));
      const fr = normalise(keysOf(readNamespace('fr', ns)));
      expect({ missingInFr: en.filter((k) => !fr.includes(k)) }).toEqual({ missingInFr: [] });
      expect({ missingInEn: fr.filter((k) => !en.includes(k)) }).toEqual({ missingInEn: [] });
    });

    it(`namespace "${ns}" follows French typography (a non-breaking space before : ; ? ! and inside « », ’ as apostrophe)`, () => {
      const offending: string[] = [];
      const visit = (value: unknown, key: string) => {
        if (typeof value === 'string') {
          // A punctuation mark after a letter, a digit or a plain space; `?org=` is a URL.
          if (/[^\u00a0\u202f]([:;!]|\?(?!org=))/u.test(value)) offending.push(`${key}: ${value}`);
          // Inside « », a non-breaking space too (a plain one let « Boss (ghost) » break at 375 px).
          if (/«[^\u00a0\u202f]|[^\u00a0\u202f]»/u.test(value)) offending.push(`${key}: ${value}`);
          // The typographic apostrophe (l’unité), never the typewriter one.
          if (value.includes("'")) offending.push(`${key}: ${value}`);
        } else if (typeof value === 'object' && value !== null) {
          for (const [k, v] of Object.entries(value)) visit(v, key ? `${key}.${k}` : k);
        }
      };
      visit(readNamespace('fr', ns), '');
      expect(offending).toEqual([]);
    });

    it(`namespace "${ns}" follows English typography (’ as apostrophe, “ ” as quotes)`, () => {
      const offending: string[] = [];
      const visit = (value: unknown, key: string) => {
        if (typeof value === 'string') {
          // The typewriter marks, never: the person’s manager, “Manager”.
          if (/["']/u.test(value)) offending.push(`${key}: ${value}`);
        } else if (typeof value === 'object' && value !== null) {
          for (const [k, v] of Object.entries(value)) visit(v, key ? `${key}.${k}` : k);
        }
      };
      visit(readNamespace('en', ns), '');
      expect(offending).toEqual([]);
    });

    it(`namespace "${ns}" has no empty messages`, () => {
      for (const lang of SUPPORTED_LANGUAGES) {
        const flat = JSON.stringify(readNamespace(lang, ns));
        expect(flat, `${lang}/${ns}.json`).not.toMatch(/:""/);
      }
    });
  }
});

describe('i18n setup', () => {
  it('writes numbers with the language’s thousands separators', async () => {
    await i18n.changeLanguage('fr');
    expect(i18n.t('directory.count', { ns: 'views', count: 103077 })).toMatch(/^103\u202f077 /);
    await i18n.changeLanguage('en');
    expect(i18n.t('directory.count', { ns: 'views', count: 103077 })).toMatch(/^103,077 /);
  });

  it('loads every message file as a namespace', () => {
    for (const ns of namespacesOf('en')) {
      expect(i18n.hasResourceBundle('en', ns), ns).toBe(true);
      expect(i18n.hasResourceBundle('fr', ns), ns).toBe(true);
    }
  });

  it('groups globbed files by language and namespace', () => {
    const resources = buildResources({
      './locales/en/common.json': { a: 'A' },
      './locales/fr/common.json': { a: 'À' },
      './locales/en/search.json': { b: 'B' },
    });
    expect(resources).toEqual({
      en: { common: { a: 'A' }, search: { b: 'B' } },
      fr: { common: { a: 'À' } },
    });
  });

  it('prefers the saved choice, then the browser language, then English', () => {
    expect(detectLanguage('fr', ['en-US'])).toBe('fr');
    expect(detectLanguage(null, ['fr-CA', 'en'])).toBe('fr');
    expect(detectLanguage(null, ['de-DE', 'en-GB'])).toBe('en');
    expect(detectLanguage('xx', ['de'])).toBe('en');
  });

  it('translates plurals in both languages', async () => {
    await i18n.changeLanguage('fr');
    expect(i18n.t('common:problems.errors', { count: 2 })).toBe('2 erreurs');
    // The import preview's counts: a plural, not "ajout(s)".
    expect(i18n.t('admin:diff.countAdded', { count: 26 })).toBe('26 ajouts');
    expect(i18n.t('admin:diff.countRemoved', { count: 1 })).toBe('1 suppression');
    expect(i18n.t('admin:diff.countChanged', { count: 0 })).toBe('0 modification');
    await i18n.changeLanguage('en');
    expect(i18n.t('common:problems.errors', { count: 1 })).toBe('1 error');
    expect(i18n.t('admin:diff.countAdded', { count: 26 })).toBe('26 added');
  });
});
