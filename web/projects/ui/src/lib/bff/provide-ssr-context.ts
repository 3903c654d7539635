import { HttpInterceptorFn } from '@angular/common/http';
import { CSP_NONCE, DOCUMENT, inject, Provider, REQUEST_CONTEXT } from '@angular/core';
import { BEFORE_APP_SERIALIZED } from '@angular/platform-server';
import type { SsrRequestContext } from './ssr-request-context';

/** Id of the inline script the Angular build writes into index.html for early event capture. */
const EVENT_DISPATCH_SCRIPT_ID = 'ng-event-dispatch-contract';

function ssrContext(): SsrRequestContext | null {
  return inject(REQUEST_CONTEXT, { optional: true }) as SsrRequestContext | null;
}

/**
 * Server-side HttpClient calls to the app's own BFF carry the page's request id, so the BFF and API logs
 * of one page view share it; the page's session cookie, so the BFF route answers for the same user; and the
 * browser's address, so the APIs' limits count the browser rather than this server.
 * Only relative `/bff/` URLs get the cookie and the address: they must never leave for another origin.
 */
export const requestIdInterceptor: HttpInterceptorFn = (req, next) => {
  const context = ssrContext();
  if (!context) {
    return next(req);
  }
  const ownBff = req.url.startsWith('/bff/');
  return next(
    req.clone({
      setHeaders: {
        'x-request-id': context.requestId,
        ...(ownBff ? { cookie: context.bffCookie, 'x-forwarded-for': context.clientAddress } : {}),
      },
    }),
  );
};

/**
 * Server-only providers: the response's CSP nonce for the inline scripts and styles Angular emits.
 * Angular stamps it on what it renders, but the event-dispatch contract script comes verbatim from the
 * built index.html, so it is stamped here just before the document is serialised.
 */
export function provideSsrContext(): Provider[] {
  return [
    { provide: CSP_NONCE, useFactory: () => ssrContext()?.nonce ?? null },
    {
      provide: BEFORE_APP_SERIALIZED,
      multi: true,
      useFactory: () => {
        const document = inject(DOCUMENT);
        const nonce = inject(CSP_NONCE);
        return () => {
          if (nonce) {
            document.getElementById(EVENT_DISPATCH_SCRIPT_ID)?.setAttribute('nonce', nonce);
          }
        };
      },
    },
  ];
}
