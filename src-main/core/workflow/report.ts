import { writeCsv } from '../csv.ts';
import type { BatchSummary, DeviceSummary } from './summary.ts';
import { say, stationLanguage } from '../language.ts';

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
  training: string;
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

/** Shown only when training devices were asked into the report: each is then marked. */
const TRAINING_COLUMN: [keyof ReportRow, string] = ['training', 'Training (simulated device)'];

function columnsFor(summary: BatchSummary): [keyof ReportRow, string][] {
  return summary.devices.some((d) => d.training) ? [...COLUMNS, TRAINING_COLUMN] : COLUMNS;
}

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
    training: d.training ? 'yes' : '',
  }));
}

/** The printed report's column names in the station's language; the CSV keeps the English ones for scripts. */
function printedHeading(key: keyof ReportRow): string {
  return say(`workflow:report.col.${key}`);
}

export function batchReportCsv(summary: BatchSummary): string {
  const columns = columnsFor(summary);
  return writeCsv(
    columns.map(([, h]) => h),
    reportRows(summary).map((r) => columns.map(([k]) => r[k])),
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
  const columns = columnsFor(summary);
  const head = columns.map(([k]) => `<th>${e(printedHeading(k))}</th>`).join('');
  const body = reportRows(summary)
    .map((r) => {
      const cells = columns
        .map(([k]) => {
          const cls = k === 'packageSha256' ? ' class="hash"' : k === 'result' ? ' class="result"' : '';
          const text =
            k === 'result'
              ? say(`workflow:report.result.${r.result}`, { defaultValue: r.result })
              : k === 'training' && r.training
                ? say('workflow:report.training.yes')
                : r[k];
          return `<td${cls}>${e(text)}</td>`;
        })
        .join('');
      return `<tr class="${e(r.result)}">${cells}</tr>`;
    })
    .join('\n');
  const meta = [
    summary.tech ? say('workflow:report.tech', { tech: summary.tech }) : say('workflow:report.noTech'),
    say('workflow:report.started', { at: summary.startedAt }),
    summary.finishedAt
      ? say('workflow:report.finished', { at: summary.finishedAt })
      : say('workflow:report.unfinished', { state: summary.state }),
    ...(summary.packageName
      ? [say('workflow:report.package', { name: summary.packageName, sha256: summary.packageSha256 ?? '?' })]
      : []),
    say('workflow:report.printed', { at: generatedAt.toISOString() }),
  ];
  const counts = [
    say('workflow:report.count.total', { count: c.total }),
    say('workflow:report.count.done', { count: c.done }),
    say('workflow:report.count.failed', { count: c.failed }),
    say('workflow:report.count.skipped', { count: c.skipped }),
    say('workflow:report.count.unfinished', { count: c.total - c.done - c.failed - c.skipped }),
    ...(summary.trainingLeftOut > 0
      ? [say('workflow:report.count.trainingLeftOut', { count: summary.trainingLeftOut })]
      : []),
  ];
  const lang = stationLanguage() === 'pseudo' ? 'en' : stationLanguage();
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(say('workflow:report.title', { batchId: summary.batchId }))}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${e(say('workflow:report.heading', { batchId: summary.batchId, profile: summary.profile }))}</h1>
<p class="meta">${meta.map(e).join(' · ')}</p>
<p class="counts">${counts.map((t) => `<span>${e(t)}</span>`).join('')}</p>
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
