/** What a browser chose with the theme switch: `system` follows `prefers-color-scheme`. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The localStorage key, read before the first paint by `public/theme.js` too. */
const KEY = 'ab-theme';

export function storedTheme(storage: Storage): ThemeChoice {
  try {
    const value = storage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/**
 * Remembers the choice and applies it to the page as `public/theme.js` does on the next load: `data-theme`
 * on the root element (the tokens' `color-scheme` follows it) and the matching `theme-color`.
 */
export function applyTheme(document: Document, choice: ThemeChoice): void {
  try {
    if (choice === 'system') document.defaultView?.localStorage.removeItem(KEY);
    else document.defaultView?.localStorage.setItem(KEY, choice);
  } catch {
    // Storage refused (privacy settings): the choice lasts for this page only.
  }
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
  for (const meta of Array.from(document.querySelectorAll('meta[name="theme-color"][data-theme]'))) {
    const theme = meta.getAttribute('data-theme');
    const media =
      choice === 'system' ? `(prefers-color-scheme: ${theme})` : theme === choice ? 'all' : 'not all';
    meta.setAttribute('media', media);
  }
}
