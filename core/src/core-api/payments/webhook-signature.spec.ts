import { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

const SECRET = 'test-webhook-secret-0123456789';
const payload = JSON.stringify({ id: 'evt_1', amount: 100 });

describe('webhook signature', () => {
  it('accepts a payload signed with the shared secret', () => {
    expect(verifyWebhookSignature(payload, signWebhook(payload, SECRET), SECRET)).toBe(true);
  });

  it('rejects another secret, a changed payload or a missing header', () => {
    const signature = signWebhook(payload, SECRET);
    expect(verifyWebhookSignature(payload, signWebhook(payload, 'another-secret-0123456789'), SECRET)).toBe(
      false,
    );
    expect(verifyWebhookSignature(payload.replace('100', '1'), signature, SECRET)).toBe(false);
    expect(verifyWebhookSignature(payload, undefined, SECRET)).toBe(false);
    expect(verifyWebhookSignature(payload, 't=abc,v1=zz', SECRET)).toBe(false);
  });

  it('rejects a delivery signed more than five minutes ago', () => {
    const signature = signWebhook(payload, SECRET, Date.now() - 10 * 60 * 1000);
    expect(verifyWebhookSignature(payload, signature, SECRET)).toBe(false);
  });
});
