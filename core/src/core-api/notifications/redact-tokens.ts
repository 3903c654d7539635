/**
 * Replaces the secret of every `#token=`, `?token=` or `&token=` link in a text. Emails with verification,
 * reset and invitation links are kept in the outbox for IT employees to inspect; once sent, the links must
 * not be usable by whoever reads the queue.
 */
export function redactTokens(text: string): string {
  return text.replace(/([?&#]token=)[^\s&"'<>]+/g, '$1[redacted]');
}
