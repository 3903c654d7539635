/** The languages people read AstroBookings in; English is the default and every older account's. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A stored language as the platform uses it: accounts created before languages existed read as English. */
export function languageOf(stored: string | null | undefined): Language {
  return stored === 'es' ? 'es' : 'en';
}
