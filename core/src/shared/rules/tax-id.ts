/**
 * The tax id formats the platform accepts, for customers and suppliers alike: the EU VAT number of each member
 * state (its prefix, then the national format; `XI` is Northern Ireland) and the US EIN. Only the shape is
 * checked: whether the number is registered is the tax office's answer, not ours.
 */
const FORMATS: Readonly<Record<string, { pattern: RegExp; shape: string }>> = {
  AT: { pattern: /^U\d{8}$/, shape: 'U and 8 digits' },
  BE: { pattern: /^[01]\d{9}$/, shape: '0 or 1 and 9 digits' },
  BG: { pattern: /^\d{9,10}$/, shape: '9 or 10 digits' },
  CY: { pattern: /^\d{8}[A-Z]$/, shape: '8 digits and a letter' },
  CZ: { pattern: /^\d{8,10}$/, shape: '8 to 10 digits' },
  DE: { pattern: /^\d{9}$/, shape: '9 digits' },
  DK: { pattern: /^\d{8}$/, shape: '8 digits' },
  EE: { pattern: /^\d{9}$/, shape: '9 digits' },
  EL: { pattern: /^\d{9}$/, shape: '9 digits' },
  ES: { pattern: /^[A-Z0-9]\d{7}[A-Z0-9]$/, shape: 'a letter or digit, 7 digits and a letter or digit' },
  FI: { pattern: /^\d{8}$/, shape: '8 digits' },
  FR: { pattern: /^[A-Z0-9]{2}\d{9}$/, shape: '2 letters or digits and 9 digits' },
  HR: { pattern: /^\d{11}$/, shape: '11 digits' },
  HU: { pattern: /^\d{8}$/, shape: '8 digits' },
  // The current form, 7 digits and one or two letters, and the old one with a letter or symbol second.
  IE: { pattern: /^(\d{7}[A-Z]{1,2}|\d[A-Z+*]\d{5}[A-Z])$/, shape: '7 digits and 1 or 2 letters' },
  IT: { pattern: /^\d{11}$/, shape: '11 digits' },
  LT: { pattern: /^(\d{9}|\d{12})$/, shape: '9 or 12 digits' },
  LU: { pattern: /^\d{8}$/, shape: '8 digits' },
  LV: { pattern: /^\d{11}$/, shape: '11 digits' },
  MT: { pattern: /^\d{8}$/, shape: '8 digits' },
  NL: { pattern: /^\d{9}B\d{2}$/, shape: '9 digits, B and 2 digits' },
  PL: { pattern: /^\d{10}$/, shape: '10 digits' },
  PT: { pattern: /^\d{9}$/, shape: '9 digits' },
  RO: { pattern: /^\d{2,10}$/, shape: '2 to 10 digits' },
  SE: { pattern: /^\d{12}$/, shape: '12 digits' },
  SI: { pattern: /^\d{8}$/, shape: '8 digits' },
  SK: { pattern: /^\d{10}$/, shape: '10 digits' },
  XI: { pattern: /^(\d{9}|\d{12})$/, shape: '9 or 12 digits' },
  US: { pattern: /^\d{9}$/, shape: '9 digits (the EIN)' },
};

/** An EIN as Americans write it, `12-3456789`, without the country prefix the other formats carry. */
const BARE_EIN = /^\s*\d{2}\s*-\s*\d{7}\s*$/;

/**
 * The stored spelling of a tax id: upper case without the spaces, dots, hyphens and slashes people type
 * between groups (`es 1234.5678-z` is `ES12345678Z`); a bare EIN gets its `US` prefix.
 */
export function normalizeTaxId(text: string): string {
  const compact = text.toUpperCase().replace(/[\s.\-/]/g, '');
  return BARE_EIN.test(text) ? `US${compact}` : compact;
}

/** Why a normalised tax id is refused, in a sentence; undefined when it has its country's format. */
export function taxIdProblem(normalized: string): string | undefined {
  const format = FORMATS[normalized.slice(0, 2)];
  if (!format) {
    return 'taxId must start with an EU VAT country prefix (such as ES, DE or FR) or US for an EIN';
  }
  return format.pattern.test(normalized.slice(2))
    ? undefined
    : `a ${normalized.slice(0, 2)} taxId is ${normalized.slice(0, 2)} followed by ${format.shape}`;
}

export function isValidTaxId(normalized: string): boolean {
  return taxIdProblem(normalized) === undefined;
}
