// The one table `npm run bench` prints: each figure beside its baseline, the ratio and its target.

/** One figure. `better` says which way is good; the ratio is always "how many times better than the baseline". */
export interface Row {
  metric: string;
  size: string;
  value: number;
  unit: string;
  baseline?: number;
  baselineName?: string;
  better: 'lower' | 'higher';
  target?: string;
  met?: boolean;
}

const num = (n: number): string =>
  Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);

export function ratio(row: Row): number | undefined {
  if (row.baseline === undefined) return undefined;
  return row.better === 'lower' ? row.baseline / row.value : row.value / row.baseline;
}

export function renderTable(rows: Row[]): string {
  const header = ['metric', 'size', 'Dateline', 'baseline', 'ratio', 'target', ''];
  const cells = rows.map((r) => {
    const x = ratio(r);
    return [
      r.metric,
      r.size,
      `${num(r.value)} ${r.unit}`,
      r.baseline === undefined ? '' : `${num(r.baseline)} ${r.unit} ${r.baselineName ?? ''}`.trim(),
      x === undefined ? '' : `${x.toFixed(2)}×`,
      r.target ?? '',
      r.met === undefined ? '' : r.met ? '✓' : '✗',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]): string => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
