import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Currencies whose minor unit is not the hundredth, as `minorDigits` (Intl, CLDR) counts them when this migration
 * was written. Frozen here, not read from Intl at run time, so the migration converts the same way on every Node
 * version; `money-in-minor-units.spec.ts` holds the lists to `minorDigits`. CLDR, which the whole platform uses
 * to read and write these integers, counts a few currencies differently from ISO 4217 (IQD, HUF, COP: 0): the
 * stored integer must mean what the code reading it thinks it means.
 */
export const ZERO_DIGIT_CURRENCIES = [
  'AFN',
  'ALL',
  'BIF',
  'CLP',
  'COP',
  'DJF',
  'GNF',
  'HUF',
  'IDR',
  'IQD',
  'IRR',
  'ISK',
  'JPY',
  'KMF',
  'KPW',
  'KRW',
  'LAK',
  'LBP',
  'MGA',
  'MMK',
  'PKR',
  'PYG',
  'RWF',
  'SLL',
  'SOS',
  'SYP',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
  'YER',
] as const;
export const THREE_DIGIT_CURRENCIES = ['BHD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'] as const;

const quoted = (codes: readonly string[]) => codes.map((code) => `'${code}'`).join(', ');

/** 10^(minor digits) of the row's currency, in SQL. */
const scale = `CASE
    WHEN currency IN (${quoted(ZERO_DIGIT_CURRENCIES)}) THEN 1
    WHEN currency IN (${quoted(THREE_DIGIT_CURRENCIES)}) THEN 1000
    ELSE 100
  END`;

interface MoneyColumn {
  table: string;
  decimal: string;
  minor: string;
  nullable: boolean;
  /** `numeric(p, s)` of the old column, for `down`. */
  precision: number;
  nonNegative: boolean;
}

const COLUMNS: readonly MoneyColumn[] = [
  {
    table: 'launches',
    decimal: 'price_per_seat',
    minor: 'price_per_seat_minor',
    nullable: false,
    precision: 12,
    nonNegative: true,
  },
  {
    table: 'bookings',
    decimal: 'amount',
    minor: 'amount_minor',
    nullable: false,
    precision: 14,
    nonNegative: true,
  },
  {
    table: 'bookings',
    decimal: 'refund_amount',
    minor: 'refund_amount_minor',
    nullable: true,
    precision: 14,
    nonNegative: true,
  },
  {
    table: 'payments',
    decimal: 'amount',
    minor: 'amount_minor',
    nullable: false,
    precision: 14,
    nonNegative: true,
  },
  {
    table: 'payment_sessions',
    decimal: 'amount',
    minor: 'amount_minor',
    nullable: false,
    precision: 14,
    nonNegative: false,
  },
];

/**
 * Money becomes integer minor units of the row's currency (`bigint`), so nothing computes with a decimal that a
 * float could round: 19.99 USD becomes 1999, 5000 JPY stays 5000, 1.234 KWD becomes 1234. The old columns had two
 * decimals for every currency, so a zero-digit amount with cents (never a valid price) rounds to the nearest unit,
 * as payment providers were already sent it. `down` writes two decimals again, so it rounds a three-digit
 * currency's last digit.
 */
export class MoneyInMinorUnits1769800000000 implements MigrationInterface {
  name = 'MoneyInMinorUnits1769800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of COLUMNS) {
      await queryRunner.query(`ALTER TABLE ${column.table} ADD COLUMN ${column.minor} bigint`);
      await queryRunner.query(
        `UPDATE ${column.table} SET ${column.minor} = round(${column.decimal} * ${scale})::bigint`,
      );
      if (!column.nullable)
        await queryRunner.query(`ALTER TABLE ${column.table} ALTER COLUMN ${column.minor} SET NOT NULL`);
      if (column.nonNegative)
        await queryRunner.query(
          `ALTER TABLE ${column.table} ADD CONSTRAINT ${column.table}_${column.minor}_check CHECK (${column.minor} >= 0)`,
        );
      await queryRunner.query(`ALTER TABLE ${column.table} DROP COLUMN ${column.decimal}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of [...COLUMNS].reverse()) {
      await queryRunner.query(
        `ALTER TABLE ${column.table} ADD COLUMN ${column.decimal} numeric(${column.precision}, 2)`,
      );
      await queryRunner.query(
        `UPDATE ${column.table} SET ${column.decimal} = round(${column.minor}::numeric / ${scale}, 2)`,
      );
      if (!column.nullable)
        await queryRunner.query(`ALTER TABLE ${column.table} ALTER COLUMN ${column.decimal} SET NOT NULL`);
      if (column.nonNegative)
        await queryRunner.query(
          `ALTER TABLE ${column.table} ADD CONSTRAINT ${column.table}_${column.decimal}_check CHECK (${column.decimal} >= 0)`,
        );
      await queryRunner.query(`ALTER TABLE ${column.table} DROP COLUMN ${column.minor}`);
    }
  }
}
