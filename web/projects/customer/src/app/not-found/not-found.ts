import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';

/**
 * What a page shows for something that is not there, kept out of the index, with the way back to the
 * launches. It sets no status: `loadView` answers a missing launch or booking 404, `NotFoundPage` an
 * unknown address.
 */
@Component({
  selector: 'ab-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{{ heading() }}</h1>
      <p class="ab-lead">{{ detail() }}</p>
      <p><a class="ab-button" href="launches" i18n>See upcoming launches</a></p>
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
  readonly heading = input($localize`Page not found`);
  readonly detail = input(
    $localize`There is nothing at this address. The launch may have flown, or the link is mistyped.`,
  );

  constructor() {
    inject(Title).setTitle($localize`Page not found | AstroBookings`);
    inject(Meta).updateTag({ name: 'robots', content: 'noindex' });
  }
}
