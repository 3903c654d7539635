import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { BookingSystem, CUSTOMER_WEB_URL } from '../../testing/booking-system.js';

/** One directive of a Content-Security-Policy header, e.g. `style-src`, as its list of sources. */
function directive(policy: string | null, name: string): string[] | undefined {
  const found = (policy ?? '')
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found?.slice(1);
}

describe('security headers of Core API, whose checkout page a browser opens', () => {
  const system = new BookingSystem();

  beforeAll(() => system.start(), 90_000);
  afterAll(() => system.stop(), 30_000);

  it('answers JSON that nothing may run, frame or sniff, and no HSTS over plain HTTP', async () => {
    const response = await fetch(`${system.core.url}/health/live`);

    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const policy = response.headers.get('content-security-policy');
    expect(directive(policy, 'default-src')).toEqual(["'none'"]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('asks for HSTS when a trusted proxy says the request came over HTTPS', async () => {
    const response = await fetch(`${system.core.url}/health/live`, {
      headers: { 'x-forwarded-proto': 'https' },
    });

    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
  });

  it('serves the card form under a strict policy: its own style only, posts to itself and back, never framed', async () => {
    const launch = await system.createLaunch({ daysAhead: 30, seatsTotal: 5 });
    const { checkoutUrl } = await system.holdAndCheckout(system.customer, launch.id);

    for (const page of [await fetch(checkoutUrl), await system.payWithCard(checkoutUrl, '1234 5678 9012')]) {
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const policy = page.headers.get('content-security-policy');
      expect(directive(policy, 'default-src')).toEqual(["'none'"]);
      expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
      expect(directive(policy, 'form-action')).toEqual(["'self'", new URL(CUSTOMER_WEB_URL).origin]);
      expect(directive(policy, 'script-src')).toBeUndefined();
      // The page's one inline stylesheet is exactly the one the policy's hash allows.
      const style = /<style>([\s\S]*?)<\/style>/.exec(await page.text())?.[1] ?? '';
      const hash = createHash('sha256').update(style).digest('base64');
      expect(directive(policy, 'style-src')).toEqual([`'sha256-${hash}'`]);
    }
  });

  it('lets the 3-D Secure wait run its one script by hash and ask only its own origin for news', async () => {
    const launch = await system.createLaunch({ daysAhead: 30, seatsTotal: 5 });
    const { checkoutUrl } = await system.holdAndCheckout(system.customer, launch.id);

    const page = await system.payWithCard(checkoutUrl, '4000 0000 0000 3220');

    expect(page.status).toBe(202);
    const policy = page.headers.get('content-security-policy');
    expect(directive(policy, 'default-src')).toEqual(["'none'"]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
    const scripts = [...(await page.text()).matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]).digest('base64');
    expect(directive(policy, 'script-src')).toEqual([`'sha256-${hash}'`]);
  });
});
