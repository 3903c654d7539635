import { ChangeDetectionStrategy, Component, inject, input, RESPONSE_INIT } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';

/**
 * What an unknown address shows: answered with HTTP 404 so crawlers drop it, and kept out of the index,
 * with the way back to the launches.
 */
@Component({
  selector: 'ab-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{{ heading() }}</h1>
      <p class="ab-lead">{{ detail() }}</p>
      <p><a class="ab-button" href="/launches">See upcoming launches</a></p>
    </section>
  `,
  styles: `
    .not-found {
      max-width: 40rem;
      margin: var(--ab-space-12) auto;
      text-align: center;
    }
  `,
})
export class NotFound {
  readonly heading = input('Page not found');
  readonly detail = input(
    'There is nothing at this address. The launch may have flown, or the link is mistyped.',
  );

  constructor() {
    const responseInit = inject(RESPONSE_INIT, { optional: true });
    if (responseInit) {
      responseInit.status = 404;
    }
    inject(Title).setTitle('Page not found | AstroBookings');
    inject(Meta).updateTag({ name: 'robots', content: 'noindex' });
  }
}
