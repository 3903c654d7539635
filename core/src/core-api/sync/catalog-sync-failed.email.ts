import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';

/** The alert the operations mailbox gets when a catalog synchronisation run fails. */
export const CATALOG_SYNC_FAILED: EmailCatalogue<{ runId: string; startedAt: string; error: string }> = {
  en: ({ runId, startedAt, error }) => ({
    subject: `Catalog sync failed (${startedAt})`,
    text: `The catalog synchronisation ${runId} failed: ${error}`,
  }),
  es: ({ runId, startedAt, error }) => ({
    subject: `Ha fallado la sincronización del catálogo (${startedAt})`,
    text: `La sincronización del catálogo ${runId} ha fallado: ${error}`,
  }),
};
