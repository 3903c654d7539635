import type { PageContext } from '../session/page-context';

/**
 * What each SSR server hands Angular with every render (`AngularNodeAppEngine.handle(req, context)`),
 * read on the server through the `REQUEST_CONTEXT` token.
 */
export interface SsrRequestContext {
  /** CSP nonce of this response; Angular stamps it on the inline scripts it emits. */
  readonly nonce: string;
  /** The request id, passed on to the BFF routes the page calls while rendering. */
  readonly requestId: string;
  /**
   * The browser's address as this server derived it; sent as X-Forwarded-For on the renderer's own calls to
   * its BFF (which trusts loopback), so the APIs count the browser, not the renderer.
   */
  readonly clientAddress: string;
  /** Public origin of this request (`https://host`), for canonical and Open Graph URLs. */
  readonly origin: string;
  /** Who is looking at the page, safe to ship to the browser (no token). */
  readonly page: PageContext;
  /**
   * Cookie header for the server's own calls to its BFF while rendering, carrying this request's
   * (possibly just renewed) session. Server-only: never serialised into the page.
   */
  readonly bffCookie: string;
}
