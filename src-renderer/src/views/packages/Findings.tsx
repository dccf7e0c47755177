import { useTranslation } from 'react-i18next';
import type { LibraryPackage, PackageFinding } from '../../../../src-main/shared/contract/packages.ts';

/** The package's worst finding as a coloured badge, with the counts spelled out for screen readers. */
export function WorstBadge({ pkg }: { pkg: LibraryPackage }) {
  const { t } = useTranslation('packages');
  const { block, warn, info } = pkg.counts;
  const parts = [
    block ? t('badge.block', { count: block }) : '',
    warn ? t('badge.warn', { count: warn }) : '',
    info ? t('badge.info', { count: info }) : '',
  ].filter(Boolean);
  return (
    <span className={`pk-badge pk-badge--${pkg.worst}`} title={parts.join(', ') || t('badge.none')}>
      {t(`worst.${pkg.worst}`)}
      {parts.length > 0 && <span className="pk-badge__count"> ({parts.join(', ')})</span>}
    </span>
  );
}

/** Findings, worst first, each with its plain-words severity; technical detail folded away. */
export function FindingList({ findings }: { findings: readonly PackageFinding[] }) {
  const { t } = useTranslation('packages');
  if (findings.length === 0) {
    return <p className="pk-finding pk-finding--none">{t('findings.none')}</p>;
  }
  return (
    <ul className="pk-findings">
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} className={`pk-finding pk-finding--${f.severity}`}>
          <strong className="pk-finding__severity">{t(`severity.${f.severity}`)}</strong>
          <span>{f.message}</span>
          {f.detail && (
            <details>
              <summary>{t('findings.detail')}</summary>
              {/* Support detail (member paths, offsets) is data, as the archive reader reports it. */}
              <code translate="no">
                {f.code}: {f.detail}
              </code>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
