import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A progress bar for a step the server is working on: how far when the page knows (`value` of `max`),
 * otherwise a moving bar that says only "busy". It names the step for assistive technology but announces
 * nothing: the caller's `role="status"` region says what is happening, in words, once.
 */
@Component({
  selector: 'ab-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (value() !== undefined) {
      <progress [attr.aria-label]="label()" [value]="value() ?? 0" [max]="max()"></progress>
    } @else {
      <span class="track" role="progressbar" [attr.aria-label]="label()"><span class="bar"></span></span>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: var(--ab-space-3) 0;
    }
    progress,
    .track {
      display: block;
      width: 100%;
      height: var(--ab-space-2);
      border-radius: var(--ab-radius-pill);
      accent-color: var(--ab-color-accent);
    }
    .track {
      position: relative;
      overflow: hidden;
      background: var(--ab-color-surface-raised);
    }
    .bar {
      position: absolute;
      inset: 0 auto 0 0;
      width: 40%;
      border-radius: inherit;
      background: var(--ab-color-accent);
      animation: ab-progress-busy 1.4s ease-in-out infinite;
    }
    @keyframes ab-progress-busy {
      from {
        transform: translateX(-100%);
      }
      to {
        transform: translateX(250%);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bar {
        width: 100%;
        animation: none;
        opacity: 0.6;
      }
    }
  `,
})
export class Progress {
  /** What is in progress, e.g. "Confirming your payment". */
  readonly label = input.required<string>();
  /** How much is done, when known; a step with no known end leaves it out. */
  readonly value = input<number>();
  readonly max = input(100);
}
