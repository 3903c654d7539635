import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

const NOTICES: Readonly<Record<string, string>> = {
  'passengers-saved': 'Passenger names saved. You can pay now.',
  cancelled: 'Your booking is cancelled and its seats are released.',
};

/**
 * The outcome of the last form post, from the URL the BFF redirected to: a notice code, or the Customer
 * API's own explanation of why it refused (shown as text, never as markup).
 */
@Component({
  selector: 'ab-form-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as text) {
      <p class="message error" role="alert"><strong>That didn't work.</strong> {{ text }}</p>
    } @else if (noticeText(); as text) {
      <p class="message notice" role="status">{{ text }}</p>
    }
  `,
  styles: `
    .message {
      margin: 0 0 var(--ab-space-6);
      padding: var(--ab-space-3) var(--ab-space-4);
      border: 1px solid currentColor;
      border-radius: var(--ab-radius-sm);
      max-width: 48rem;
    }
    .error {
      color: var(--ab-color-danger);
      background: rgb(255 143 143 / 8%);
    }
    .notice {
      color: var(--ab-color-success);
      background: rgb(95 227 161 / 8%);
    }
  `,
})
export class FormMessage {
  readonly error = input<string | undefined>();
  readonly notice = input<string | undefined>();
  protected readonly noticeText = computed(() => {
    const code = this.notice();
    return code ? NOTICES[code] : undefined;
  });
}
