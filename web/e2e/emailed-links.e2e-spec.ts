import {
  apiAccessToken,
  envUrl,
  journey,
  linkFromMail,
  NEW_PASSWORD,
  systemLogs,
  tokenOf,
  uniqueEmail,
  watchForTokens,
} from './e2e-support.js';

const RESET_PASSWORD = 'Second-Orbit-2026!';

/** Waits until every log has caught up with the requests a test made, proven by a line it must hold. */
async function logsOnceWritten(lineOf: Readonly<Record<string, string>>): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const logs = systemLogs();
    if (Object.entries(lineOf).every(([file, line]) => logs[file]?.includes(line))) {
      return Object.values(logs).join('\n');
    }
    if (Date.now() > deadline) throw new Error(`the logs never recorded ${JSON.stringify(lineOf)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('emailed links', () => {
  journey('verify an address and reset a password, and their tokens reach no log', async (user, context) => {
    const { page } = user;
    const authWeb = envUrl('AUTH_WEB_URL');
    const email = uniqueEmail('grace');
    const registered = await fetch(`${envUrl('AUTH_API_URL')}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, fullName: 'Grace Hopper', taxId: 'ES12345678Z', password: NEW_PASSWORD }),
    });
    expect(registered.status).toBe(202);
    const tokens = watchForTokens(context);

    // A link sent before tokens moved to the fragment (`?token=`) still works, and leaves the address bar.
    const verifyToken = tokenOf(await linkFromMail(email, '/verify-email'));
    await page.goto(`${authWeb}/verify-email?token=${encodeURIComponent(verifyToken)}`);
    await page.getByRole('button', { name: 'Confirm my email address' }).waitFor();
    expect(page.url()).toBe(`${authWeb}/verify-email`);
    await user.activate(page.getByRole('button', { name: 'Confirm my email address' }));
    await page.waitForURL(`${authWeb}/sign-in?notice=verified`);

    await page.goto(`${authWeb}/forgot-password`);
    await user.fill(page.getByLabel('Email'), email);
    await user.activate(page.getByRole('button', { name: 'Send reset link' }));
    await page.waitForURL(`${authWeb}/check-email?**`);
    const resetLink = await linkFromMail(email, '/reset-password');
    const resetToken = tokenOf(resetLink);
    await page.goto(resetLink);
    await user.fill(page.getByLabel('New password', { exact: true }), RESET_PASSWORD);
    expect(page.url()).toBe(`${authWeb}/reset-password`);
    await user.activate(page.getByRole('button', { name: 'Change password' }));
    await page.waitForURL(`${authWeb}/sign-in?notice=password-reset`);
    await expect(apiAccessToken(email, RESET_PASSWORD)).resolves.toMatch(/^eyJ/);

    // A failed post comes back with its error only; the page still holds the token for another try.
    await page.goto(resetLink);
    await user.fill(page.getByLabel('New password', { exact: true }), `${RESET_PASSWORD}x`);
    await user.activate(page.getByRole('button', { name: 'Change password' }));
    await page.waitForURL(`${authWeb}/reset-password?error=invalid-or-expired`);
    await page.getByRole('button', { name: 'Change password' }).waitFor();

    const logs = await logsOnceWritten({
      'auth-web.log': '"url":"/reset-password?error=[redacted]"',
      'auth-api.log': '"url":"/auth/reset-password"',
    });
    expect(logs).toContain('"url":"/verify-email?token=[redacted]"');
    for (const secret of [verifyToken, resetToken]) {
      expect(logs).not.toContain(secret);
      expect(logs).not.toContain(encodeURIComponent(secret));
    }
    expect(await tokens.leaks()).toEqual([]);
  });
});
