import { ApiProperty } from '@nestjs/swagger';

/** A supplier organisation as its staff maintain it; legal fields appear on the platform's invoices. */
export class SupplierProfileDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Orbital Horizons' })
  name: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: String, nullable: true, format: 'email' })
  contactEmail: string | null;

  @ApiProperty({ type: String, nullable: true, example: '+1 321 555 0100' })
  contactPhone: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Orbital Horizons Inc.' })
  legalName: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'US123456789' })
  taxId: string | null;

  @ApiProperty({ type: String, nullable: true })
  legalAddress: string | null;
}
