import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A staged email records the language its words were written in, so the HTML part sent later is marked up in
 * it. Emails staged before were all English.
 */
export class EmailOutboxLanguage1769700000000 implements MigrationInterface {
  name = 'EmailOutboxLanguage1769700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE email_outbox ADD COLUMN language varchar(8) NOT NULL DEFAULT 'en'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE email_outbox DROP COLUMN language`);
  }
}
