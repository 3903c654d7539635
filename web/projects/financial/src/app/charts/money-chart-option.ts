import { formatMoney } from '@astrobookings/ui';
import type { EChartsOption } from 'echarts';

export interface MoneySeries {
  readonly name: string;
  readonly kind: 'bar' | 'line';
  /** Which chart token paints it: `--ab-color-chart-<n>`. */
  readonly colour: 1 | 2 | 3;
  /** Integer minor units, one per category. */
  readonly values: readonly number[];
}

/**
 * An ECharts option for amounts of one currency over categories (months): values stay integer minor units and
 * every label and tooltip is written by `formatMoney` in the reader's locale, so the chart agrees with the tables.
 */
export function moneyChartOption(
  categories: readonly string[],
  series: readonly MoneySeries[],
  currency: string,
  locale: string,
): EChartsOption {
  const money = (value: unknown) => formatMoney(Number(value), currency, locale);
  const text = 'var(--ab-color-text)';
  const muted = 'var(--ab-color-text-muted)';
  return {
    grid: { left: 16, right: 16, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: text } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: money,
      backgroundColor: 'var(--ab-color-surface-raised)',
      borderColor: 'var(--ab-color-border)',
      textStyle: { color: text },
    },
    xAxis: {
      type: 'category',
      data: [...categories],
      axisLabel: { color: muted },
      axisLine: { lineStyle: { color: 'var(--ab-color-border)' } },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: muted, formatter: money },
      splitLine: { lineStyle: { color: 'var(--ab-color-border)' } },
    },
    series: series.map((line) => ({
      name: line.name,
      type: line.kind,
      data: [...line.values],
      itemStyle: { color: `var(--ab-color-chart-${line.colour})` },
      lineStyle: { color: `var(--ab-color-chart-${line.colour})`, type: 'dashed' },
      emphasis: { disabled: true },
    })),
  };
}

/** `2027-03` → "Mar 2027" in the reader's language, for axis categories and table rows. */
export function monthLabel(month: string, locale: string): string {
  const [year, index] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, index - 1, 1)),
  );
}
