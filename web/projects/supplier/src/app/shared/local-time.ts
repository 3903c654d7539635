import { DatePipe } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';

/**
 * A date and time in the viewer's own time zone. The server cannot know it, so it renders UTC (and
 * says so); once the page is live in the browser the same instant is shown in local time.
 */
@Component({
  selector: 'ab-local-time',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<time [attr.datetime]="value()"
    >{{ value() | date: format() : zone() }} <span class="zone">{{ zoneLabel() }}</span></time
  >`,
  styles: `
    .zone {
      color: var(--ab-color-text-muted);
      font-size: 0.8em;
    }
  `,
})
export class LocalTime {
  readonly value = input.required<string>();
  readonly format = input('d MMM y, HH:mm');
  /** `undefined` makes the date pipe use the browser's zone. */
  protected readonly zone = signal<string | undefined>('UTC');
  private readonly localZone = signal<string | null>(null);
  protected readonly zoneLabel = computed(() => this.localZone() ?? 'UTC');

  constructor() {
    afterNextRender(() => {
      this.zone.set(undefined);
      this.localZone.set(
        new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' })
          .formatToParts(new Date(this.value()))
          .find((part) => part.type === 'timeZoneName')?.value ?? '',
      );
    });
  }
}
