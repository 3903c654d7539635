import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * At most one open checkout session per booking, enforced by a partial unique index, so repeated checkouts
 * reuse it instead of adding rows. Bookings checked out before may have several open sessions: the older ones
 * are closed (a new status), so a stale payment page can no longer charge the booking a second time.
 */
export class OneOpenPaymentSession1769300000000 implements MigrationInterface {
  name = 'OneOpenPaymentSession1769300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE payment_sessions DROP CONSTRAINT payment_sessions_status_check`);
    await queryRunner.query(
      `ALTER TABLE payment_sessions ADD CONSTRAINT payment_sessions_status_check
       CHECK (status IN ('open', 'paid', 'closed'))`,
    );
    await queryRunner.query(`
      UPDATE payment_sessions s SET status = 'closed'
      FROM (
        SELECT id, row_number() OVER (PARTITION BY booking_id ORDER BY created_at DESC, id DESC) AS newest_first
        FROM payment_sessions WHERE status = 'open'
      ) r
      WHERE s.id = r.id AND r.newest_first > 1`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX payment_sessions_one_open_per_booking ON payment_sessions (booking_id)
       WHERE status = 'open'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX payment_sessions_one_open_per_booking`);
    await queryRunner.query(`ALTER TABLE payment_sessions DROP CONSTRAINT payment_sessions_status_check`);
    await queryRunner.query(`UPDATE payment_sessions SET status = 'open' WHERE status = 'closed'`);
    await queryRunner.query(
      `ALTER TABLE payment_sessions ADD CONSTRAINT payment_sessions_status_check
       CHECK (status IN ('open', 'paid'))`,
    );
  }
}
