import type { Language } from '../model/language.js';

/** One email as the platform hands it to the mail relay. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /**
   * What subject and text are written in, so the HTML part is marked up in it; English when left out, as in the
   * emails other services send through POST /notifications/email.
   */
  language?: Language;
}
