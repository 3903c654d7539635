import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  LOCALE_ID,
  signal,
} from '@angular/core';

/** How a launch time reads: weekday, date and 24-hour time, then the zone's short name (EDT, GMT+9). */
const FORMAT: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};

/** `America/New_York` → `New York`: the place a zone is named after, as people say it. */
function placeOf(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/**
 * A launch time as the launch site's clocks show it, named by its zone, and as the viewer's clocks show it.
 * The server cannot know the viewer's zone and public pages are cached for everyone, so the server renders
 * UTC in the second line; once the page runs in the browser it shows the viewer's own zone instead (after
 * hydration, so hydration finds exactly what the server rendered).
 */
@Component({
  selector: 'ab-launch-time',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="site"
      ><time [attr.datetime]="at()">{{ siteTime() }}</time> <span class="zone">{{ siteLabel() }}</span></span
    >
    @if (viewerTime()) {
      <span class="viewer"
        >{{ viewerLabel() }} <time [attr.datetime]="at()">{{ viewerText() }}</time></span
      >
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      gap: 0.15rem;
    }
    .zone,
    .viewer {
      color: var(--ab-color-text-muted);
      font-size: 0.85em;
      font-weight: normal;
    }
    .zone {
      margin-inline-start: 0.4em;
    }
  `,
})
export class LaunchTime {
  /** The instant, as an ISO string. */
  readonly at = input.required<string>();
  /** The launch site's IANA zone. */
  readonly timeZone = input.required<string>();
  /** Whether to add the viewer's own time (or UTC, until the browser tells the zone) under the site's. */
  readonly viewerTime = input(true);

  private readonly locale = inject(LOCALE_ID);
  /** The viewer's zone, known only in the browser. */
  private readonly viewerZone = signal<string | undefined>(undefined);

  protected readonly siteTime = computed(() => this.format(this.timeZone()));
  protected readonly siteLabel = computed(
    () => $localize`launch site time (${placeOf(this.timeZone())}:place:)`,
  );
  protected readonly viewerLabel = computed(() => (this.viewerZone() ? $localize`Your time:` : ''));
  protected readonly viewerText = computed(() => {
    const zone = this.viewerZone() ?? 'UTC';
    const text = this.format(zone);
    return zone === 'UTC' ? text : `${text} (${placeOf(zone)})`;
  });

  constructor() {
    afterNextRender(() => this.viewerZone.set(Intl.DateTimeFormat().resolvedOptions().timeZone));
  }

  private format(timeZone: string): string {
    const at = new Date(this.at());
    try {
      return new Intl.DateTimeFormat(this.locale, { ...FORMAT, timeZone }).format(at);
    } catch {
      // A browser whose zone data lacks a newer zone still shows the instant, named as UTC.
      return new Intl.DateTimeFormat(this.locale, { ...FORMAT, timeZone: 'UTC' }).format(at);
    }
  }
}
