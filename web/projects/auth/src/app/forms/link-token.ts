import { afterNextRender, inject, signal, type Signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';

/** `undefined` until the page has looked in the browser (the server never sees a fragment), `null` for none. */
export type LinkToken = string | null | undefined;

const STORAGE_PREFIX = 'astro-link-token:';

/**
 * The one-time token of an emailed link. Links carry it in the fragment (`#token=`), which no server or
 * proxy receives, so it is read in the browser and reaches the BFF only in a form's body. Links sent
 * before that carry `?token=`; both are taken out of the address bar at once. The token is kept in this
 * tab's session storage, so a form that failed (the BFF redirects back with an error, never with the
 * token) can be sent again. Call in an injection context.
 */
export function linkToken(page: string): Signal<LinkToken> {
  const token = signal<LinkToken>(undefined);
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  afterNextRender(() => {
    const key = `${STORAGE_PREFIX}${page}`;
    const fromLink =
      new URLSearchParams(location.hash.slice(1)).get('token') ?? route.snapshot.queryParamMap.get('token');
    if (fromLink) {
      remember(key, fromLink);
      void router.navigate([], {
        relativeTo: route,
        queryParams: { token: null },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
    }
    token.set(fromLink || recall(key));
  });
  return token.asReadonly();
}

// Storage can be switched off (private modes, policies): the link then works for one try, as before.
function remember(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    return;
  }
}

function recall(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
