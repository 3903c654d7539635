import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS } from '../../testing/auth-fixture.js';
import { waitForEmail } from '../../testing/mailbox.js';
import { startSupplierStack, type SupplierStack } from '../../testing/supplier-stack.js';

/** Ten in the morning in Tokyo (UTC+9 all year) on a day well ahead. */
const TOKYO_TEN_AM = '2031-05-12T01:00:00.000Z';

describe("launch sites' time zones (Admin API to the catalog)", () => {
  let stack: SupplierStack;
  let rocketId: string;

  beforeAll(async () => {
    stack = await startSupplierStack();
    rocketId = await stack.idOf('rockets', 'Horizon Heavy');
  }, 90_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  const launchBody = (siteTimeZone: string) => ({
    rocketId,
    missionName: `Tanegashima ${randomUUID().slice(0, 8)}`,
    description: 'A flight from a site nine hours ahead of UTC.',
    launchSite: 'Tanegashima Space Center',
    siteTimeZone,
    destination: 'Lunar Gateway',
    scheduledAt: TOKYO_TEN_AM,
    pricePerSeatMinor: 90_000_000,
    currency: 'JPY',
    minimumOccupancy: 1,
  });

  it('refuses a zone that is no IANA zone with a 400 naming the field', async () => {
    for (const siteTimeZone of ['Asia/Atlantis', '+09:00', 'GMT+9 ', '', 'x'.repeat(80)]) {
      const { response, error } = await stack.asSupplier.POST('/launches', {
        body: launchBody(siteTimeZone),
      });
      expect({ siteTimeZone, status: response.status }).toEqual({ siteTimeZone, status: 400 });
      expect(error).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ field: 'siteTimeZone' })],
      });
    }
    const { response } = await stack.asSupplier.POST('/launches', {
      body: { ...launchBody('UTC'), siteTimeZone: undefined } as unknown as ReturnType<typeof launchBody>,
    });
    expect(response.status).toBe(400);
  });

  it('stores the zone under its canonical name, returns it and publishes it to the catalog', async () => {
    const { data: created, error } = await stack.asSupplier.POST('/launches', {
      body: launchBody('asia/tokyo'),
    });
    if (!created) throw new Error(JSON.stringify(error));
    expect(created).toMatchObject({ siteTimeZone: 'Asia/Tokyo', scheduledAt: TOKYO_TEN_AM });
    const [row] = await stack.sql(`SELECT site_time_zone FROM launches WHERE id = '${created.id}'`);
    expect(row).toEqual({ site_time_zone: 'Asia/Tokyo' });

    const { data: entry } = await stack.customer.GET('/launches/{id}', {
      params: { path: { id: created.id } },
    });
    expect(entry).toMatchObject({ siteTimeZone: 'Asia/Tokyo', scheduledAt: TOKYO_TEN_AM });
  });

  it('changes the zone on edit, in the catalog too, and refuses an unknown one', async () => {
    const { data: created } = await stack.asSupplier.POST('/launches', { body: launchBody('Asia/Tokyo') });
    const path = { id: created!.id };
    const bad = await stack.asSupplier.PATCH('/launches/{id}', {
      params: { path },
      body: { siteTimeZone: 'Mars/Olympus_Mons' },
    });
    expect(bad.response.status).toBe(400);
    expect(bad.error).toMatchObject({ errors: [expect.objectContaining({ field: 'siteTimeZone' })] });

    const { data: moved } = await stack.asSupplier.PATCH('/launches/{id}', {
      params: { path },
      body: { siteTimeZone: 'Asia/Almaty' },
    });
    expect(moved).toMatchObject({ siteTimeZone: 'Asia/Almaty' });
    const { data: entry } = await stack.customer.GET('/launches/{id}', { params: { path } });
    expect(entry?.siteTimeZone).toBe('Asia/Almaty');
  });

  it("writes the launch date in emails at the site's time with its zone, then in UTC", async () => {
    const { data: created } = await stack.asSupplier.POST('/launches', {
      body: { ...launchBody('Asia/Tokyo'), scheduledAt: '2031-05-01T01:00:00.000Z' },
    });
    const { response } = await stack.asSupplier.POST('/launches/{id}/transitions', {
      params: { path: { id: created!.id } },
      body: { to: 'delayed', reason: 'typhoon', newScheduledAt: TOKYO_TEN_AM },
    });
    expect(response.status).toBe(200);
    const email = await waitForEmail(DEMO_EMAILS.supplier, `${created!.missionName}: launch delayed`);
    expect(email.text).toContain(
      'Launch date: Mon, May 12, 2031, 10:00 GMT+9 (Asia/Tokyo time); Mon, May 12, 2031, 01:00 UTC',
    );
  }, 30_000);

  it('gives launches scheduled before zones existed UTC, the zone they were entered in', async () => {
    const [column] = await stack.sql(
      `SELECT column_default, is_nullable FROM information_schema.columns
       WHERE table_name = 'launches' AND column_name = 'site_time_zone'`,
    );
    expect(column).toEqual({ column_default: "'UTC'::character varying", is_nullable: 'NO' });
  });
});
