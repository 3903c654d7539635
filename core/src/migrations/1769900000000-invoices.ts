import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform's own books: invoices to suppliers (with the facts as they were when issued), the payments that
 * settle them, credit notes that void them, reminders of overdue ones, and the gap-free document counters.
 */
export class Invoices1769900000000 implements MigrationInterface {
  name = 'Invoices1769900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE document_numbers (
        series varchar(4) NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 9999),
        last_number int NOT NULL CHECK (last_number > 0),
        PRIMARY KEY (series, year)
      )`);
    await queryRunner.query(`
      CREATE TABLE invoices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number varchar(20) NOT NULL UNIQUE,
        supplier_id uuid NOT NULL REFERENCES suppliers (id) ON DELETE RESTRICT,
        launch_id uuid REFERENCES launches (id) ON DELETE RESTRICT,
        fee_kind varchar(16) NOT NULL CHECK (fee_kind IN ('launch_fee', 'abort_fee', 'manual')),
        status varchar(16) NOT NULL DEFAULT 'issued'
          CHECK (status IN ('issued', 'partially_paid', 'paid', 'overdue', 'void')),
        currency char(3) NOT NULL,
        gross_revenue_minor bigint NOT NULL DEFAULT 0 CHECK (gross_revenue_minor >= 0),
        refunds_minor bigint NOT NULL DEFAULT 0 CHECK (refunds_minor >= 0),
        net_revenue_minor bigint NOT NULL DEFAULT 0 CHECK (net_revenue_minor >= 0),
        rate_basis_points int CHECK (rate_basis_points >= 0),
        fee_minor bigint NOT NULL CHECK (fee_minor >= 0),
        paid_minor bigint NOT NULL DEFAULT 0 CHECK (paid_minor >= 0 AND paid_minor <= fee_minor),
        supplier_reliable boolean NOT NULL DEFAULT false,
        description text NOT NULL DEFAULT '',
        supplier_name varchar(120) NOT NULL,
        supplier_legal_name varchar(200) NOT NULL,
        supplier_tax_id varchar(40) NOT NULL DEFAULT '',
        supplier_legal_address text NOT NULL DEFAULT '',
        mission_name varchar(160),
        rocket_name varchar(120),
        launch_scheduled_at timestamptz,
        launch_site varchar(160),
        destination varchar(160),
        passengers jsonb NOT NULL DEFAULT '[]',
        issue_date date NOT NULL,
        due_date date NOT NULL,
        void_reason text,
        voided_at timestamptz,
        created_by varchar(80) NOT NULL,
        origin_service varchar(32) NOT NULL,
        request_id varchar(128),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'void' OR void_reason IS NOT NULL),
        CHECK (fee_kind = 'manual' OR launch_id IS NOT NULL)
      )`);
    // Exactly one automatic invoice per launch and fee kind, even when the event or the job arrives twice;
    // a voided one keeps its place, so a correction is issued by hand.
    await queryRunner.query(`
      CREATE UNIQUE INDEX invoices_one_automatic_per_launch ON invoices (launch_id, fee_kind)
        WHERE fee_kind IN ('launch_fee', 'abort_fee')`);
    await queryRunner.query(`CREATE INDEX invoices_supplier_idx ON invoices (supplier_id, issue_date)`);
    await queryRunner.query(
      `CREATE INDEX invoices_open_due_idx ON invoices (due_date) WHERE status IN ('issued', 'partially_paid', 'overdue')`,
    );
    await queryRunner.query(`
      CREATE TABLE invoice_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id uuid NOT NULL REFERENCES invoices (id) ON DELETE RESTRICT,
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        currency char(3) NOT NULL,
        paid_on date NOT NULL,
        reference varchar(120) NOT NULL,
        method varchar(16) NOT NULL CHECK (method IN ('bank_transfer', 'card', 'cheque', 'other')),
        recorded_by varchar(80) NOT NULL,
        origin_service varchar(32) NOT NULL,
        request_id varchar(128),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX invoice_payments_invoice_idx ON invoice_payments (invoice_id, paid_on)`,
    );
    await queryRunner.query(`
      CREATE TABLE credit_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number varchar(20) NOT NULL UNIQUE,
        invoice_id uuid NOT NULL UNIQUE REFERENCES invoices (id) ON DELETE RESTRICT,
        amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
        currency char(3) NOT NULL,
        reason text NOT NULL,
        issue_date date NOT NULL,
        created_by varchar(80) NOT NULL,
        origin_service varchar(32) NOT NULL,
        request_id varchar(128),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One reminder per invoice per interval: the job inserts the key first and only a new row queues an email.
    await queryRunner.query(`
      CREATE TABLE invoice_reminders (
        invoice_id uuid NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        interval_key varchar(32) NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (invoice_id, interval_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE invoice_reminders`);
    await queryRunner.query(`DROP TABLE credit_notes`);
    await queryRunner.query(`DROP TABLE invoice_payments`);
    await queryRunner.query(`DROP TABLE invoices`);
    await queryRunner.query(`DROP TABLE document_numbers`);
  }
}
