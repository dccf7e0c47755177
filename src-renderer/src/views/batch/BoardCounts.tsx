import { useTranslation } from 'react-i18next';
import type { BatchCounts } from '../../../../src-main/shared/contract/batch.ts';

const TILES: { key: keyof BatchCounts; state: string; cls: string }[] = [
  { key: 'needsTech', state: 'needs-tech', cls: 'needs-tech' },
  { key: 'waiting', state: 'waiting', cls: 'waiting' },
  { key: 'working', state: 'working', cls: 'working' },
  { key: 'paused', state: 'paused', cls: 'paused' },
  { key: 'done', state: 'done', cls: 'done' },
  { key: 'failed', state: 'failed', cls: 'failed' },
];

/** The board's counts, large enough to read from across the bench. */
export function BoardCounts({ counts }: { counts: BatchCounts }) {
  const { t } = useTranslation('batch');
  const tiles = counts.skipped > 0 ? [...TILES, { key: 'skipped' as const, state: 'skipped', cls: 'skipped' }] : TILES;
  return (
    <dl className="counts" aria-label={t('counts.label')}>
      {tiles.map((tile) => (
        <div key={tile.key} className={`count count--${tile.cls} ${counts[tile.key] > 0 ? 'count--some' : ''}`}>
          <dt>{t(`state.${tile.state}`)}</dt>
          <dd>{counts[tile.key]}</dd>
        </div>
      ))}
      <div className="count count--total">
        <dt>{t('counts.devices')}</dt>
        <dd>{counts.total}</dd>
      </div>
    </dl>
  );
}
