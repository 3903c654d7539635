import {
  axeViolations,
  envUrl,
  journey,
  linkFromMail,
  NEW_PASSWORD,
  uniqueEmail,
  watchForTokens,
} from './e2e-support.js';

describe('a customer signs up, verifies their email, signs in from the customer app and signs out', () => {
  journey(
    'goes through the whole journey with real pages, the real BFFs and the real Auth API',
    async (user, context) => {
      const customerWeb = envUrl('CUSTOMER_WEB_URL');
      const authWeb = envUrl('AUTH_WEB_URL');
      const email = uniqueEmail('ada');
      const tokens = watchForTokens(context);
      const { page } = user;

      // Anonymous on the customer app: a sign-in link, which leads to the Auth app with the way back.
      await page.goto(customerWeb);
      await user.activate(page.getByRole('link', { name: 'Sign in' }));
      await page.waitForURL(`${authWeb}/sign-in?**`);
      expect(new URL(page.url()).searchParams.get('app')).toBe('customer');

      await user.activate(page.getByRole('link', { name: 'Create an account' }));
      await page.waitForURL(`${authWeb}/sign-up?**`);
      expect(await axeViolations(page)).toEqual([]);
      await user.fill(page.getByLabel('Email'), email);
      await user.fill(page.getByLabel('Full name'), 'Ada Lovelace');
      await user.fill(page.getByLabel('Tax ID'), 'ES12345678Z');
      await user.fill(page.getByLabel('Password'), NEW_PASSWORD);
      await user.activate(page.getByRole('button', { name: 'Create account' }));
      await page.waitForURL(`${authWeb}/check-email?**`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Check your email');

      // The verification link from the mail the Notification service sent.
      await page.goto(await linkFromMail(email, '/verify-email'));
      expect(await axeViolations(page)).toEqual([]);
      await user.activate(page.getByRole('button', { name: 'Confirm my email address' }));
      await page.waitForURL(`${authWeb}/sign-in?**`);
      await expect(page.getByRole('status').textContent()).resolves.toContain('confirmed');

      // Signs in from the customer app and lands back there, signed in.
      await page.goto(customerWeb);
      await user.activate(page.getByRole('link', { name: 'Sign in' }));
      await page.waitForURL(`${authWeb}/sign-in?**`);
      await user.fill(page.getByLabel('Email'), email);
      await user.fill(page.getByLabel('Password'), NEW_PASSWORD);
      await user.activate(page.getByRole('button', { name: 'Sign in' }));
      await page.waitForURL(`${customerWeb}/`);
      await expect(page.getByText('Signed in as').textContent()).resolves.toContain('Ada Lovelace');
      await expect(page.evaluate(async () => (await fetch('/bff/session')).json())).resolves.toEqual({
        user: { name: 'Ada Lovelace', email, roles: ['customer'] },
      });

      await user.activate(page.getByRole('button', { name: 'Sign out' }));
      // Already on the home page, so the URL cannot tell when the page after signing out has arrived.
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      await expect(page.evaluate(async () => (await fetch('/bff/session')).json())).resolves.toEqual({
        user: null,
      });

      // Signing out ended the single sign-on session too: signing in again asks for the password.
      await user.activate(page.getByRole('link', { name: 'Sign in' }));
      await page.waitForURL(`${authWeb}/sign-in?**`);
      await expect(page.getByLabel('Password').isVisible()).resolves.toBe(true);
      await expect(page.getByText('You are signed in as').count()).resolves.toBe(0);

      expect(await tokens.leaks()).toEqual([]);
    },
  );
});
