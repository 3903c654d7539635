import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Suppliers, their rockets and launches: the first tables of the Operations DB. */
export class CreateOperationsSchema1764000000000 implements MigrationInterface {
  name = 'CreateOperationsSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`CREATE TYPE rocket_range AS ENUM ('suborbital', 'orbital', 'moon', 'mars')`);
    await queryRunner.query(
      `CREATE TYPE launch_status AS ENUM ('scheduled', 'confirmed', 'delayed', 'aborted', 'successful', 'failed')`,
    );
    await queryRunner.query(`
      CREATE TABLE suppliers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL UNIQUE,
        description text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE rockets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES suppliers (id) ON DELETE RESTRICT,
        name varchar(120) NOT NULL,
        capacity int NOT NULL CHECK (capacity > 0),
        range rocket_range NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX rockets_supplier_id_idx ON rockets (supplier_id)`);
    await queryRunner.query(`
      CREATE TABLE launches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES suppliers (id) ON DELETE RESTRICT,
        rocket_id uuid NOT NULL REFERENCES rockets (id) ON DELETE RESTRICT,
        mission_name varchar(160) NOT NULL,
        description text NOT NULL,
        status launch_status NOT NULL DEFAULT 'scheduled',
        scheduled_at timestamptz NOT NULL,
        launch_site varchar(160) NOT NULL,
        destination varchar(160) NOT NULL,
        seats_total int NOT NULL CHECK (seats_total > 0),
        seats_sold int NOT NULL DEFAULT 0 CHECK (seats_sold >= 0 AND seats_sold <= seats_total),
        minimum_occupancy int NOT NULL CHECK (minimum_occupancy >= 0 AND minimum_occupancy <= seats_total),
        price_per_seat numeric(12, 2) NOT NULL CHECK (price_per_seat >= 0),
        currency char(3) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX launches_supplier_id_idx ON launches (supplier_id)`);
    await queryRunner.query(`CREATE INDEX launches_rocket_id_idx ON launches (rocket_id)`);
    await queryRunner.query(`CREATE INDEX launches_scheduled_at_idx ON launches (scheduled_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE launches`);
    await queryRunner.query(`DROP TABLE rockets`);
    await queryRunner.query(`DROP TABLE suppliers`);
    await queryRunner.query(`DROP TYPE launch_status`);
    await queryRunner.query(`DROP TYPE rocket_range`);
  }
}
