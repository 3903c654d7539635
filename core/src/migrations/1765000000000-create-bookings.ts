import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bookings, their passengers and payments. Launches get a `seats_version`, bumped with every seat change, so the
 * public catalog can ignore a seat count older than the one it already shows.
 */
export class CreateBookings1765000000000 implements MigrationInterface {
  name = 'CreateBookings1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE launches ADD COLUMN seats_version bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `CREATE TYPE booking_status AS ENUM ('held', 'confirmed', 'cancelled', 'expired')`,
    );
    await queryRunner.query(`
      CREATE TABLE bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        launch_id uuid NOT NULL REFERENCES launches (id) ON DELETE RESTRICT,
        customer_id uuid NOT NULL,
        customer_email varchar(254) NOT NULL,
        seats int NOT NULL CHECK (seats BETWEEN 1 AND 6),
        status booking_status NOT NULL DEFAULT 'held',
        hold_expires_at timestamptz NOT NULL,
        amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        refund_amount numeric(14, 2) CHECK (refund_amount >= 0),
        idempotency_key varchar(128) NOT NULL,
        request_hash char(64) NOT NULL,
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bookings_customer_idempotency_key UNIQUE (customer_id, idempotency_key)
      )`);
    await queryRunner.query(`CREATE INDEX bookings_launch_id_idx ON bookings (launch_id)`);
    await queryRunner.query(`CREATE INDEX bookings_customer_id_idx ON bookings (customer_id)`);
    await queryRunner.query(
      `CREATE INDEX bookings_held_expiry_idx ON bookings (hold_expires_at) WHERE status = 'held'`,
    );
    await queryRunner.query(`
      CREATE TABLE passengers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
        seat_number int NOT NULL CHECK (seat_number >= 1),
        full_name varchar(120) NOT NULL,
        UNIQUE (booking_id, seat_number)
      )`);
    await queryRunner.query(`CREATE TYPE payment_kind AS ENUM ('charge', 'refund')`);
    await queryRunner.query(`CREATE TYPE payment_status AS ENUM ('succeeded', 'failed')`);
    await queryRunner.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE RESTRICT,
        provider varchar(32) NOT NULL,
        provider_ref varchar(128) NOT NULL UNIQUE,
        amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        status payment_status NOT NULL,
        kind payment_kind NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX payments_booking_id_idx ON payments (booking_id)`);
    await queryRunner.query(`
      CREATE TABLE payment_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
        amount numeric(14, 2) NOT NULL,
        currency char(3) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid')),
        event_id varchar(64),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE payment_sessions`);
    await queryRunner.query(`DROP TABLE payments`);
    await queryRunner.query(`DROP TYPE payment_status`);
    await queryRunner.query(`DROP TYPE payment_kind`);
    await queryRunner.query(`DROP TABLE passengers`);
    await queryRunner.query(`DROP TABLE bookings`);
    await queryRunner.query(`DROP TYPE booking_status`);
    await queryRunner.query(`ALTER TABLE launches DROP COLUMN seats_version`);
  }
}
