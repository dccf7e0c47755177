import type { BatchCardView } from '../../../../src-main/shared/contract/batch.ts';
import { useBatch } from '../../stores/batch.ts';
import { FLAG_NAMES, STATE_NAMES } from './chords.ts';

const MODEL_NAMES: Record<BatchCardView['model'], string> = {
  hololens1: 'HoloLens (1st gen)',
  hololens2: 'HoloLens 2',
  unknown: 'Unknown model',
};

/** One compact card per device: where it is, what it is doing, and what went wrong if anything. */
export function DeviceTile({ card, flashSeq }: { card: BatchCardView; flashSeq: number | null }) {
  const deviceCall = useBatch((s) => s.deviceCall);
  const busy = useBatch((s) => s.busy);
  const done = card.steps.filter((s) => s.state === 'done').length;
  const headingId = `tile-${card.serial}`;
  return (
    <li className={`tile tile--${card.state}`} aria-labelledby={headingId} data-serial={card.serial}>
      {flashSeq !== null && <span key={flashSeq} className="flash-ring" aria-hidden="true" />}
      <div className="tile__head">
        <h4 id={headingId} className="tile__port">
          Port {card.portPath}
        </h4>
        <span className={`state state--${card.state}`}>{STATE_NAMES[card.state]}</span>
      </div>
      <p className="tile__who">
        <span className="tile__model">{MODEL_NAMES[card.model]}</span>
        {card.name && <span className="tile__name"> {card.name}</span>} <span className="muted">SN {card.serial}</span>
      </p>
      <p className="tile__step">
        {card.state === 'done' || card.state === 'skipped'
          ? `${done} of ${card.steps.length} steps done`
          : card.currentStep
            ? `Step ${card.currentStep.index + 1} of ${card.steps.length}: ${card.currentStep.label}`
            : 'Not started'}
      </p>
      <div className="tile__flags">
        {card.flags.map((f) => (
          <span key={f} className="pill pill--warn">
            {FLAG_NAMES[f] ?? f}
          </span>
        ))}
        {!card.present && card.state !== 'done' && card.state !== 'skipped' && (
          <span className="pill pill--gone">Unplugged</span>
        )}
        {card.simulated && <span className="pill pill--sim">Simulated</span>}
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
          Try this step again
        </button>
      )}
      {card.state === 'skipped' && (
        <button
          type="button"
          className="btn btn--small"
          disabled={busy}
          onClick={() => void deviceCall('batchOverride', card.serial)}
        >
          Run it again anyway
        </button>
      )}
    </li>
  );
}
