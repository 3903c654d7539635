import type { EntityManager } from 'typeorm';
import type { OutgoingEmail } from '../../shared/notification-outbox/outgoing-email.js';

/**
 * Writes an email into the Operations DB outbox with the caller's transaction, so it is committed (or rolled
 * back) together with the state change it tells the customer about; EmailOutboxRelay queues it for sending.
 * The key names the event (e.g. `booking-confirmed:<bookingId>`): staging the same event twice keeps one row.
 */
export async function stageEmail(manager: EntityManager, key: string, email: OutgoingEmail): Promise<void> {
  await manager.query(
    `INSERT INTO email_outbox (key, "to", subject, text, language) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (key) DO NOTHING`,
    [key, email.to, email.subject, email.text, email.language ?? 'en'],
  );
}
