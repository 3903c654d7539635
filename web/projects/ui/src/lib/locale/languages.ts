import { inject, InjectionToken, LOCALE_ID, type Provider } from '@angular/core';

export interface Language {
  /** BCP 47 code, as in `lang` and `hreflang`. */
  readonly code: 'en' | 'es';
  /** The language's name in itself, so a reader of the other language still recognises it. */
  readonly name: string;
  /** Where its pages live: English at the site root, Spanish under `/es` (see each app's `i18n` in angular.json). */
  readonly prefix: '' | '/es';
  /** Open Graph's `language_TERRITORY` form. */
  readonly ogLocale: string;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', prefix: '', ogLocale: 'en_US' },
  { code: 'es', name: 'Español', prefix: '/es', ogLocale: 'es_ES' },
];

/**
 * The languages this app ships in. English only until the app provides `provideLanguages()`, i.e. until its
 * pages are translated and its build is localized; the language switch and `hreflang` alternates follow it.
 */
export const SHIPPED_LANGUAGES = new InjectionToken<readonly Language[]>('SHIPPED_LANGUAGES', {
  factory: () => [LANGUAGES[0]],
});

/** For an app built in every language of `LANGUAGES`. */
export function provideLanguages(): Provider {
  return { provide: SHIPPED_LANGUAGES, useValue: LANGUAGES };
}

/** The language this build of the app was compiled in (each locale is its own bundle). */
export function pageLanguage(): Language {
  const locale = inject(LOCALE_ID);
  return LANGUAGES.find((language) => locale.startsWith(language.code)) ?? LANGUAGES[0];
}
