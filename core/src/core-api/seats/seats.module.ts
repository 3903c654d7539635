import { Module } from '@nestjs/common';
import { CatalogModule } from '../../shared/model/customer-db/catalog.module.js';
import { CatalogSeats } from './catalog-seats.js';
import { SeatLedger } from './seat-ledger.js';

/** A launch's seats: sold in the Operations DB and shown at once in the catalog; no endpoints of its own. */
@Module({
  imports: [CatalogModule],
  providers: [SeatLedger, CatalogSeats],
  exports: [SeatLedger, CatalogSeats],
})
export class SeatsModule {}
