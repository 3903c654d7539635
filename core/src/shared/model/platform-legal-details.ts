/** Who issues invoices and receipts: printed on every one, as the law of the platform's seat requires. */
export interface PlatformLegalDetails {
  legalName: string;
  taxId: string;
  address: readonly string[];
  email: string;
  /** Where suppliers pay invoices. */
  iban: string;
}

export const PLATFORM_LEGAL_DETAILS: PlatformLegalDetails = {
  legalName: 'AstroBookings S.L.',
  taxId: 'ESB12345674',
  address: ['Calle de la Luna 12', '28004 Madrid', 'Spain'],
  email: 'billing@astrobookings.test',
  iban: 'ES91 2100 0418 4502 0005 1332',
};
