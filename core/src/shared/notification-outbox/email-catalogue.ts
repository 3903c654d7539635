import type { Language } from '../model/language.js';

/** The words of one email in one language. */
export interface EmailWords {
  subject: string;
  text: string;
}

/**
 * One email in every language, written side by side: a record keyed by language, so an email missing its Spanish
 * text fails the typecheck instead of reaching a reader in English. `Facts` arrive formatted for the language
 * (dates, money, links), so each entry only arranges words.
 */
export type EmailCatalogue<Facts> = Record<Language, (facts: Facts) => EmailWords>;
