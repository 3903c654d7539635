import { createAdminApiClient, createAuthApiClient, createCoreApiClient } from '@astrobookings/openapi';
import { describe, expect, it } from '@jest/globals';
import { validate as isValidCron } from 'node-cron';
import { loadConfig } from '../../platform/config/load-config.js';
import type { JobContext } from './job-context.js';
import { JOBS } from './jobs.js';

/** Clients whose every call gets `answer`, as if from the real API. */
function contextAnswering(answer: () => Response): JobContext {
  const fetch = () => Promise.resolve(answer());
  return {
    coreApi: createCoreApiClient({ baseUrl: 'http://core.test', fetch }),
    authApi: createAuthApiClient({ baseUrl: 'http://auth.test', fetch }),
    adminApi: createAdminApiClient({ baseUrl: 'http://admin.test', fetch }),
    serviceToken: () => Promise.resolve('token'),
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the table of jobs', () => {
  it('declares each job once, under the type its runs have always been recorded with', () => {
    expect(JOBS.map((job) => job.type)).toEqual([
      'hold-expiry',
      'catalog-sync',
      'launch-reminders',
      'launch-announcements',
      'aborted-launch-refunds',
      'credential-housekeeping',
      'invoice-issuing',
      'invoice-overdue',
    ]);
  });

  it('takes each cron from the configuration, all of them valid by default', () => {
    const config = loadConfig('job-scheduler', { NODE_ENV: 'test' });
    const crons = JOBS.flatMap((job) => (job.cron ? [job.cron(config)] : []));
    expect(crons).toEqual([
      '* * * * *',
      '*/5 * * * *',
      '0 * * * *',
      '*/10 * * * *',
      '*/5 * * * *',
      '30 3 * * *',
      '*/15 * * * *',
      '0 6 * * *',
    ]);
    expect(crons.every((cron) => isValidCron(cron))).toBe(true);
  });

  it('runs only the catalog sync at start-up too, once Core API and the service token are there', async () => {
    expect(JOBS.filter((job) => job.startup).map((job) => job.type)).toEqual(['catalog-sync']);
    const catalogSync = JOBS.find((job) => job.type === 'catalog-sync')!;
    await expect(catalogSync.startup!(contextAnswering(() => json(200, { status: 'ok' })))).resolves.toBe(
      true,
    );
    await expect(catalogSync.startup!(contextAnswering(() => json(503, {})))).resolves.toBe(false);
    const noToken = {
      ...contextAnswering(() => json(200, {})),
      serviceToken: () => Promise.reject(new Error('down')),
    };
    await expect(catalogSync.startup!(noToken)).rejects.toThrow('down');
  });

  it('fails a run naming the API and its status when the API answers with an error', async () => {
    const context = contextAnswering(() => json(503, { title: 'Service Unavailable' }));
    for (const job of JOBS) {
      await expect(job.call(context, {})).rejects.toThrow(/^(Core|Auth|Admin) API answered 503$/);
    }
  });

  it('fails a catalog sync run when the sync it started failed', async () => {
    const context = contextAnswering(() =>
      json(201, { id: 'run-1', status: 'failed', error: 'Customer DB down' }),
    );
    const catalogSync = JOBS.find((job) => job.type === 'catalog-sync')!;
    await expect(catalogSync.call(context, {})).rejects.toThrow(
      'catalog sync run-1 failed: Customer DB down',
    );
  });

  it('fails an invoice-issuing run when a launch could not be invoiced, and names what it issued otherwise', async () => {
    const issuing = JOBS.find((job) => job.type === 'invoice-issuing')!;
    await expect(
      issuing.call(
        contextAnswering(() => json(200, { issued: [], failed: 2 })),
        {},
      ),
    ).rejects.toThrow('2 launch(es) could not be invoiced');
    await expect(
      issuing.call(
        contextAnswering(() => json(200, { issued: ['AB-2027-000001'], failed: 0 })),
        {},
      ),
    ).resolves.toBe('1 invoice(s) issued: AB-2027-000001');
  });
});
