import { ApiProperty } from '@nestjs/swagger';
import type { CatalogEntryChange } from './catalog-writer.js';

const CHANGES: CatalogEntryChange[] = ['created', 'modified', 'unchanged', 'removed'];

/** What projecting one launch did to the public catalog. */
export class LaunchProjectionDto {
  @ApiProperty({ format: 'uuid' })
  launchId: string;

  @ApiProperty({
    enum: CHANGES,
    description: 'The catalog entry was created, changed, already up to date, or removed (launch gone).',
  })
  change: CatalogEntryChange;
}
