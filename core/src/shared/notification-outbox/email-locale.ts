import type { Language } from '../model/language.js';

/** The Intl locale each email language formats dates and money in: Spanish as written in Spain. */
export const EMAIL_LOCALES: Record<Language, string> = { en: 'en', es: 'es-ES' };
