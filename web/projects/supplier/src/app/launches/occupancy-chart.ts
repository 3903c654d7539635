import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { LaunchRow } from './launches-view';

const ROW_HEIGHT = 56;

/**
 * Seats sold against the minimum per upcoming launch, as horizontal bars: the track is every seat on
 * offer, the fill the seats sold (green once viable), the tick the minimum. Widths are percentages, so
 * the chart fits any screen with text at its real size. The SVG is one image with a summary for
 * assistive technology; the same figures are in the table that follows it.
 */
@Component({
  selector: 'ab-occupancy-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart ab-card">
      <figcaption id="occupancy-chart-title">
        <h2>Occupancy of upcoming launches</h2>
        <p class="hint">Seats sold against the minimum each launch needs to be viable.</p>
      </figcaption>
      @if (bars().length === 0) {
        <p>No upcoming launches match these filters.</p>
      } @else {
        <svg
          role="img"
          aria-labelledby="occupancy-chart-title occupancy-chart-desc"
          width="100%"
          [attr.height]="bars().length * rowHeight"
          focusable="false"
        >
          <desc id="occupancy-chart-desc">{{ summary() }}</desc>
          @for (bar of bars(); track bar.id; let i = $index) {
            <g [attr.transform]="'translate(0,' + i * rowHeight + ')'">
              <text class="label" x="0" y="18">{{ bar.missionName }}</text>
              <text class="figure" x="100%" y="18" text-anchor="end">
                {{ bar.seatsSold }}/{{ bar.seatsTotal }} · min {{ bar.minimumOccupancy }}
              </text>
              <rect class="track" x="0" y="28" width="100%" height="14" rx="7" />
              <rect
                class="sold"
                [class.viable]="bar.viable"
                x="0"
                y="28"
                [attr.width]="bar.soldPercent + '%'"
                height="14"
                rx="7"
              />
              <line
                class="minimum"
                [attr.x1]="bar.minimumPercent + '%'"
                [attr.x2]="bar.minimumPercent + '%'"
                y1="24"
                y2="46"
              />
            </g>
          }
        </svg>
        <ul class="legend" aria-hidden="true">
          <li><span class="swatch viable"></span>Sold, viable</li>
          <li><span class="swatch"></span>Sold, below minimum</li>
          <li><span class="tick"></span>Minimum occupancy</li>
        </ul>
      }
    </figure>
  `,
  styles: `
    .chart {
      margin: 0 0 var(--ab-space-8);
    }
    h2 {
      font-size: var(--ab-font-size-lg);
      margin: 0;
    }
    figcaption {
      margin-bottom: var(--ab-space-4);
    }
    svg {
      display: block;
      overflow: visible;
    }
    .label {
      fill: var(--ab-color-text);
      font-size: 0.875rem;
      font-weight: 600;
    }
    .figure {
      fill: var(--ab-color-text-muted);
      font-size: 0.8125rem;
      font-variant-numeric: tabular-nums;
    }
    .track {
      fill: var(--ab-color-surface-raised);
    }
    .sold {
      fill: var(--ab-color-warning);
    }
    .sold.viable {
      fill: var(--ab-color-success);
    }
    .minimum {
      stroke: var(--ab-color-text);
      stroke-width: 3;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ab-space-2) var(--ab-space-6);
      list-style: none;
      padding: 0;
      margin: var(--ab-space-4) 0 0;
      color: var(--ab-color-text-muted);
      font-size: var(--ab-font-size-sm);
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: var(--ab-space-2);
    }
    .swatch {
      width: 1rem;
      height: 0.75rem;
      border-radius: var(--ab-radius-pill);
      background: var(--ab-color-warning);
    }
    .swatch.viable {
      background: var(--ab-color-success);
    }
    .tick {
      width: 3px;
      height: 1rem;
      background: var(--ab-color-text);
    }
  `,
})
export class OccupancyChart {
  readonly launches = input.required<readonly LaunchRow[]>();
  protected readonly rowHeight = ROW_HEIGHT;

  protected readonly bars = computed(() =>
    this.launches().map((launch) => {
      const total = Math.max(launch.seatsTotal, 1);
      return {
        ...launch,
        soldPercent: Math.min(100, (launch.seatsSold / total) * 100),
        minimumPercent: Math.min(100, (launch.minimumOccupancy / total) * 100),
      };
    }),
  );

  protected readonly summary = computed(() => {
    const bars = this.bars();
    const viable = bars.filter((bar) => bar.viable).length;
    const below = bars
      .filter((bar) => !bar.viable)
      .map((bar) => `${bar.missionName} (${bar.seatsSold} of ${bar.minimumOccupancy} needed)`);
    return (
      `${bars.length} upcoming launches, ${viable} at or above their minimum occupancy.` +
      (below.length > 0 ? ` Below minimum: ${below.join(', ')}.` : '') +
      ' The table below lists every figure.'
    );
  });
}
