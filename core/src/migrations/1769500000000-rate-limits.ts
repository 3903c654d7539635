import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counters of every request limit and sign-in delay, in the one store all instances of a service share, so
 * two Auth API instances enforce one limit. The columns are those `rate-limiter-flexible`'s PostgreSQL store
 * reads and upserts atomically; keys are hashes, so no email address or client address is kept at rest.
 */
export class RateLimits1769500000000 implements MigrationInterface {
  name = 'RateLimits1769500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rate_limits (
        key text PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await queryRunner.query(`CREATE INDEX rate_limits_expire ON rate_limits (expire)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limits`);
  }
}
