import { argon2id, hash } from 'argon2';
import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import type { DataSource } from 'typeorm';
import { Credential, CredentialSchema } from '../shared/model/core-db/credential.schema.js';
import {
  CustomerProfile,
  CustomerProfileSchema,
} from '../shared/model/customer-db/customer-profile.schema.js';
import { StaffMember } from '../shared/model/operations/staff-member.entity.js';
import { Supplier } from '../shared/model/operations/supplier.entity.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

export interface AccountDatabases {
  dataSource: DataSource;
  coreDb: Connection;
  customerDb: Connection;
}

/** Creates each demo account whose email is free (credentials, profile or staff record); returns how many. */
export async function insertDemoAccounts({
  dataSource,
  coreDb,
  customerDb,
}: AccountDatabases): Promise<number> {
  const credentials = coreDb.model(Credential.name, CredentialSchema);
  const customers = customerDb.model(CustomerProfile.name, CustomerProfileSchema);
  await credentials.init();
  const passwordHash = await hash(DEMO_PASSWORD, {
    type: argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  let inserted = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await credentials.exists({ email: account.email })) continue;
    const supplier = account.supplierName
      ? await dataSource.getRepository(Supplier).findOneByOrFail({ name: account.supplierName })
      : undefined;
    const id = randomUUID();
    const now = new Date();
    await credentials.create({
      _id: id,
      email: account.email,
      fullName: account.fullName,
      passwordHash,
      roles: account.roles,
      ...(supplier ? { supplierId: supplier.id } : {}),
      status: 'active',
      emailVerifiedAt: now,
      createdAt: now,
    });
    if (account.taxId) {
      await customers.create({
        _id: id,
        email: account.email,
        fullName: account.fullName,
        taxId: account.taxId,
        createdAt: now,
      });
    } else {
      await dataSource.getRepository(StaffMember).save({
        id,
        kind: supplier ? 'supplier' : 'employee',
        supplierId: supplier?.id ?? null,
        fullName: account.fullName,
        email: account.email,
      });
    }
    inserted += 1;
  }
  return inserted;
}
