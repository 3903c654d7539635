import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * What a page shows instead of its data when a service it depends on is unavailable: a plain-language
 * message announced to assistive technology, and a way to try again that works without JavaScript.
 */
@Component({
  selector: 'ab-error-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="error" role="alert" aria-labelledby="ab-error-title">
      <h2 id="ab-error-title">{{ heading() }}</h2>
      <p>{{ detail() }}</p>
      <a href="" i18n>Try again</a>
    </section>
  `,
  styles: `
    .error {
      border: 1px solid var(--ab-color-danger);
      border-radius: var(--ab-radius-md);
      background: var(--ab-color-danger-tint);
      padding: var(--ab-space-6);
      max-width: 40rem;
    }
    h2 {
      color: var(--ab-color-danger);
      font-size: var(--ab-font-size-lg);
    }
    p {
      margin: 0 0 var(--ab-space-4);
    }
  `,
})
export class ErrorState {
  readonly heading = input($localize`This page is taking a short break`);
  readonly detail = input(
    $localize`A service this page depends on is not answering right now. Your data is safe; please try again in a moment.`,
  );
}
