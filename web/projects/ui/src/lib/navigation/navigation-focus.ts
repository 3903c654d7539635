import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import {
  afterNextRender,
  inject,
  Injector,
  PLATFORM_ID,
  provideEnvironmentInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';

/** How long a page may take to show its heading (it may wait for its data) before focus goes to `main`. */
const HEADING_WAIT_MS = 5000;

/**
 * After a client-side navigation (never the first load, which the browser handles), focus moves to the new
 * page's main heading, as a new page load would put a screen reader at its start: the heading's text is
 * announced and the next Tab starts from the page. Pages that show their heading only once their data
 * arrived are waited for; a page without one gets `main` focused. A navigation to a fragment leaves focus
 * alone (the router scrolls to the target), and so does a person who already moved focus elsewhere.
 * Scrolling back to the top is the router's (`withInMemoryScrolling` in `createAppConfig`).
 */
export function provideNavigationFocus(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    if (!isPlatformBrowser(inject(PLATFORM_ID))) return;
    const router = inject(Router);
    const document = inject(DOCUMENT);
    const injector = inject(Injector);
    let firstLoad = true;
    router.events.subscribe((event) => {
      if (!(event instanceof NavigationEnd)) return;
      if (firstLoad) {
        firstLoad = false;
        return;
      }
      if (router.parseUrl(event.urlAfterRedirects).fragment) return;
      const focusedBefore = document.activeElement;
      afterNextRender({ read: () => focusHeadingWhenShown(document, focusedBefore) }, { injector });
    });
  });
}

function focusHeadingWhenShown(document: Document, focusedBefore: Element | null): void {
  const main = document.querySelector('main');
  if (!main) return;
  const movedOn = () => document.activeElement !== focusedBefore && document.activeElement !== document.body;
  const heading = () => main.querySelector<HTMLElement>('h1');
  const found = heading();
  if (found) {
    focusTarget(found);
    return;
  }
  const observer = new MutationObserver(() => {
    const shown = heading();
    if (movedOn()) stop();
    else if (shown) {
      stop();
      focusTarget(shown);
    }
  });
  const timer = setTimeout(() => {
    stop();
    if (!movedOn()) focusTarget(main);
  }, HEADING_WAIT_MS);
  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(main, { childList: true, subtree: true });
}

function focusTarget(target: HTMLElement): void {
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}
