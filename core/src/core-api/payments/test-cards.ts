/** How the simulated card checkout answers each card number, like a real gateway's test cards. */
export type CardOutcome = 'success' | 'decline' | 'three-ds-success' | 'unknown';

export const TEST_CARDS = {
  success: '4242 4242 4242 4242',
  decline: '4000 0000 0000 0002',
  threeDs: '4000 0000 0000 3220',
} as const;

export function cardOutcome(cardNumber: string): CardOutcome {
  const digits = cardNumber.replace(/[\s-]/g, '');
  if (digits === TEST_CARDS.decline.replace(/\s/g, '')) return 'decline';
  if (digits === TEST_CARDS.threeDs.replace(/\s/g, '')) return 'three-ds-success';
  if (/^4242\d{12}$/.test(digits)) return 'success';
  return 'unknown';
}
