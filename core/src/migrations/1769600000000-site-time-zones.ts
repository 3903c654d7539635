import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each launch names its site's IANA time zone. Launches scheduled before were entered in UTC, so 'UTC' is
 * their zone until their supplier picks the real one: their wall times keep reading as they were entered.
 */
export class SiteTimeZones1769600000000 implements MigrationInterface {
  name = 'SiteTimeZones1769600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE launches ADD COLUMN site_time_zone varchar(64) NOT NULL DEFAULT 'UTC'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE launches DROP COLUMN site_time_zone`);
  }
}
