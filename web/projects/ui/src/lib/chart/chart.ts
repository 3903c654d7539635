import { isPlatformServer } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  makeStateKey,
  PendingTasks,
  PLATFORM_ID,
  signal,
  TransferState,
  viewChild,
  type OnInit,
} from '@angular/core';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import type { EChartsOption } from 'echarts';

/**
 * An ECharts chart that is there at first paint: the server renders the option to an SVG string and hands it to
 * the browser in the transfer state, so hydration shows the very same picture without JavaScript having run.
 * Once hydrated, the browser loads ECharts on demand and draws the chart live over it (tooltips on hover).
 * Screen readers get the `summary` (the chart is one image to them) and the data table projected inside.
 * Colours are given as CSS custom properties (`var(--ab-color-chart-1)`), so both themes apply to the SVG.
 */
@Component({
  selector: 'ab-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <div class="frame" role="img" [attr.aria-label]="summary()" [style.height.px]="height()">
        @if (!live()) {
          <div class="static" [innerHTML]="svg()"></div>
        }
        <div #canvas class="live" [class.on]="live()" aria-hidden="true"></div>
      </div>
      <figcaption>{{ caption() }}</figcaption>
      <details>
        <summary i18n>The figures behind the chart</summary>
        <ng-content />
      </details>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0;
    }
    .frame {
      position: relative;
      max-width: 100%;
      overflow: hidden;
    }
    .static,
    .live {
      position: absolute;
      inset: 0;
    }
    .live:not(.on) {
      visibility: hidden;
    }
    figcaption {
      color: var(--ab-color-text-muted);
      font-size: var(--ab-font-size-sm);
      margin-block: var(--ab-space-2);
    }
    details {
      margin-block-start: var(--ab-space-2);
    }
  `,
})
export class Chart implements OnInit {
  /** Names the chart's picture in the transfer state; unique on its page. */
  readonly chartId = input.required<string>();
  readonly option = input.required<EChartsOption>();
  /** What the chart shows, in a sentence, for those who cannot see it. */
  readonly summary = input.required<string>();
  readonly caption = input('');
  readonly width = input(720);
  readonly height = input(320);

  protected readonly svg = signal<SafeHtml>('');
  protected readonly live = signal(false);
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly transferState = inject(TransferState);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly server = isPlatformServer(inject(PLATFORM_ID));

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      void import('echarts').then((echarts) => {
        const chart = echarts.init(this.canvas().nativeElement, null, { renderer: 'svg' });
        chart.setOption(this.option());
        this.live.set(true);
        const resize = new ResizeObserver(() => chart.resize());
        resize.observe(this.canvas().nativeElement);
        destroyRef.onDestroy(() => {
          resize.disconnect();
          chart.dispose();
        });
      });
    });
  }

  ngOnInit(): void {
    const key = makeStateKey<string>(`ab-chart:${this.chartId()}`);
    if (!this.server) {
      this.show(this.transferState.get(key, ''));
      return;
    }
    void this.pendingTasks.run(async () => {
      const echarts = await import('echarts');
      const chart = echarts.init(null, null, {
        renderer: 'svg',
        ssr: true,
        width: this.width(),
        height: this.height(),
      });
      chart.setOption({ ...this.option(), animation: false });
      const svg = chart.renderToSVGString();
      chart.dispose();
      this.transferState.set(key, svg);
      this.show(svg);
    });
  }

  /** The SVG is ECharts' own output from our option, so it is trusted markup. */
  private show(svg: string): void {
    this.svg.set(this.sanitizer.bypassSecurityTrustHtml(svg));
  }
}
