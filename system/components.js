// The services and web apps of AstroBookings, as the core and BFF configuration, the launcher and the web
// build know them. Field meanings: components.d.ts.

const service = (name, key, api, portEnv, urlEnv, defaultPort) =>
  Object.freeze({
    name,
    key,
    api,
    portEnv,
    urlEnv,
    defaultPort,
    defaultUrl: `http://127.0.0.1:${defaultPort}`,
  });

// A web app's default URL says `localhost`, the origin the browser shows: cookies, CSRF origin checks and
// links in mail must all name that same host.
const webApp = (app, portEnv, urlEnv, defaultPort, apis) =>
  Object.freeze({
    app,
    name: `${app}-web`,
    key: `${app}Web`,
    portEnv,
    urlEnv,
    defaultPort,
    defaultUrl: `http://localhost:${defaultPort}`,
    apis: Object.freeze(apis),
  });

export const SERVICES = Object.freeze([
  service('auth-api', 'authApi', 'auth', 'AUTH_API_PORT', 'AUTH_API_URL', 3001),
  service('customer-api', 'customerApi', 'customer', 'CUSTOMER_API_PORT', 'CUSTOMER_API_URL', 3002),
  service('admin-api', 'adminApi', 'admin', 'ADMIN_API_PORT', 'ADMIN_API_URL', 3003),
  service('core-api', 'coreApi', 'core', 'CORE_API_PORT', 'CORE_API_URL', 3004),
  service('job-scheduler', 'jobScheduler', null, 'JOB_SCHEDULER_PORT', 'JOB_SCHEDULER_URL', 3005),
]);

export const WEB_APPS = Object.freeze([
  webApp('customer', 'CUSTOMER_WEB_PORT', 'CUSTOMER_WEB_URL', 4000, ['customer']),
  webApp('auth', 'AUTH_WEB_PORT', 'AUTH_WEB_URL', 4001, ['auth']),
  webApp('supplier', 'SUPPLIER_WEB_PORT', 'SUPPLIER_WEB_URL', 4002, ['admin']),
  webApp('financial', 'FINANCIAL_WEB_PORT', 'FINANCIAL_WEB_URL', 4003, ['admin']),
  webApp('operations', 'OPERATIONS_WEB_PORT', 'OPERATIONS_WEB_URL', 4004, ['core']),
]);
