/** What the signed-in person chose for their account: the language their emails are written in. */
export interface Preferences {
  readonly language: 'en' | 'es';
}

export const PREFERENCES_URL = '/bff/auth/preferences';
