import { HttpClient } from '@angular/common/http';
import { inject, RESPONSE_INIT, signal, Signal } from '@angular/core';

export type ViewState<T> =
  { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly view: T } | { readonly kind: 'error' };

/**
 * Loads a page's view model from its BFF route. Rendered on the server, the response travels to the
 * browser in the transfer cache, so hydration shows the same data without a second request.
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
      error: () => {
        // A 503 tells crawlers and monitors the outage is temporary, rather than an empty page to index.
        if (responseInit) {
          responseInit.status = 503;
        }
        state.set({ kind: 'error' });
      },
    });
  return state.asReadonly();
}
