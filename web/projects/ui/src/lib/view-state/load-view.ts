import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, RESPONSE_INIT, signal, Signal } from '@angular/core';

export type ViewState<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly view: T }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'error' };

/**
 * Loads a page's view model from its BFF route. Rendered on the server, the response travels to the
 * browser in the transfer cache, so hydration shows the same data without a second request.
 * A 404 from the BFF is `not-found` and the page is answered 404, so crawlers drop it; any other failure
 * is `error` and a 503, which tells crawlers and monitors the outage is temporary rather than an empty
 * page to index. This is the one place a page's status is set from its data.
 * Call in an injection context (a component constructor or field initialiser).
 */
export function loadView<T>(url: string, onReady?: (view: T) => void): Signal<ViewState<T>> {
  const state = signal<ViewState<T>>({ kind: 'loading' });
  const responseInit = inject(RESPONSE_INIT, { optional: true });
  inject(HttpClient)
    .get<T>(url)
    .subscribe({
      next: (view) => {
        state.set({ kind: 'ready', view });
        onReady?.(view);
      },
      error: (error: unknown) => {
        const notFound = error instanceof HttpErrorResponse && error.status === 404;
        if (responseInit) {
          responseInit.status = notFound ? 404 : 503;
        }
        state.set({ kind: notFound ? 'not-found' : 'error' });
      },
    });
  return state.asReadonly();
}
