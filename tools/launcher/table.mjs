// The "what is running where" table printed once everything is healthy.
import { SERVICES, WEB_APPS } from './components.mjs';

export function formatUrlTable(system) {
  const { urls, backing } = system;
  const rows = [
    ...WEB_APPS.map((c) => [c.name, urls[c.urlEnv]]),
    ...SERVICES.map((c) => [c.name, urls[c.urlEnv]]),
    ['mail inbox', backing.mailWebUrl ?? `(external SMTP ${backing.smtpUrl})`],
    ['postgres', backing.databaseUrl],
    ['mongodb', backing.mongoUrl],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return [
    '',
    'AstroBookings is up:',
    ...rows.map(([name, url]) => `  ${name.padEnd(width)}  ${url}`),
    '',
    `  Start at ${urls.CUSTOMER_WEB_URL} (the customer home page lists the seeded launches).`,
    '  Demo accounts (password Astro-Demo-2026!): customer@, vip@, supplier@, finance@, operations@ and',
    '  admin@astrobookings.test; test card 4242 4242 4242 4242.',
    `  Logs: ${system.logDir}/<component>.log    Stop: Ctrl-C`,
    '',
  ].join('\n');
}
