export type ServiceName = 'auth-api' | 'customer-api' | 'admin-api' | 'core-api' | 'job-scheduler';
export type ServiceKey = 'authApi' | 'customerApi' | 'adminApi' | 'coreApi' | 'jobScheduler';
/** The HTTP APIs, by the short name the web tier uses for them. */
export type ApiName = 'auth' | 'customer' | 'admin' | 'core';
/** The five web applications; each one is an SSR server with its own backend-for-frontend. */
export type WebApp = 'customer' | 'auth' | 'supplier' | 'financial' | 'operations';
export type WebAppKey = `${WebApp}Web`;

export interface Service {
  /** Its folder in core/src/apps and core/dist/apps, its log name and its compose service. */
  readonly name: ServiceName;
  /** The field naming it in configuration objects (`ports.coreApi`, `urls.coreApi`). */
  readonly key: ServiceKey;
  /** The API it serves, or null for the Job Scheduler, which serves only health. */
  readonly api: ApiName | null;
  /** The variable it takes its port from, e.g. `CORE_API_PORT`. */
  readonly portEnv: string;
  /** The variable the others take its base URL from, e.g. `CORE_API_URL`. */
  readonly urlEnv: string;
  readonly defaultPort: number;
  readonly defaultUrl: string;
}

export interface WebAppDescription {
  readonly app: WebApp;
  /** Its log name and its compose service, e.g. `customer-web`. */
  readonly name: `${WebApp}-web`;
  /** The field naming it in configuration objects (`urls.customerWeb`). */
  readonly key: WebAppKey;
  /** The variable the launcher takes its port from (the app itself listens on `PORT`). */
  readonly portEnv: string;
  /** The variable holding its public base URL, e.g. `CUSTOMER_WEB_URL`. */
  readonly urlEnv: string;
  readonly defaultPort: number;
  readonly defaultUrl: string;
  /** The APIs its backend-for-frontend calls; its health endpoint reports on exactly these. */
  readonly apis: readonly ApiName[];
}

/** The five services of core/, in the order the README lists them. */
export declare const SERVICES: readonly Service[];
/** The five SSR web apps, in the order the README lists them. */
export declare const WEB_APPS: readonly WebAppDescription[];
