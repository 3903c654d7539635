import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customers' receipts: one numbered receipt per succeeded payments row (a booking's charge or a refund), with
 * the payer and the launch as they were when the money moved, so a later change of profile or launch leaves an
 * issued receipt as it was printed.
 */
export class Receipts1769950000000 implements MigrationInterface {
  name = 'Receipts1769950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE receipts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number varchar(20) NOT NULL UNIQUE,
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE RESTRICT,
        -- One receipt per movement of money, whichever flow recorded it and however often its event arrived.
        payment_id uuid NOT NULL UNIQUE REFERENCES payments (id) ON DELETE RESTRICT,
        kind varchar(8) NOT NULL CHECK (kind IN ('payment', 'refund')),
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        currency char(3) NOT NULL,
        payer_name varchar(120) NOT NULL,
        payer_email varchar(254) NOT NULL,
        payer_tax_id varchar(40) NOT NULL DEFAULT '',
        payer_billing_address jsonb,
        mission_name varchar(160) NOT NULL,
        launch_scheduled_at timestamptz NOT NULL,
        seats int NOT NULL CHECK (seats > 0),
        payment_reference varchar(128) NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        created_by varchar(80) NOT NULL,
        origin_service varchar(32) NOT NULL,
        request_id varchar(128)
      )`);
    await queryRunner.query(`CREATE INDEX receipts_booking_idx ON receipts (booking_id, issued_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE receipts`);
  }
}
