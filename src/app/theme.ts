/**
 * The colour theme the user chose in the header: follow the system, or force light or dark.
 * Remembered on the device. public/theme-boot.js reads the same key before the first paint (no
 * white flash on a dark page); keep the key and the values in step with it.
 */
export const THEME_KEY = 'wayfinder.theme';
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The browser bar's colour per theme (index.html's two theme-color metas say the same). */
export const THEME_COLORS = { light: '#2f5bea', dark: '#0f131c' } as const;

const isChoice = (v: unknown): v is ThemeChoice => THEME_CHOICES.includes(v as ThemeChoice);

export function readTheme(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_KEY);
    return isChoice(stored) ? stored : 'system';
  } catch {
    // Storage refused (private mode, policy): the system's theme.
    return 'system';
  }
}

/** Sets <html data-theme> (tokens.css resolves every colour from it) and the bar colour. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const scheme = meta.media.includes('dark') ? 'dark' : 'light';
    meta.content = THEME_COLORS[choice === 'system' ? scheme : choice];
  }
}

export function saveTheme(choice: ThemeChoice): void {
  applyTheme(choice);
  try {
    if (choice === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Not remembered, still applied for this visit.
  }
}
