import { writeCsv } from '../csv.ts';
import type { BatchSummary, DeviceSummary } from './summary.ts';

/**
 * The batch report a warehouse files with the delivery: one row per device, as CSV for spreadsheets and as a
 * self-contained printable HTML page (no scripts, no outside files, every value escaped).
 */

export interface ReportRow {
  serial: string;
  name: string;
  assetTag: string;
  port: string;
  packageSha256: string;
  path: string;
  result: string;
  problem: string;
  started: string;
  finished: string;
  tech: string;
}

const COLUMNS: [keyof ReportRow, string][] = [
  ['serial', 'Serial'],
  ['name', 'Device name'],
  ['assetTag', 'Asset tag'],
  ['port', 'Port'],
  ['packageSha256', 'Package SHA-256'],
  ['path', 'Enrollment path'],
  ['result', 'Result'],
  ['problem', 'Problem'],
  ['started', 'Started'],
  ['finished', 'Finished'],
  ['tech', 'Technician'],
];

function stepResult(d: DeviceSummary, kind: string, field: string): string {
  const v = d.steps.find((s) => s.kind === kind && s.state === 'done')?.result?.[field];
  return typeof v === 'string' ? v : '';
}

export function reportRows(summary: BatchSummary): ReportRow[] {
  return summary.devices.map((d) => ({
    serial: d.serial,
    name: d.name ?? stepResult(d, 'rename', 'name'),
    assetTag: stepResult(d, 'identify', 'assetTag') || (d.assetTag ?? ''),
    port: d.portPath,
    packageSha256: stepResult(d, 'apply-package-oobe', 'sha256'),
    path: stepResult(d, 'coach-enrollment', 'path'),
    result: d.result,
    problem: d.error ? `${d.error.title}: ${d.error.message}` : '',
    started: d.steps.find((s) => s.startedAt)?.startedAt ?? d.joinedAt,
    finished: d.finishedAt ?? '',
    tech: summary.tech,
  }));
}

export function batchReportCsv(summary: BatchSummary): string {
  return writeCsv(
    COLUMNS.map(([, h]) => h),
    reportRows(summary).map((r) => COLUMNS.map(([k]) => r[k])),
  );
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
  body { font: 11pt/1.35 system-ui, sans-serif; color: #111; margin: 24px; }
  h1 { font-size: 16pt; margin: 0 0 4px; }
  .meta { color: #444; margin: 0 0 12px; }
  .counts span { display: inline-block; margin-right: 14px; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; }
  th, td { border: 1px solid #bbb; padding: 3px 5px; text-align: left; vertical-align: top; }
  th { background: #eee; }
  td.hash { font-family: ui-monospace, monospace; word-break: break-all; max-width: 14em; }
  tr.failed td.result { color: #a00; font-weight: bold; }
  tr.unfinished td.result, tr.skipped td.result { color: #855; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print {
    body { margin: 0; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
  }
`;

export function batchReportHtml(summary: BatchSummary, generatedAt: Date = new Date()): string {
  const e = escapeHtml;
  const c = summary.counts;
  const head = COLUMNS.map(([, h]) => `<th>${e(h)}</th>`).join('');
  const body = reportRows(summary)
    .map((r) => {
      const cells = COLUMNS.map(([k]) => {
        const cls = k === 'packageSha256' ? ' class="hash"' : k === 'result' ? ' class="result"' : '';
        return `<td${cls}>${e(r[k])}</td>`;
      }).join('');
      return `<tr class="${e(r.result)}">${cells}</tr>`;
    })
    .join('\n');
  const pkg = summary.packageName
    ? ` · package ${e(summary.packageName)} (SHA-256 ${e(summary.packageSha256 ?? 'unknown')})`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Batch ${summary.batchId} report</title>
<style>${CSS}</style>
</head>
<body>
<h1>Batch ${summary.batchId}: ${e(summary.profile)}</h1>
<p class="meta">Technician ${e(summary.tech || 'not given')} · started ${e(summary.startedAt)} · ${
    summary.finishedAt ? `finished ${e(summary.finishedAt)}` : `not finished (${e(summary.state)})`
  }${pkg} · printed ${e(generatedAt.toISOString())}</p>
<p class="counts"><span>${c.total} devices</span><span>${c.done} done</span><span>${c.failed} failed</span><span>${
    c.skipped
  } skipped</span><span>${c.total - c.done - c.failed - c.skipped} unfinished</span></p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}
