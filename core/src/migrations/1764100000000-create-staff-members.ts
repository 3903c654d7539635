import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Supplier staff and employees, so operations data can name the people who act on it. */
export class CreateStaffMembers1764100000000 implements MigrationInterface {
  name = 'CreateStaffMembers1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE staff_members (
        id uuid PRIMARY KEY,
        kind varchar(16) NOT NULL CHECK (kind IN ('supplier', 'employee')),
        supplier_id uuid REFERENCES suppliers (id) ON DELETE RESTRICT,
        full_name varchar(120) NOT NULL,
        email varchar(254) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'supplier') = (supplier_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX staff_members_supplier_id_idx ON staff_members (supplier_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE staff_members`);
  }
}
