import type { Language } from '../model/language.js';

/**
 * A link into a web app for a reader of `language`: English pages live at the site root, Spanish ones under
 * `/es/`, so a Spanish email never lands its reader on an English page. `path` starts with a slash.
 */
export function localizedUrl(base: string, language: Language, path: string): string {
  return language === 'en' ? `${base}${path}` : `${base}/${language}${path}`;
}
