import type { DataSource } from 'typeorm';
import { Launch } from '../shared/model/operations/launch.entity.js';
import { Rocket } from '../shared/model/operations/rocket.entity.js';
import { Supplier } from '../shared/model/operations/supplier.entity.js';
import { seedData } from './seed-data.js';

/** Inserts the demo data in one transaction when no supplier exists yet; returns whether it inserted. */
export async function insertSeedData(dataSource: DataSource, now: Date): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(Supplier)) > 0) return false;
    for (const { rockets, ...supplierFields } of seedData(now)) {
      const supplier = await manager.save(manager.create(Supplier, supplierFields));
      for (const { launches, ...rocketFields } of rockets) {
        const rocket = await manager.save(
          manager.create(Rocket, { ...rocketFields, supplierId: supplier.id }),
        );
        await manager.save(
          launches.map((launch) =>
            manager.create(Launch, { ...launch, supplierId: supplier.id, rocketId: rocket.id }),
          ),
        );
      }
    }
    return true;
  });
}
