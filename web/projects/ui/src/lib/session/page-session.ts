import { computed, inject, Injectable, makeStateKey, REQUEST_CONTEXT, TransferState } from '@angular/core';
import type { SsrRequestContext } from '../bff/ssr-request-context';
import { pathIn } from '../locale/language-path';
import { pageLanguage } from '../locale/languages';
import type { PageContext } from './page-context';

const PAGE_CONTEXT_KEY = makeStateKey<PageContext>('ab-page-context');

const ANONYMOUS: PageContext = {
  app: '',
  portalTitle: 'AstroBookings',
  user: null,
  csrfToken: '',
  access: 'granted',
  path: '/',
};

/**
 * The page's session facts: read from the request context while rendering on the server, handed to the
 * browser through the transfer state so hydration shows exactly what the server rendered.
 */
@Injectable({ providedIn: 'root' })
export class PageSession {
  readonly context: PageContext;
  readonly user = computed(() => this.context.user);
  private readonly language = pageLanguage();

  constructor() {
    const transferState = inject(TransferState);
    const ssr = inject(REQUEST_CONTEXT, { optional: true }) as SsrRequestContext | null;
    if (ssr) {
      this.context = ssr.page;
      transferState.set(PAGE_CONTEXT_KEY, ssr.page);
    } else {
      this.context = transferState.get(PAGE_CONTEXT_KEY, ANONYMOUS);
    }
  }

  get granted(): boolean {
    return this.context.access === 'granted';
  }

  /**
   * This app's sign-in entry, coming back to `returnTo` (default: the current page) in the page's language;
   * `returnTo` is a path at the site root or already in that language.
   */
  signInHref(returnTo = this.context.path, switchAccount = false): string {
    const query = new URLSearchParams({ returnTo: pathIn(this.language, returnTo) });
    if (switchAccount) query.set('switch', '1');
    return `/bff/auth/sign-in?${query.toString()}`;
  }
}
