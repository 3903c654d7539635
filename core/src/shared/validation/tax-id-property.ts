/** How every API documents a tax id field, so customers' and suppliers' contracts say the same. */
export const TAX_ID_PROPERTY = {
  maxLength: 40,
  example: 'ES12345678Z',
  description:
    'An EU VAT number with its country prefix (ES12345678Z, NL123456789B01) or a US EIN (US123456789 or ' +
    '12-3456789). Spaces, dots, hyphens and slashes are ignored and letters are upper-cased; it is stored and ' +
    'answered normalised.',
} as const;
