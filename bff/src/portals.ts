import type { WebApp } from './config.js';

export interface Portal {
  /** How the app is named to people ("You don't have access to the Supplier portal"). */
  readonly title: string;
  /** Roles that may use the app; null for a public app. Admins may use every staff portal. */
  readonly roles: readonly string[] | null;
}

export const PORTALS: Readonly<Record<WebApp, Portal>> = {
  customer: { title: 'AstroBookings', roles: null },
  auth: { title: 'AstroBookings account', roles: null },
  supplier: { title: 'the Supplier portal', roles: ['supplier', 'admin'] },
  financial: { title: 'the Finance portal', roles: ['finance', 'admin'] },
  operations: { title: 'the Operations portal', roles: ['operations', 'admin'] },
};

export function isWebApp(value: unknown): value is WebApp {
  return typeof value === 'string' && Object.hasOwn(PORTALS, value);
}
