import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What suppliers manage themselves: rocket details and status, their legal profile, and launch history. */
export class SupplierOperations1766000000000 implements MigrationInterface {
  name = 'SupplierOperations1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE rockets
        ADD COLUMN model varchar(120) NOT NULL DEFAULT '',
        ADD COLUMN status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
        ADD COLUMN photo_url varchar(2048)`);
    await queryRunner.query(`
      ALTER TABLE suppliers
        ADD COLUMN contact_email varchar(254),
        ADD COLUMN contact_phone varchar(40),
        ADD COLUMN legal_name varchar(200),
        ADD COLUMN tax_id varchar(40),
        ADD COLUMN legal_address text`);
    await queryRunner.query(`
      CREATE TABLE launch_status_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        launch_id uuid NOT NULL REFERENCES launches (id) ON DELETE CASCADE,
        from_status launch_status,
        to_status launch_status NOT NULL,
        reason text,
        scheduled_at timestamptz NOT NULL,
        actor_id varchar(80) NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX launch_status_history_launch_id_idx ON launch_status_history (launch_id, at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE launch_status_history`);
    await queryRunner.query(`
      ALTER TABLE suppliers
        DROP COLUMN contact_email, DROP COLUMN contact_phone, DROP COLUMN legal_name,
        DROP COLUMN tax_id, DROP COLUMN legal_address`);
    await queryRunner.query(
      `ALTER TABLE rockets DROP COLUMN model, DROP COLUMN status, DROP COLUMN photo_url`,
    );
  }
}
