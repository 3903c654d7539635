/** The languages the web apps ship in; English is the default and lives at the site root. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The language the person was reading when they sent a form: every form carries it in a hidden `_locale`
 * field (see `ab-csrf-field`), so the BFF can answer, and the Auth API remember, in that language.
 */
export function formLocale(body: unknown): Locale {
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['_locale'] : undefined;
  return value === 'es' ? 'es' : 'en';
}
