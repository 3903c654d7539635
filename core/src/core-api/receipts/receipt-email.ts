import type { Language } from '../../shared/model/language.js';
import type { ReceiptKind } from '../../shared/model/operations/receipt.entity.js';
import { EMAIL_LOCALES } from '../../shared/notification-outbox/email-locale.js';
import { localizedUrl } from '../../shared/notification-outbox/localized-url.js';
import { moneyText } from '../../shared/notification-outbox/money-text.js';
import type { OutgoingEmail } from '../../shared/notification-outbox/outgoing-email.js';
import { RECEIPT } from './receipt.email.js';

export interface ReceiptEmailFacts {
  to: string;
  language: Language;
  number: string;
  kind: ReceiptKind;
  missionName: string;
  amountMinor: number;
  currency: string;
  reference: string;
  bookingId: string;
  customerWebUrl: string;
}

/** The email that carries a receipt, in the payer's language, linking to the booking page with its PDF. */
export function receiptEmail(facts: ReceiptEmailFacts): OutgoingEmail {
  return {
    to: facts.to,
    language: facts.language,
    ...RECEIPT[facts.language]({
      number: facts.number,
      kind: facts.kind,
      missionName: facts.missionName,
      amount: moneyText(facts.amountMinor, facts.currency, EMAIL_LOCALES[facts.language]),
      reference: facts.reference,
      link: localizedUrl(facts.customerWebUrl, facts.language, `/bookings/${facts.bookingId}`),
    }),
  };
}
