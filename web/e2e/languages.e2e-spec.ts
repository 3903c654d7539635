import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { axeViolations, DEMO_PASSWORD, envUrl, journey, launchTimeText } from './e2e-support.js';

interface CatalogLaunch {
  readonly id: string;
  readonly missionName: string;
  readonly destination: string;
  readonly scheduledAt: string;
  readonly siteTimeZone: string;
  readonly pricePerSeatMinor: number;
  readonly currency: string;
}

/** The first launches of the catalog, as the home page lists them. */
async function catalog(): Promise<CatalogLaunch[]> {
  const response = await fetch(`${envUrl('CUSTOMER_API_URL')}/launches?limit=12`);
  return ((await response.json()) as { items: CatalogLaunch[] }).items;
}

/** How `ab-launch-time` writes an instant at a zone in Spanish (the server renders it with the same Intl). */
function spanishTime(at: string, timeZone: string): string {
  return launchTimeText(new Date(at), timeZone, 'es');
}

/** Whitespace as people read it: Intl and Angular write the currency after a (narrow) no-break space. */
function plain(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function alternates(html: string): Record<string, string> {
  const links = html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g);
  return Object.fromEntries([...links].map(([, lang, href]) => [lang, href.replaceAll('&amp;', '&')]));
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

describe('reading the customer app in Spanish', () => {
  let browser: Browser;
  let web: string;

  beforeAll(async () => {
    browser = await launchChromium();
    web = envUrl('CUSTOMER_WEB_URL');
  });

  afterAll(async () => {
    await browser?.close();
  });

  journey(
    'follows the language switch from the home page to Spanish words, dates and prices',
    async (user) => {
      const { page } = user;
      const [first] = await catalog();
      const errors = collectErrors(page);
      await page.goto(`${web}/`, { waitUntil: 'networkidle' });
      expect(await page.getAttribute('html', 'lang')).toBe('en');

      const switchLink = page.getByRole('link', { name: 'Español' });
      expect(await switchLink.getAttribute('hreflang')).toBe('es');
      expect(await switchLink.getAttribute('lang')).toBe('es');
      await user.activate(switchLink);
      await page.waitForURL(`${web}/es/`);
      await page.waitForLoadState('networkidle');

      expect(await page.getAttribute('html', 'lang')).toBe('es');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Próximos lanzamientos',
      );
      expect(await page.title()).toContain('Próximos lanzamientos espaciales');
      const card = page.locator('ab-launch-card', { hasText: first.missionName });
      expect(plain(await card.locator('.site time').textContent())).toBe(
        plain(spanishTime(first.scheduledAt, first.siteTimeZone)),
      );
      expect(await card.locator('.site time').textContent()).toMatch(
        /\b(ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\b/,
      );
      // The demo catalog is in US dollars: two decimals, from the integer's digits (no float division).
      const cents = String(first.pricePerSeatMinor).padStart(3, '0');
      const price = new Intl.NumberFormat('es', { style: 'currency', currency: first.currency }).format(
        `${cents.slice(0, -2)}.${cents.slice(-2)}` as Intl.StringNumericLiteral,
      );
      expect(plain(await card.locator('.price').textContent())).toBe(`${plain(price)} por plaza`);
      expect(await axeViolations(page)).toEqual([]);

      // The way back names English in English, to the same page at the site root.
      const back = page.getByRole('link', { name: 'English' });
      expect(await back.getAttribute('href')).toBe('/');
      expect(errors).toEqual([]);
    },
  );

  it('serves the catalog and a launch in Spanish, with hreflang alternates and a Spanish search', async () => {
    const [first] = await catalog();
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${web}/es/launches`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Todos los próximos lanzamientos',
    );
    expect(await axeViolations(page)).toEqual([]);

    // The filter form is a plain GET: its answer stays in Spanish.
    await page.getByLabel('Destino').selectOption(first.destination);
    await page.getByRole('button', { name: 'Mostrar lanzamientos' }).click();
    await page.waitForURL(
      (url) => url.pathname === '/es/launches' && url.searchParams.get('destination') === first.destination,
    );
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      `Lanzamientos a ${first.destination}`,
    );

    await page.getByRole('link', { name: first.missionName, exact: true }).click();
    await page.waitForURL(`${web}/es/launches/${first.id}`);
    await expect(page.getByRole('link', { name: 'Reservar plazas' }).getAttribute('href')).resolves.toBe(
      `/bff/auth/sign-in?returnTo=${encodeURIComponent(`/es/launches/${first.id}/book`)}`,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();

    const html = await (await fetch(`${web}/es/launches/${first.id}`)).text();
    expect(html).toContain('<html lang="es"');
    expect(html).toContain(`<link rel="canonical" href="${web}/es/launches/${first.id}">`);
    expect(alternates(html)).toEqual({
      en: `${web}/launches/${first.id}`,
      es: `${web}/es/launches/${first.id}`,
      'x-default': `${web}/launches/${first.id}`,
    });
    expect(html).toContain('<meta property="og:locale" content="es_ES">');
    expect(html).toContain('<meta property="og:locale:alternate" content="en_US">');
    const english = await (await fetch(`${web}/launches/${first.id}`)).text();
    expect(english).toContain(`<link rel="canonical" href="${web}/launches/${first.id}">`);
    expect(alternates(english)['es']).toBe(`${web}/es/launches/${first.id}`);
  });

  it('lists every public page in both languages in the sitemap, each with its alternates', async () => {
    const [first] = await catalog();
    const xml = await (await fetch(`${web}/sitemap.xml`)).text();
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(`<loc>${web}/</loc>`);
    expect(xml).toContain(`<loc>${web}/es/</loc>`);
    expect(xml).toContain(`<loc>${web}/es/launches?page=2</loc>`);
    const entries = xml.split('<url>').filter((entry) => entry.includes(`/launches/${first.id}<`));
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(entry).toContain(
        `<xhtml:link rel="alternate" hreflang="es" href="${web}/es/launches/${first.id}"/>`,
      );
      expect(entry).toContain(
        `<xhtml:link rel="alternate" hreflang="en" href="${web}/launches/${first.id}"/>`,
      );
      expect(entry).toContain(
        `<xhtml:link rel="alternate" hreflang="x-default" href="${web}/launches/${first.id}"/>`,
      );
    }
  });

  journey('brings a form posted from a Spanish page back to a Spanish page', async (user) => {
    const { page } = user;
    const [first] = await catalog();
    const errors = collectErrors(page);

    // Signing in from a Spanish page goes to the Auth app's Spanish pages; a refused password comes back
    // to them (a POST to the BFF), and signing in comes back to the Spanish page it started from.
    await page.goto(`${web}/es/launches/${first.id}`);
    await user.activate(page.getByRole('link', { name: 'Reservar plazas' }));
    await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/es/sign-in?**`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Inicia sesión en AstroBookings',
    );
    expect(await axeViolations(page)).toEqual([]);
    await user.fill(page.getByLabel('Correo electrónico'), 'customer@astrobookings.test');
    await user.fill(page.getByLabel('Contraseña'), 'not-the-password');
    await user.activate(page.getByRole('button', { name: 'Iniciar sesión' }));
    await page.waitForURL(/\/es\/sign-in\?.*error=invalid-credentials/);
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Ese correo y esa contraseña no han funcionado',
    );
    await user.fill(page.getByLabel('Correo electrónico'), 'customer@astrobookings.test');
    await user.fill(page.getByLabel('Contraseña'), DEMO_PASSWORD);
    await user.activate(page.getByRole('button', { name: 'Iniciar sesión' }));
    await page.waitForURL(`${web}/es/launches/${first.id}/book`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      `Reserva plazas en ${first.missionName}`,
    );

    // Signing out is a POST to the BFF, whose redirect keeps the page's language.
    await user.activate(page.getByRole('button', { name: 'Cerrar sesión' }));
    await page.waitForURL(`${web}/es/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Próximos lanzamientos',
    );
    expect(errors).toEqual([]);
  });

  it.each([
    ['SUPPLIER_WEB_URL', 'supplier@astrobookings.test', 'Lanzamientos'],
    ['FINANCIAL_WEB_URL', 'finance@astrobookings.test', 'Panel'],
    ['OPERATIONS_WEB_URL', 'operations@astrobookings.test', 'Estado del sistema'],
  ])('renders the staff app at %s in Spanish for %s', async (urlName, email, heading) => {
    const staffWeb = envUrl(urlName);
    const context = await browser.newContext();
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const errors = collectErrors(page);

    // The portal's Spanish page sends a signed-out visitor to the Spanish sign-in, and back.
    await page.goto(`${staffWeb}/es/`);
    await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/es/sign-in?**`);
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.waitForURL(`${staffWeb}/es/`);
    await page.waitForLoadState('networkidle');

    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toBe(heading);
    await expect(page.getByRole('button', { name: 'Cerrar sesión' }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
