import { DEMO_PASSWORD, envUrl, journey } from './e2e-support.js';

/** A `datetime-local` value `days` from now, in a site that keeps UTC all year. */
function utcInputValue(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
}

describe('a supplier in the portal', () => {
  journey(
    'signs in, adds a rocket, schedules, edits, confirms and aborts a launch, edits the rocket and the profile, and signs out',
    async (user) => {
      const { page } = user;
      const supplierWeb = envUrl('SUPPLIER_WEB_URL');
      const suffix = `${Date.now().toString(36)}${user.mode[0]}`;
      const rocketName = `Merlin ${suffix}`;
      const missionName = `Apogee Noon ${suffix}`;

      await page.goto(supplierWeb);
      await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
      await user.fill(page.getByLabel('Email'), 'supplier@astrobookings.test');
      await user.fill(page.getByLabel('Password'), DEMO_PASSWORD);
      await user.activate(page.getByRole('button', { name: 'Sign in' }));
      await page.waitForURL(`${supplierWeb}/`);

      await user.activate(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rockets' }),
      );
      await page.waitForURL(`${supplierWeb}/rockets`);
      await user.fill(page.getByLabel('Name', { exact: true }), rocketName);
      await user.fill(page.getByLabel('Seats', { exact: true }), '6');
      await user.select(page.getByLabel('Range', { exact: true }), 'LEO');
      await user.activate(page.getByRole('button', { name: 'Add rocket' }));
      await page.waitForURL(`${supplierWeb}/rockets?notice=rocket-added`);
      await expect(page.getByRole('row', { name: new RegExp(rocketName) }).count()).resolves.toBe(1);

      await user.activate(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Launches' }),
      );
      await page.waitForURL(`${supplierWeb}/`);
      await user.activate(page.getByRole('link', { name: 'New launch' }));
      await page.waitForURL(`${supplierWeb}/launches/new`);
      const rocket = page.getByRole('option', { name: new RegExp(rocketName) });
      await user.select(
        page.getByLabel('Rocket', { exact: true }),
        (await rocket.getAttribute('value')) ?? '',
      );
      await user.fill(page.getByLabel('Mission name', { exact: true }), missionName);
      await user.fill(
        page.getByLabel('Description', { exact: true }),
        'A day in orbit with sixteen sunrises.',
      );
      await user.fill(page.getByLabel('Launch site', { exact: true }), 'Kourou ELA-4');
      await user.select(page.getByLabel('Launch site time zone'), 'UTC');
      await user.fill(page.getByLabel('Destination', { exact: true }), 'Sun-synchronous orbit');
      await user.fill(page.getByLabel('Date and time at the launch site'), utcInputValue(420));
      await user.fill(page.getByLabel('Price per seat', { exact: true }), '180000');
      await user.fill(page.getByLabel('Minimum occupancy', { exact: true }), '3');
      await user.activate(page.getByRole('button', { name: 'Schedule launch' }));

      await page.waitForURL(/\/launches\/[0-9a-f-]{36}\?notice=created$/);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(missionName);
      await expect(page.getByRole('status').textContent()).resolves.toMatch(/published/);

      const launchUrl = page.url().replace(/\?.*$/, '');
      const renamedMission = `Apogee Dusk ${suffix}`;
      await user.activate(page.getByRole('link', { name: 'Edit', exact: true }));
      await page.waitForURL(`${launchUrl}/edit`, { waitUntil: 'networkidle' });
      await user.fill(page.getByLabel('Seats offered', { exact: true }), '7');
      await user.activate(page.getByRole('button', { name: 'Save launch' }));
      await page.waitForURL(`${launchUrl}/edit`);
      await expect(page.getByRole('alert').textContent()).resolves.toContain(
        "Seats offered: This is more than the rocket's seats.",
      );
      await user.fill(page.getByLabel('Seats offered', { exact: true }), '6');
      await user.fill(page.getByLabel('Mission name', { exact: true }), renamedMission);
      await user.activate(page.getByRole('button', { name: 'Save launch' }));
      await page.waitForURL(`${launchUrl}?notice=launch-saved`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(renamedMission);

      const status = page.locator('#launch-title + p ab-status-badge');
      await user.activate(page.getByRole('button', { name: 'Confirm launch' }));
      await page.waitForURL(`${launchUrl}?notice=now-confirmed`);
      await expect(status.textContent()).resolves.toBe('confirmed');
      await user.fill(page.getByLabel('Reason for aborting'), 'Range safety officer grounded the vehicle');
      await user.activate(page.getByRole('button', { name: 'Abort launch' }));
      await page.waitForURL(`${launchUrl}?notice=now-aborted`);
      await expect(status.textContent()).resolves.toBe('aborted');
      await expect(page.getByRole('region', { name: 'Status history' }).textContent()).resolves.toContain(
        'Range safety officer grounded the vehicle',
      );

      await user.activate(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Launches' }),
      );
      await page.waitForURL(`${supplierWeb}/`);
      await page.getByRole('link', { name: renamedMission }).waitFor();

      await user.activate(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rockets' }),
      );
      await page.waitForURL(`${supplierWeb}/rockets`);
      await user.activate(page.getByRole('link', { name: `Edit ${rocketName}` }));
      await page.waitForURL(/\/rockets\/[0-9a-f-]{36}\/edit$/, { waitUntil: 'networkidle' });
      await user.fill(page.getByLabel('Model', { exact: false }), 'K-2 Block B');
      await user.activate(page.getByRole('button', { name: 'Save rocket' }));
      await page.waitForURL(`${supplierWeb}/rockets?notice=rocket-saved`);
      const row = page.getByRole('row', { name: new RegExp(rocketName) });
      await expect(row.getByRole('rowheader').textContent()).resolves.toContain('K-2 Block B');

      await user.activate(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }),
      );
      await page.waitForURL(`${supplierWeb}/profile`, { waitUntil: 'networkidle' });
      const phone = '+34 612 345 678';
      await user.fill(page.getByLabel('Contact phone', { exact: true }), phone);
      await user.activate(page.getByRole('button', { name: 'Save profile' }));
      await page.waitForURL(`${supplierWeb}/profile?notice=profile-saved`);
      await expect(page.getByLabel('Contact phone', { exact: true }).inputValue()).resolves.toBe(phone);

      await user.activate(page.getByRole('button', { name: 'Sign out' }));
      await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/**`);
      await expect(page.evaluate(async () => (await fetch('/bff/session')).json())).resolves.toEqual({
        user: null,
      });
      await page.goto(supplierWeb);
      await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
    },
  );
});
