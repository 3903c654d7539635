import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional email outbox: booking code writes an email row in the same transaction as the state change
 * it announces, and Core API's relay moves it to the Core DB notification queue afterwards, so a crash between
 * the commit and the queueing can no longer lose the email. The unique key makes staging and relaying idempotent.
 */
export class EmailOutbox1768000000000 implements MigrationInterface {
  name = 'EmailOutbox1768000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL CONSTRAINT email_outbox_key UNIQUE,
        "to" text NOT NULL,
        subject text NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX email_outbox_unrelayed ON email_outbox (created_at) WHERE relayed_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE email_outbox`);
  }
}
