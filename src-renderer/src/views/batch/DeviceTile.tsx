import { useTranslation } from 'react-i18next';
import type { BatchCardView } from '../../../../src-main/shared/contract/batch.ts';
import { useBatch } from '../../stores/batch.ts';

/** One compact card per device: where it is, what it is doing, and what went wrong if anything. */
export function DeviceTile({ card, flashSeq }: { card: BatchCardView; flashSeq: number | null }) {
  const { t } = useTranslation('batch');
  const deviceCall = useBatch((s) => s.deviceCall);
  const busy = useBatch((s) => s.busy);
  const done = card.steps.filter((s) => s.state === 'done').length;
  const headingId = `tile-${card.serial}`;
  return (
    <li className={`tile tile--${card.state}`} aria-labelledby={headingId} data-serial={card.serial}>
      {flashSeq !== null && <span key={flashSeq} className="flash-ring" aria-hidden="true" />}
      <div className="tile__head">
        <h4 id={headingId} className="tile__port">
          {t('tile.port', { port: card.portPath })}
        </h4>
        <span className={`state state--${card.state}`}>{t(`state.${card.state}`)}</span>
      </div>
      <p className="tile__who">
        <span className="tile__model">{t(`model.${card.model}`)}</span>
        {card.name && (
          <span className="tile__name" translate="no">
            {' '}
            {card.name}
          </span>
        )}{' '}
        <span className="muted">{t('tile.serial', { serial: card.serial })}</span>
      </p>
      <p className="tile__step">
        {card.state === 'done' || card.state === 'skipped'
          ? t('tile.stepsDone', { done, total: card.steps.length })
          : card.currentStep
            ? t('tile.step', { n: card.currentStep.index + 1, total: card.steps.length, label: card.currentStep.label })
            : t('tile.notStarted')}
      </p>
      <div className="tile__flags">
        {card.flags.map((f) => (
          <span key={f} className="pill pill--warn">
            {t(`flag.${f}`, { defaultValue: f })}
          </span>
        ))}
        {!card.present && card.state !== 'done' && card.state !== 'skipped' && (
          <span className="pill pill--gone">{t('tile.unplugged')}</span>
        )}
        {card.simulated && <span className="pill pill--sim">{t('tile.simulated')}</span>}
      </div>
      {card.error && (
        <p className={card.state === 'failed' ? 'tile__error' : 'tile__note'}>
          <strong>{card.error.title}.</strong> {card.error.message}
        </p>
      )}
      {card.state === 'failed' && (
        <button
          type="button"
          className="btn btn--small"
          disabled={busy}
          onClick={() => void deviceCall('batchRetry', card.serial)}
        >
          {t('tile.retry')}
        </button>
      )}
      {card.state === 'skipped' && (
        <button
          type="button"
          className="btn btn--small"
          disabled={busy}
          onClick={() => void deviceCall('batchOverride', card.serial)}
        >
          {t('tile.override')}
        </button>
      )}
    </li>
  );
}
