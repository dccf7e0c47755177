import type { LibraryPackage, PackageFinding } from '../../../../src-main/shared/contract/packages.ts';
import { SEVERITY_WORDS, WORST_WORDS } from '../../stores/packages.ts';

/** The package's worst finding as a coloured badge, with the counts spelled out for screen readers. */
export function WorstBadge({ pkg }: { pkg: LibraryPackage }) {
  const { block, warn, info } = pkg.counts;
  const parts = [
    block ? `${block} blocking` : '',
    warn ? `${warn} warning${warn === 1 ? '' : 's'}` : '',
    info ? `${info} note${info === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return (
    <span className={`pk-badge pk-badge--${pkg.worst}`} title={parts.join(', ') || 'No findings'}>
      {WORST_WORDS[pkg.worst]}
      {parts.length > 0 && <span className="pk-badge__count"> ({parts.join(', ')})</span>}
    </span>
  );
}

/** Findings, worst first, each with its plain-words severity; technical detail folded away. */
export function FindingList({ findings }: { findings: readonly PackageFinding[] }) {
  if (findings.length === 0) {
    return <p className="pk-finding pk-finding--none">No findings: nothing stands in the way of this package.</p>;
  }
  return (
    <ul className="pk-findings">
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} className={`pk-finding pk-finding--${f.severity}`}>
          <strong className="pk-finding__severity">{SEVERITY_WORDS[f.severity]}</strong>
          <span>{f.message}</span>
          {f.detail && (
            <details>
              <summary>Technical detail</summary>
              <code>
                {f.code}: {f.detail}
              </code>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

export function formatSize(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(0)} kB`;
  return `${n} bytes`;
}

export function formatWhen(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

export const METHOD_WORDS = {
  'oobe-mtp': 'During first setup (USB cable)',
  'documents-settings': 'After setup (Documents + Settings)',
  'usb-drive-kit': 'USB drive kit',
} as const;

export const RESULT_WORDS = {
  copied: 'Copied, not confirmed',
  applied: 'Applied',
  failed: 'Failed',
  canceled: 'Canceled',
} as const;
