import type { BatchCounts } from '../../../../src-main/shared/contract/batch.ts';

const TILES: { key: keyof BatchCounts; label: string; cls: string }[] = [
  { key: 'needsTech', label: 'Needs you', cls: 'needs-tech' },
  { key: 'waiting', label: 'Waiting', cls: 'waiting' },
  { key: 'working', label: 'Working', cls: 'working' },
  { key: 'paused', label: 'Paused', cls: 'paused' },
  { key: 'done', label: 'Done', cls: 'done' },
  { key: 'failed', label: 'Failed', cls: 'failed' },
];

/** The board's counts, large enough to read from across the bench. */
export function BoardCounts({ counts }: { counts: BatchCounts }) {
  const tiles =
    counts.skipped > 0 ? [...TILES, { key: 'skipped' as const, label: 'Already done', cls: 'skipped' }] : TILES;
  return (
    <dl className="counts" aria-label="Device counts">
      {tiles.map((t) => (
        <div key={t.key} className={`count count--${t.cls} ${counts[t.key] > 0 ? 'count--some' : ''}`}>
          <dt>{t.label}</dt>
          <dd>{counts[t.key]}</dd>
        </div>
      ))}
      <div className="count count--total">
        <dt>Devices</dt>
        <dd>{counts.total}</dd>
      </div>
    </dl>
  );
}
