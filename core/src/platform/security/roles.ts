/** Roles a person can hold; one person may hold several. */
export const USER_ROLES = ['customer', 'supplier', 'finance', 'operations', 'admin'] as const;

/** Every role, including `system`, which only services (never people) hold. */
export const ROLES = [...USER_ROLES, 'system'] as const;

export type Role = (typeof ROLES)[number];
export type UserRole = (typeof USER_ROLES)[number];

/** Roles staff of the platform itself hold; an admin account gets all of them. */
export const EMPLOYEE_ROLES: readonly UserRole[] = ['finance', 'operations', 'admin'];

/** Scopes an API key may be granted, each naming what a third party may do. */
export const API_KEY_SCOPES = ['launches:read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
