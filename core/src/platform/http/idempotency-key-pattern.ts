/** Letters, digits and `-_.:`, 8 to 128 characters: fits a UUID or any client-generated token. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;
