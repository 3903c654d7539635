import { DOCUMENT, inject, REQUEST_CONTEXT } from '@angular/core';
import type { SsrRequestContext } from './ssr-request-context';

/** Origin of the current page, on the server (from the request) and in the browser alike. */
export function pageOrigin(): string {
  const context = inject(REQUEST_CONTEXT, { optional: true }) as SsrRequestContext | null;
  return context?.origin ?? inject(DOCUMENT).location.origin;
}
