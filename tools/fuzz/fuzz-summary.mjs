// The table printed after the fuzz stage: one row per API × caller.

/** @param {Array<{ api: string, caller: string, code: number, report: any, seconds: number }>} runs */
export function formatFuzzSummary(runs) {
  const header = ['API', 'caller', 'operations', 'test cases', 'failures', 'errors', 'seconds', 'result'];
  const rows = runs.map(({ api, caller, code, report, seconds }) => [
    api,
    caller,
    String(report?.operations.tested ?? '?'),
    String(report?.test_cases.generated ?? '?'),
    String(report?.test_cases.unique_failures ?? '?'),
    String(report ? report.errors.length : '?'),
    seconds.toFixed(1),
    code === 0 ? 'ok' : 'FAILED',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
