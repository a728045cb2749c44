// Runs in <head> before the first paint: applies the theme chosen in the header so a dark page
// never flashes white on load. Key and values are src/app/theme.ts's (THEME_KEY, THEME_CHOICES).
(function () {
  try {
    var theme = localStorage.getItem('wayfinder.theme');
    if (theme === 'light' || theme === 'dark') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch (e) {
    // Storage refused: the system's theme (tokens.css follows prefers-color-scheme).
  }
})();
