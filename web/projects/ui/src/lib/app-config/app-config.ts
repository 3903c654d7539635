import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  mergeApplicationConfig,
  provideBrowserGlobalErrorListeners,
  type EnvironmentProviders,
  type Provider,
} from '@angular/core';
import {
  provideClientHydration,
  withEventReplay,
  withHttpTransferCacheOptions,
} from '@angular/platform-browser';
import { provideRouter, Routes, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideServerRendering, RenderMode, withRoutes } from '@angular/ssr';
import { provideSsrContext, requestIdInterceptor } from '../bff/provide-ssr-context';
import { provideNavigationFocus } from '../navigation/navigation-focus';

/**
 * Browser and server configuration every app shares. Pages load data with HttpClient from their own
 * `/bff/...` routes; the transfer cache ships server responses inside the HTML so hydration does not
 * fetch them again. Staff data is answered `no-store` (no browser or proxy may keep it), which must not
 * stop it travelling inside the page that was rendered for that very request; likewise the server-side
 * calls carry the user's session cookie (see `requestIdInterceptor`), and their answers belong in the
 * page rendered for that same user (pages are `private, no-store`).
 * Client-side navigation moves focus and scroll as a page load would (`provideNavigationFocus`).
 * `providers` are the app's own additions, e.g. `provideFormWording(...)`.
 */
export function createAppConfig(
  routes: Routes,
  providers: readonly (Provider | EnvironmentProviders)[] = [],
): ApplicationConfig {
  return {
    providers: [
      ...providers,
      provideBrowserGlobalErrorListeners(),
      // A new page starts at its top, as after a full load; back and forward return where the reader was.
      provideRouter(
        routes,
        withComponentInputBinding(),
        withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
      ),
      provideNavigationFocus(),
      provideHttpClient(withFetch(), withInterceptors([requestIdInterceptor])),
      provideClientHydration(
        withEventReplay(),
        withHttpTransferCacheOptions({
          includeNonCacheableRequests: true,
          includeRequestsWithAuthHeaders: true,
        }),
      ),
    ],
  };
}

/** Server rendering on every request: pages show live data, so nothing is prerendered at build time. */
export function createServerConfig(appConfig: ApplicationConfig): ApplicationConfig {
  return mergeApplicationConfig(appConfig, {
    providers: [
      provideServerRendering(withRoutes([{ path: '**', renderMode: RenderMode.Server }])),
      provideSsrContext(),
    ],
  });
}
