import { CATALOG_SYNC_FAILED } from './catalog-sync-failed.email.js';

describe('CATALOG_SYNC_FAILED', () => {
  const facts = { runId: 'r-1', startedAt: '2026-07-01T01:00:00.000Z', error: 'timeout' };

  it('alerts in English with the run, its start and the error', () => {
    expect(CATALOG_SYNC_FAILED.en(facts)).toEqual({
      subject: 'Catalog sync failed (2026-07-01T01:00:00.000Z)',
      text: 'The catalog synchronisation r-1 failed: timeout',
    });
  });

  it('alerts in Spanish with the same facts', () => {
    expect(CATALOG_SYNC_FAILED.es(facts)).toEqual({
      subject: 'Ha fallado la sincronización del catálogo (2026-07-01T01:00:00.000Z)',
      text: 'La sincronización del catálogo r-1 ha fallado: timeout',
    });
  });
});
