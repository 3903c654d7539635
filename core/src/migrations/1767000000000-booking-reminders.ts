import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a booking's launch reminder was queued; set by the statement that picks it, so it goes out once. */
export class BookingReminders1767000000000 implements MigrationInterface {
  name = 'BookingReminders1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE bookings ADD COLUMN reminded_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE bookings DROP COLUMN reminded_at`);
  }
}
