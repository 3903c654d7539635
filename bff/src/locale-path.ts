import type { Locale } from './form-locale.js';

/**
 * A page path of this app (`/bookings/42?paid=1`) in `locale`: English pages live at the site root, the
 * others under their code (`/es/bookings/42?paid=1`). Paths already in a language, the BFF's own `/bff/`
 * routes and anything that is not a local path are left as they are.
 */
export function localePath(path: string, locale: Locale): string {
  if (locale === 'en' || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/bff/')) {
    return path;
  }
  if (localeOfPath(path) !== 'en') return path;
  return path === '/' ? `/${locale}/` : `/${locale}${path}`;
}

/** The language a page path is in: its first segment when that names a language, English otherwise. */
export function localeOfPath(path: string): Locale {
  return /^\/es(?:[/?#]|$)/.test(path) ? 'es' : 'en';
}
