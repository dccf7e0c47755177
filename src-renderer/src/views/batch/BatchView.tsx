import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnChange } from '../../components/focus.ts';
import { useBatch } from '../../stores/batch.ts';
import { BatchBoard } from './BatchBoard.tsx';
import { FloorPanel } from './FloorPanel.tsx';
import { ScannerPanel } from './ScannerPanel.tsx';
import { SetupPanel } from './SetupPanel.tsx';
import '../../styles/batch.css';
import '../../styles/batch-board.css';
import { useAskAgainOnLanguageSwitch } from '../../ask-again.ts';

function ResumeOffer() {
  const r = useBatch((s) => s.resumable);
  const resume = useBatch((s) => s.resume);
  const close = useBatch((s) => s.closeResumable);
  const busy = useBatch((s) => s.busy);
  const { t } = useTranslation('batch');
  if (!r) return null;
  const left = r.counts.total - r.counts.done - r.counts.skipped - r.counts.failed;
  const summary = {
    profile: r.profile,
    startedAt: r.startedAt,
    tech: r.tech,
    done: r.counts.done,
    total: r.counts.total,
    left,
  };
  return (
    <div className="resume" role="region" aria-labelledby="resume-h">
      <h2 id="resume-h">{t('resume.title', { batchId: r.batchId })}</h2>
      <p>{t(r.tech ? 'resume.summaryBy' : 'resume.summary', summary)}</p>
      <div className="row">
        <button
          type="button"
          className="btn btn--primary btn--huge"
          disabled={busy}
          onClick={() => void resume(r.batchId)}
        >
          {t('resume.carryOn', { batchId: r.batchId })}
        </button>
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void close(r.batchId)}>
          {t('resume.close')}
        </button>
      </div>
    </div>
  );
}

/** Warehouse batches: the setup, then the board while the batch runs and after it ends. */
export function BatchView() {
  const board = useBatch((s) => s.board);
  const setupOpen = useBatch((s) => s.setupOpen);
  const error = useBatch((s) => s.error);
  const scannerPath = useBatch((s) => s.scanner.path);
  const load = useBatch((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  // A device's problem is kept as words: asked again after a language switch, the board reads in the new language.
  useAskAgainOnLanguageSwitch(useBatch((s) => s.refresh));
  const showBoard = board !== null && (board.state === 'running' || !setupOpen);
  const region = useRef<HTMLDivElement>(null);
  useFocusOnChange(showBoard ? 'board' : 'setup', region);
  return (
    <div className="batch" ref={region}>
      {error && (
        <p className="batch__error" role="alert">
          {error}
        </p>
      )}
      {showBoard ? (
        <BatchBoard board={board} />
      ) : (
        <>
          <ResumeOffer />
          <div className="batch__setup">
            <SetupPanel />
            <ScannerPanel key={scannerPath ?? 'none'} />
          </div>
        </>
      )}
      <FloorPanel />
    </div>
  );
}
