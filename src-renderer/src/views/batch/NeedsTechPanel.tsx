import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { BatchBoardView, BatchCardView } from '../../../../src-main/shared/contract/batch.ts';
import { HoloLensPicture } from '../../components/coach/HoloLensPicture.tsx';
import { useBatch } from '../../stores/batch.ts';
import { CHORD_PICTURES } from './chords.ts';

function ScanPrompt({ card, board }: { card: BatchCardView; board: BatchBoardView }) {
  const scan = useBatch((s) => s.scan);
  const busy = useBatch((s) => s.busy);
  const [text, setText] = useState('');
  const { t } = useTranslation('batch');
  const expect = card.nextAction?.scan ?? 'either';
  const asking = board.awaitingScan;
  const mine = asking?.serial === card.serial;
  const inputId = `scan-${card.serial}`;
  return (
    <div className={`scan-prompt ${mine ? 'scan-prompt--now' : ''}`}>
      <p className="scan-prompt__line">
        {mine ? t(`scan.now.${expect}`) : t('scan.turn', { port: asking?.portPath ?? '?' })}
      </p>
      {mine && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            void scan(text.trim()).then(() => setText(''));
          }}
        >
          <label htmlFor={inputId}>{t('scan.type')}</label>
          <input id={inputId} value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
          <button type="submit" className="btn btn--secondary" disabled={busy || !text.trim()}>
            {t('scan.use')}
          </button>
        </form>
      )}
    </div>
  );
}

function TechCard({ card, board, flashSeq }: { card: BatchCardView; board: BatchBoardView; flashSeq: number | null }) {
  const deviceCall = useBatch((s) => s.deviceCall);
  const busy = useBatch((s) => s.busy);
  const a = card.nextAction;
  const chord = a?.chord ? CHORD_PICTURES[a.chord] : null;
  const headingId = `need-${card.serial}`;
  const { t } = useTranslation('batch');
  return (
    <li className="techq__item" aria-labelledby={headingId} data-serial={card.serial}>
      {flashSeq !== null && <span key={flashSeq} className="flash-ring" aria-hidden="true" />}
      <div className="techq__where">
        <span className="techq__port">{t('tile.port', { port: card.portPath })}</span>
        <span className="techq__who">
          {card.name && <span translate="no">{card.name} · </span>}
          {t('tile.serial', { serial: card.serial })}
        </span>
        {!card.present && <span className="pill pill--gone">{t('tile.unplugged')}</span>}
      </div>
      <div className="techq__body">
        <div className="techq__text">
          <h4 id={headingId} className="techq__title">
            {a?.title ?? t('techq.look')}
          </h4>
          {a && <p className="techq__detail">{a.detail}</p>}
          {a?.deviceShould && <p className="techq__should">{t('techq.should', { what: a.deviceShould })}</p>}
          <div className="row">
            {a?.confirm && (
              <button
                type="button"
                className="btn btn--primary btn--huge"
                disabled={busy}
                onClick={() => void deviceCall('batchConfirm', card.serial)}
              >
                {t('techq.confirm', { port: card.portPath })}
              </button>
            )}
            {card.canSimulate && (
              <button
                type="button"
                className="btn btn--secondary"
                disabled={busy}
                onClick={() => void deviceCall('batchSimulateTech', card.serial)}
              >
                {t('techq.simulate')}
              </button>
            )}
          </div>
          {a?.scan && <ScanPrompt card={card} board={board} />}
        </div>
        {chord && card.model !== 'unknown' && (
          <div className="techq__picture">
            <HoloLensPicture model={card.model} chord={chord} />
          </div>
        )}
      </div>
    </li>
  );
}

/** The devices waiting for the tech, the one waiting longest first: big, with the one thing to do next. */
export function NeedsTechPanel({ board }: { board: BatchBoardView }) {
  const cue = useBatch((s) => s.cue);
  const { t } = useTranslation('batch');
  const bySerial = new Map(board.cards.map((c) => [c.serial, c]));
  const queue = board.techQueue.map((s) => bySerial.get(s)).filter((c): c is BatchCardView => c !== undefined);
  if (queue.length === 0) {
    return (
      <p className="techq__none" role="status">
        {t('techq.none')}
      </p>
    );
  }
  return (
    <section className="techq" aria-labelledby="techq-h">
      <h3 id="techq-h" className="board__section">
        {t('techq.title', { count: queue.length })}
      </h3>
      <ol className="techq__list">
        {queue.map((c) => (
          <TechCard key={c.serial} card={c} board={board} flashSeq={cue?.serial === c.serial ? cue.seq : null} />
        ))}
      </ol>
    </section>
  );
}
