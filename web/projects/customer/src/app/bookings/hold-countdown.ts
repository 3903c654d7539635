import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';

/**
 * How long an unpaid hold keeps its seats. The server renders the expiry time (in UTC: it cannot know
 * the viewer's zone); in the browser a live countdown joins it. The ticking clock is a `timer` that
 * assistive technology does not read out every second; a separate polite region announces whole
 * minutes, and the end of the hold, which it also tells the page (`runOut`) so the page can follow the server
 * while it releases the seats.
 */
@Component({
  selector: 'ab-hold-countdown',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="countdown" [class.over]="expired()">
      <p class="until" i18n>
        Your seats are held until
        <time [attr.datetime]="expiresAt()">{{ expiresAt() | date: 'HH:mm' : 'UTC' }} UTC</time>.
      </p>
      @if (clock(); as text) {
        <p class="clock" role="timer" aria-live="off" [attr.aria-label]="spoken()">
          <span aria-hidden="true">{{ text }}</span> <span i18n="time left">left</span>
        </p>
      }
      <p class="ab-visually-hidden" aria-live="polite">{{ announcement() }}</p>
    </div>
  `,
  styles: `
    .countdown {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--ab-space-2) var(--ab-space-4);
      padding: var(--ab-space-3) var(--ab-space-4);
      border: 1px solid var(--ab-color-warning);
      border-radius: var(--ab-radius-sm);
      background: var(--ab-color-warning-tint);
    }
    .countdown.over {
      border-color: var(--ab-color-danger);
    }
    p {
      margin: 0;
    }
    .clock {
      font-variant-numeric: tabular-nums;
      font-size: var(--ab-font-size-lg);
      font-weight: 700;
      color: var(--ab-color-warning);
    }
  `,
})
export class HoldCountdown {
  readonly expiresAt = input.required<string>();
  readonly runOut = output<void>();
  /** Now, in the browser only: `null` while rendering on the server and before hydration. */
  private readonly now = signal<number | null>(null);
  private readonly leftMs = computed(() => {
    const now = this.now();
    return now === null ? null : Math.max(0, Date.parse(this.expiresAt()) - now);
  });
  protected readonly expired = computed(() => this.leftMs() === 0);
  protected readonly clock = computed(() => {
    const ms = this.leftMs();
    if (ms === null || ms === 0) return null;
    const seconds = Math.ceil(ms / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  });
  protected readonly spoken = computed(() => {
    const ms = this.leftMs() ?? 0;
    const seconds = Math.ceil(ms / 1000);
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return minutes === 1
      ? $localize`1 minute ${rest}:seconds: seconds left`
      : $localize`${minutes}:minutes: minutes ${rest}:seconds: seconds left`;
  });
  protected readonly announcement = computed(() => {
    const ms = this.leftMs();
    if (ms === null) return '';
    if (ms === 0) return $localize`The hold has ended: the seats are being released.`;
    const minutes = Math.ceil(ms / 60_000);
    return minutes === 1
      ? $localize`About 1 minute left to complete your booking.`
      : $localize`About ${minutes}:minutes: minutes left to complete your booking.`;
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    // Browser only, after hydration: the server-rendered text must first match.
    afterNextRender(() => {
      const tick = (): void => {
        this.now.set(Date.now());
        if (this.expired()) {
          clearInterval(timer);
          this.runOut.emit();
        }
      };
      const timer = setInterval(tick, 1000);
      tick();
      destroyRef.onDestroy(() => clearInterval(timer));
    });
  }
}
