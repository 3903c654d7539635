import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** A URL the e2e globalSetup exported after starting the system. */
export function envUrl(name: string): string {
  const url = process.env[name];
  if (!url) {
    throw new Error(`${name} is not set: the e2e globalSetup starts the system and exports it`);
  }
  return url;
}

export const DEMO_PASSWORD = 'Astro-Demo-2026!';

/** A password that meets the policy, for accounts the tests create. */
export const NEW_PASSWORD = 'Orbit-Ready-2026!';

/** An address no other test (or earlier run on the same data) uses. */
export function uniqueEmail(name: string): string {
  return `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.test`;
}

interface CaughtMail {
  readonly subject: string;
  readonly html?: string;
  readonly text?: string;
  readonly to: { address: string }[];
}

/**
 * Waits for the mail the SMTP catcher received for `to`, and returns the first link to `path` (its token
 * in the fragment).
 */
export async function linkFromMail(to: string, path: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const pattern = new RegExp(`https?://[^\\s"'<>]+${path.replace(/[/?]/g, '\\$&')}#token=[\\w.~%-]+`);
  while (Date.now() < deadline) {
    const response = await fetch(`${envUrl('MAIL_WEB_URL')}/api/email`);
    const mails = (await response.json()) as CaughtMail[];
    for (const mail of mails.filter((m) => m.to.some((t) => t.address.toLowerCase() === to.toLowerCase()))) {
      const match = pattern.exec(`${mail.text ?? ''} ${mail.html ?? ''}`);
      if (match) return match[0].replaceAll('&amp;', '&');
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`no mail with a ${path} link reached ${to} within ${timeoutMs} ms`);
}

/** The log of every service and web server (not the databases' or the mail catcher's), by file name. */
export function systemLogs(): Record<string, string> {
  const dir = envUrl('E2E_LOG_DIR');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => /-(api|web)\.log$|^job-scheduler\.log$/.test(name))
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** Signs in through the Auth API directly (for test set-up, never what a browser does). */
export async function apiAccessToken(email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${envUrl('AUTH_API_URL')}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login of ${email} answered ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

const JWT = /eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]+/;
const TOKEN_FIELD = /"(accessToken|refreshToken)"\s*:/;

/**
 * Records every response a browser context receives and every cookie it ends up with, to prove that no
 * access or refresh token ever reaches the browser: not in a body, not in a header, not in a cookie
 * scripts can read. Call `leaks()` at the end of a test.
 */
export function watchForTokens(context: BrowserContext): { leaks(): Promise<string[]> } {
  const found: string[] = [];
  const pending: Promise<void>[] = [];
  context.on('response', (response) => {
    pending.push(
      (async () => {
        const headers = await response.allHeaders();
        for (const [name, value] of Object.entries(headers)) {
          if (JWT.test(value)) found.push(`${response.url()} header ${name}`);
        }
        // Redirects have no body; a body the page abandoned (navigated away) may never finish.
        if (response.status() >= 300 && response.status() < 400) return;
        const body = await Promise.race([
          response.text().catch(() => ''),
          new Promise<string>((resolve) => setTimeout(() => resolve(''), 5000).unref()),
        ]);
        if (JWT.test(body) || TOKEN_FIELD.test(body)) found.push(`${response.url()} body`);
      })(),
    );
  });
  return {
    async leaks() {
      await Promise.all(pending);
      for (const cookie of await context.cookies()) {
        if (!cookie.httpOnly && !cookie.name.endsWith('-csrf'))
          found.push(`cookie ${cookie.name} is script-readable`);
        if (JWT.test(cookie.value)) found.push(`cookie ${cookie.name} holds a JWT`);
        if (cookie.name.startsWith('__Host-astro-') && !cookie.name.endsWith('-csrf')) {
          if (!cookie.secure || cookie.sameSite !== 'Lax' || cookie.path !== '/') {
            found.push(`cookie ${cookie.name} lacks Secure/SameSite=Lax/Path=/`);
          }
        }
      }
      return found;
    },
  };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js', {
    paths: [new URL('../../tools/', import.meta.url).pathname],
  }),
  'utf8',
);

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** axe-core's violations on the current page (evaluated over DevTools: the CSP rightly refuses a <script>). */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; help: string; targets: string[][] }[]> {
  await page.evaluate(axeSource);
  const results = (await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
  )) as AxeResults;
  return results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }));
}

/** The one-time token of an emailed link, which rides in its fragment. */
export function tokenOf(link: string): string {
  return decodeURIComponent(new URLSearchParams(new URL(link).hash.slice(1)).get('token') ?? '');
}
