import type { UserRole } from '../platform/security/roles.js';

/** The password of every demo account (listed in the README); only ever seeded into development data. */
export const DEMO_PASSWORD = 'Astro-Demo-2026!';

export interface DemoAccount {
  email: string;
  fullName: string;
  roles: UserRole[];
  /** Customers: their tax id for the Customer DB profile. */
  taxId?: string;
  /** Supplier staff: the seeded supplier they work for. */
  supplierName?: string;
}

/** One account per role so each portal can be tried at once; the admin also holds every employee role. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'customer@astrobookings.test',
    fullName: 'Casey Customer',
    roles: ['customer'],
    taxId: 'ES12345678Z',
  },
  { email: 'vip@astrobookings.test', fullName: 'Valentina Vip', roles: ['customer'], taxId: 'FR98765432101' },
  {
    email: 'supplier@astrobookings.test',
    fullName: 'Sam Supplier',
    roles: ['supplier'],
    supplierName: 'Orbital Horizons',
  },
  { email: 'finance@astrobookings.test', fullName: 'Fiona Finance', roles: ['finance'] },
  { email: 'operations@astrobookings.test', fullName: 'Oscar Operations', roles: ['operations'] },
  { email: 'admin@astrobookings.test', fullName: 'Ada Admin', roles: ['admin', 'finance', 'operations'] },
];
