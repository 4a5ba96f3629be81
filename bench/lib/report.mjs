/** The printed report: sizes, then one timing table per CPU throttling × catalogue size. */

const kB = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value) => (value === undefined ? '—' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const cell = (summary) => (summary ? `${ms(summary.median)} (${ms(summary.min)}–${ms(summary.max)})` : '—');
const pad = (text, width) => String(text).padEnd(width);
const padLeft = (text, width) => String(text).padStart(width);

export const METRICS = [
  { key: 'load', label: 'first provider visible (bare: heading)', target: undefined },
  { key: 'search', label: 'search keystroke → list updated', target: 16 },
  { key: 'clear', label: 'clear search → full list back', target: 16 },
  { key: 'open', label: 'click provider → credential input', target: 50 },
  { key: 'validate', label: 'token keystroke → validation message', target: 16 },
];

function table(rows, widths) {
  return rows.map((row) => row.map((text, i) => (i === 0 ? pad(text, widths[i]) : padLeft(text, widths[i]))).join('  ')).join('\n');
}

function widthsOf(rows) {
  return rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
}

/** Lines of the size report. */
export function sizeReport(sizes) {
  const subjects = Object.keys(sizes);
  const bare = sizes.bare?.js.gzip;
  const rows = [['JS shipped, gzip -9 (kB = 1,000 B)', ...subjects]];
  rows.push(['all JS of the page', ...subjects.map((s) => kB(sizes[s].js.gzip))]);
  rows.push(['  loaded at start', ...subjects.map((s) => kB(sizes[s].js.initialGzip))]);
  if (bare !== undefined) {
    rows.push(['beyond the bare page', ...subjects.map((s) => (s === 'bare' ? '—' : kB(sizes[s].js.beyondBareGzip)))]);
    rows.push(['  of which benchmark host code', ...subjects.map((s) => (s === 'bare' ? '—' : kB(sizes[s].js.hostCodeGzip)))]);
    rows.push(['  the widget, in all (target ≤ 40)', ...subjects.map((s) => (s === 'bare' ? '—' : kB(sizes[s].js.widgetGzip)))]);
    rows.push(['  the widget, with the page', ...subjects.map((s) => (s === 'bare' ? '—' : kB(sizes[s].js.widgetInitialGzip)))]);
  }
  const lines = [table(rows, widthsOf(rows))];
  for (const subject of subjects.filter((s) => s !== 'bare')) {
    const parts = sizes[subject].split
      .filter((part) => !['react', 'react-dom', 'scheduler', 'host page'].includes(part.group))
      .filter((part) => part.gzip >= 300)
      .map((part) => `${part.group} ${kB(part.gzip)}`);
    lines.push(`  ${subject} split (gzip of each part alone; React, scheduler and host page left out): ${parts.join(' · ')}`);
  }
  return lines;
}

/** Lines of one timing table (`summary[subject][metric] = { dom, frame }`). */
export function timingReport(title, summary, subjects, { ratioOf } = {}) {
  const rows = [[title, ...subjects.map((s) => `${s}`), 'target']];
  for (const metric of METRICS) {
    for (const phase of ['dom', 'frame']) {
      const label = `${phase === 'dom' ? metric.label : '  … after the next frame'}`;
      const cells = subjects.map((s) => cell(summary[s]?.[metric.key]?.[phase]));
      if (cells.every((text) => text === '—')) continue;
      const target = metric.target === undefined || phase === 'dom' ? '' : `≤ ${metric.target}`;
      rows.push([label, ...cells, target]);
    }
    if (metric.key === 'load' && ratioOf) {
      rows.push(['  ÷ bare heading (medians, next frame)', ...subjects.map((s) => ratioOf(s) ?? '—'), '≤ 1.2']);
    }
  }
  return table(rows, widthsOf(rows)).split('\n');
}

export { kB, ms };
