import {
  apiAccessToken,
  axeViolations,
  envUrl,
  journey,
  linkFromMail,
  NEW_PASSWORD,
  uniqueEmail,
  watchForTokens,
} from './e2e-support.js';

async function inviteSupplier(email: string): Promise<void> {
  const adminToken = await apiAccessToken('admin@astrobookings.test');
  const suppliers = await fetch(`${envUrl('ADMIN_API_URL')}/suppliers`, {
    headers: { authorization: `Bearer ${adminToken}` },
  });
  const { items } = (await suppliers.json()) as { items: { id: string }[] };
  const response = await fetch(`${envUrl('AUTH_API_URL')}/auth/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ email, roles: ['supplier'], supplierId: items[0].id, fullName: 'Sam Supplier' }),
  });
  if (response.status !== 201)
    throw new Error(`invitation answered ${response.status}: ${await response.text()}`);
}

describe('an invited supplier', () => {
  journey('accepts the invitation and reaches the supplier app, signed in', async (user, context) => {
    const { page } = user;
    const email = uniqueEmail('sam');
    await inviteSupplier(email);
    const tokens = watchForTokens(context);

    await page.goto(await linkFromMail(email, '/invitation'));
    // The browser reads the token from the link's fragment and asks the BFF who is invited.
    await page.getByText(email).waitFor();
    await expect(page.getByText('supplier', { exact: true }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await user.fill(page.getByLabel('Full name'), 'Sam Supplier');
    await user.fill(page.getByLabel('Password'), NEW_PASSWORD);
    await user.activate(page.getByRole('button', { name: 'Accept and continue' }));

    await page.waitForURL(`${envUrl('SUPPLIER_WEB_URL')}/`);
    await expect(page.getByText('Signed in as').textContent()).resolves.toContain('Sam Supplier');
    await expect(page.getByRole('heading', { name: /don't have access/ }).count()).resolves.toBe(0);
    const launches = await page.evaluate(async () => (await fetch('/bff/launches')).status);
    expect(launches).toBe(200);

    expect(await tokens.leaks()).toEqual([]);
  });
});
