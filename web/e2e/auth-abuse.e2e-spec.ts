import { DEMO_PASSWORD, envUrl, linkFromMail, NEW_PASSWORD, tokenOf, uniqueEmail } from './e2e-support.js';

/**
 * Posts this client's forms to the Auth web app; answers where the BFF redirects to, and for a refused form
 * (which comes back through the flash cookie, not the URL) also what its page then says.
 */
type FormPost = (path: string, fields: Record<string, string>) => Promise<string>;

let addressCounter = 0;
/**
 * A browser at its own address, as a proxy in front of the Auth web app reports it (the BFF trusts
 * loopback): the BFF must tell the Auth API this address, not its own.
 */
async function browserAt(): Promise<FormPost> {
  const authWeb = envUrl('AUTH_WEB_URL');
  const clientAddress = `192.0.2.${++addressCounter}`;
  const page = await fetch(`${authWeb}/sign-in`, { headers: { 'x-forwarded-for': clientAddress } });
  const cookie = page.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return async (path, fields) => {
    const response = await fetch(`${authWeb}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie,
        origin: authWeb,
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': clientAddress,
      },
      body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    });
    const location = response.headers.get('location') ?? `(status ${response.status})`;
    const flash = response.headers
      .getSetCookie()
      .find((header) => header.startsWith('__Host-astro-auth-form='))
      ?.split(';')[0];
    if (!flash) return location;
    const refused = await fetch(`${authWeb}${location}`, {
      headers: { cookie: `${cookie}; ${flash}`, 'x-forwarded-for': clientAddress },
    });
    const alert = /role="alert"[^>]*>([\s\S]*?)<\/p>/.exec(await refused.text())?.[1] ?? '';
    return `${location} ${alert
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim()}`;
  };
}

const WRONG_PASSWORD = 'Wrong-Password-1';
const signIn = (post: FormPost, email: string, password: string) =>
  post('/bff/auth/sign-in', { email, password });
const signedIn = (location: string) => !location.includes('error=');
/** Refused for too many attempts: the code in the URL (sign-in) or the sentence on the refused form. */
const rateLimited = (answer: string) =>
  answer.includes('error=rate-limited') || answer.includes('Too many attempts');

describe('sign-in limits through the Auth web app count each browser, not the BFF', () => {
  it('lets another browser sign in after thirty wrong sign-ins from one, which alone is slowed down', async () => {
    const attacker = await browserAt();
    const answers: string[] = [];
    for (let attempt = 0; attempt < 30; attempt += 1) {
      answers.push(await signIn(attacker, uniqueEmail('flood'), WRONG_PASSWORD));
    }
    expect(answers[0]).toContain('error=invalid-credentials');
    expect(answers.at(-1)).toContain('error=rate-limited');

    expect(signedIn(await signIn(await browserAt(), 'operations@astrobookings.test', DEMO_PASSWORD))).toBe(
      true,
    );
  });

  it('keeps the guessing browser out even with the right password, while the owner signs in from theirs', async () => {
    const attacker = await browserAt();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await signIn(attacker, 'finance@astrobookings.test', WRONG_PASSWORD)).toContain(
        'error=invalid-credentials',
      );
    }
    expect(await signIn(attacker, 'finance@astrobookings.test', DEMO_PASSWORD)).toContain(
      'error=rate-limited',
    );
    expect(signedIn(await signIn(await browserAt(), 'finance@astrobookings.test', DEMO_PASSWORD))).toBe(true);
  });

  it.each([
    [
      'sign-up',
      '/bff/auth/sign-up',
      () => ({
        email: uniqueEmail('flood'),
        fullName: 'Flood',
        taxId: 'ES12345678Z',
        password: NEW_PASSWORD,
      }),
    ],
    ['forgot password', '/bff/auth/forgot-password', () => ({ email: uniqueEmail('flood') })],
    ['reset password', '/bff/auth/reset-password', () => ({ token: 'not-a-token', password: NEW_PASSWORD })],
    ['resend verification', '/bff/auth/resend-verification', () => ({ email: uniqueEmail('flood') })],
    [
      'invitation acceptance',
      '/bff/auth/invitation/accept',
      () => ({ token: 'not-a-token', fullName: 'Flood', password: NEW_PASSWORD }),
    ],
  ])('counts %s per browser', async (_name, path, fields) => {
    const flooder = await browserAt();
    const answers: string[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) answers.push(await flooder(path, fields()));
    expect(answers.slice(0, 20).filter(rateLimited)).toEqual([]);
    expect(rateLimited(answers.at(-1) ?? '')).toBe(true);

    expect(rateLimited(await (await browserAt())(path, fields()))).toBe(false);
  });

  it('locks an account many browsers guessed at until its owner follows the emailed unlock link, once', async () => {
    const email = uniqueEmail('locked');
    const owner = await browserAt();
    await owner('/bff/auth/sign-up', {
      email,
      fullName: 'Lock Owner',
      taxId: 'ES12345678Z',
      password: NEW_PASSWORD,
    });
    const verifyToken = tokenOf(await linkFromMail(email, '/verify-email'));
    expect(await owner('/bff/auth/verify-email', { token: verifyToken })).toContain('notice=verified');

    for (let client = 0; client < 10; client += 1) {
      const guesser = await browserAt();
      for (let attempt = 0; attempt < 5; attempt += 1) await signIn(guesser, email, WRONG_PASSWORD);
    }
    expect(await signIn(owner, email, NEW_PASSWORD)).toContain('error=rate-limited');

    const unlockLink = await linkFromMail(email, '/unlock-account');
    const page = await fetch(unlockLink);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Unlock your account');
    const token = tokenOf(unlockLink);
    expect(await owner('/bff/auth/unlock-account', { token })).toContain('notice=unlocked');
    expect(signedIn(await signIn(owner, email, NEW_PASSWORD))).toBe(true);
    expect(await (await browserAt())('/bff/auth/unlock-account', { token })).toContain('error=link-invalid');
  });
});
