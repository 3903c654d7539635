import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';

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

/** How far a keyboard user may Tab to reach a control before the journey fails as unreachable. */
const MAX_TAB_PRESSES = 60;

/**
 * The person driving a journey: with a pointer (clicks and fills, as Playwright does by default), or with
 * the keyboard only (each control reached with Tab or Shift+Tab from wherever focus is, typed into, and
 * activated with Enter or Space). Journeys say what the person does; the mode says how.
 */
export interface User {
  readonly mode: 'pointer' | 'keyboard';
  readonly page: Page;
  /** Follows a link or presses a button. */
  activate(target: Locator): Promise<void>;
  /** Replaces the text of a field. */
  fill(target: Locator, value: string): Promise<void>;
  /** Picks the option of a select with this value or label. */
  select(target: Locator, value: string): Promise<void>;
}

function describeTarget(target: Locator): string {
  return String(target).replace(/^Locator@/, '');
}

/** Presses Tab (or Shift+Tab, when the target lies before focus) until the target has focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor({ state: 'visible' });
  for (let presses = 0; presses <= MAX_TAB_PRESSES; presses++) {
    const where = await target.evaluate((element) => {
      const focused = element.ownerDocument.activeElement;
      if (focused === element) return 'here';
      if (!focused || focused === element.ownerDocument.body) return 'after';
      return focused.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
    });
    if (where === 'here') return;
    await page.keyboard.press(where === 'before' ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `${describeTarget(target)} could not be reached with ${MAX_TAB_PRESSES} presses of Tab on ${page.url()}`,
  );
}

/** Types a `datetime-local` value (`YYYY-MM-DDTHH:MM`) into Chromium's en-US segments: mm/dd/yyyy, hh:mm AM. */
async function typeDateTime(page: Page, value: string): Promise<void> {
  const [, year, month, day, hours, minutes] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value) ?? [];
  if (!year) throw new Error(`${value} is not a datetime-local value`);
  const hour = Number(hours) % 12 || 12;
  await page.keyboard.type(`${month}${day}${year}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(`${String(hour).padStart(2, '0')}${minutes}${Number(hours) < 12 ? 'A' : 'P'}`);
}

function keyboardUser(page: Page): User {
  return {
    mode: 'keyboard',
    page,
    async activate(target) {
      await tabTo(page, target);
      // Enter follows a link; Space presses a button (Enter would too, but not every control takes it).
      const tag = await target.evaluate((element) => element.tagName);
      await page.keyboard.press(tag === 'A' ? 'Enter' : 'Space');
    },
    async fill(target, value) {
      await tabTo(page, target);
      if ((await target.getAttribute('type')) === 'datetime-local') {
        await typeDateTime(page, value);
      } else {
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Delete');
        await page.keyboard.type(value);
      }
      const typed = await target.inputValue();
      if (typed !== value)
        throw new Error(`typing into ${describeTarget(target)} gave "${typed}", not "${value}"`);
    },
    async select(target, value) {
      await tabTo(page, target);
      const [current, wanted, wantedValue] = await target.evaluate((element, option) => {
        const select = element as HTMLSelectElement;
        const index = Array.from(select.options).findIndex(
          (candidate) => candidate.value === option || candidate.label.trim() === option,
        );
        return [select.selectedIndex, index, select.options[index]?.value] as const;
      }, value);
      if (wanted < 0) throw new Error(`${describeTarget(target)} has no option ${value}`);
      for (let step = current; step !== wanted; step += wanted > current ? 1 : -1) {
        await page.keyboard.press(wanted > current ? 'ArrowDown' : 'ArrowUp');
      }
      const chosen = await target.inputValue();
      if (chosen !== wantedValue)
        throw new Error(`the arrow keys left ${describeTarget(target)} at "${chosen}"`);
    },
  };
}

/** The pointer driver on its own, for tests that are not journeys but share their helpers. */
export function pointerUser(page: Page): User {
  return {
    mode: 'pointer',
    page,
    activate: (target) => target.click(),
    fill: (target, value) => target.fill(value),
    select: async (target, value) => {
      await target.selectOption(value);
    },
  };
}

/**
 * Registers a browser journey twice: "… with a pointer" and "… with the keyboard only". Each run gets its
 * own Chromium and context (`options` are the context's), and the user driving it in that mode.
 */
export function journey(
  name: string,
  run: (user: User, context: BrowserContext) => Promise<void>,
  options: BrowserContextOptions = {},
  timeoutMs = 180_000,
): void {
  for (const [mode, suffix] of [
    ['pointer', 'with a pointer'],
    ['keyboard', 'with the keyboard only'],
  ] as const) {
    it(
      `${name} ${suffix}`,
      async () => {
        const browser = await launchChromium();
        try {
          const context = await browser.newContext({ locale: 'en-US', ...options });
          context.setDefaultTimeout(20_000);
          const page = await context.newPage();
          await run(mode === 'pointer' ? pointerUser(page) : keyboardUser(page), context);
        } finally {
          await browser.close();
        }
      },
      timeoutMs,
    );
  }
}

/** How the shared `ab-launch-time` writes an instant at a zone in a language, worked out here with Intl alone. */
export function launchTimeText(instant: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
    timeZone,
  }).format(instant);
}
