import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * At most one active hold per customer and launch, enforced by a partial unique index. Holds placed before the
 * index existed may break it, so those are settled first: a customer's older duplicate holds on a launch expire
 * (the newest is kept) and give their seats back to the launch.
 */
export class OneHoldPerLaunch1769200000000 implements MigrationInterface {
  name = 'OneHoldPerLaunch1769200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH ranked AS (
        SELECT id, row_number() OVER (
                 PARTITION BY customer_id, launch_id ORDER BY created_at DESC, id DESC) AS newest_first
        FROM bookings WHERE status = 'held'
      ), expired AS (
        UPDATE bookings b SET status = 'expired', hold_expires_at = LEAST(b.hold_expires_at, now()),
                              updated_at = now()
        FROM ranked r WHERE b.id = r.id AND r.newest_first > 1
        RETURNING b.launch_id, b.seats
      ), released AS (
        SELECT launch_id, sum(seats)::int AS seats FROM expired GROUP BY launch_id
      )
      UPDATE launches l SET seats_sold = GREATEST(l.seats_sold - r.seats, 0), seats_version = l.seats_version + 1
      FROM released r WHERE l.id = r.launch_id`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX bookings_one_hold_per_customer_launch ON bookings (customer_id, launch_id)
       WHERE status = 'held'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX bookings_one_hold_per_customer_launch`);
  }
}
