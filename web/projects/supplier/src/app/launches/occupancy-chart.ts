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
  templateUrl: './occupancy-chart.html',
  styleUrl: './occupancy-chart.css',
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
