import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchBoardView } from '../../../../src-main/shared/contract/batch.ts';
import { useFocusOnChange } from '../../components/focus.ts';
import { useBatch } from '../../stores/batch.ts';
import { useSettings } from '../../stores/settings.ts';
import { BoardCounts } from './BoardCounts.tsx';
import { DeviceTile } from './DeviceTile.tsx';
import { NeedsTechPanel } from './NeedsTechPanel.tsx';
import { ReportLinks } from './ReportLinks.tsx';
import { ScannerPanel } from './ScannerPanel.tsx';

function BoardHead({ board }: { board: BatchBoardView }) {
  const stop = useBatch((s) => s.stop);
  const finish = useBatch((s) => s.finish);
  const resume = useBatch((s) => s.resume);
  const openSetup = useBatch((s) => s.openSetup);
  const busy = useBatch((s) => s.busy);
  const sound = useSettings((s) => s.settings.sound);
  const updateSettings = useSettings((s) => s.update);
  const { t } = useTranslation('batch');
  const c = board.counts;
  const allDone = c.total > 0 && c.done + c.skipped + c.failed === c.total;
  // Finish, Stop and Carry on take their own button away: the heading takes the focus, not the page body.
  const head = useRef<HTMLDivElement>(null);
  useFocusOnChange(board.state, head, 'h2');
  return (
    <div className="board__head" ref={head}>
      <div>
        <h2>{t('board.title', { batchId: board.batchId, profile: board.profile })}</h2>
        <p className="muted">
          {t(`board.${board.state}`)}
          {board.packageName && <> {t('board.package', { name: board.packageName })}</>}
          {board.simTech && <> {t('board.simTech')}</>}
        </p>
        {board.state === 'running' && allDone && (
          <p className="board__hint" role="status">
            {t('board.allThrough')}
          </p>
        )}
        {board.state === 'running' && c.total === 0 && (
          <p className="board__hint" role="status">
            {t('board.plugIn')}
          </p>
        )}
      </div>
      <div className="row board__actions">
        <label className="batch-check">
          <input type="checkbox" checked={sound} onChange={(e) => void updateSettings({ sound: e.target.checked })} />
          {t('board.beep')}
        </label>
        {board.state === 'running' && (
          <>
            <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void stop()}>
              {t('board.stop')}
            </button>
            <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void finish()}>
              {t('board.finish')}
            </button>
          </>
        )}
        {board.state === 'stopped' && (
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void resume(board.batchId)}>
            {t('resume.carryOn', { batchId: board.batchId })}
          </button>
        )}
        {board.state !== 'running' && (
          <button type="button" className="btn btn--secondary" onClick={openSetup}>
            {t('board.new')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The batch board: counts, the devices that need the tech (first, big), then one compact card per device. */
export function BatchBoard({ board }: { board: BatchBoardView }) {
  const cue = useBatch((s) => s.cue);
  const announcement = useBatch((s) => s.announcement);
  const scannerPath = useBatch((s) => s.scanner.path);
  const { t } = useTranslation('batch');
  return (
    <div className="board">
      <BoardHead board={board} />
      <p className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {announcement}
      </p>
      <BoardCounts counts={board.counts} />
      {board.state === 'running' && <NeedsTechPanel board={board} />}
      <section aria-labelledby="tiles-h">
        <h3 id="tiles-h" className="board__section">
          {t('board.allDevices', { count: board.cards.length })}
        </h3>
        <ul className="tiles">
          {board.cards.map((c) => (
            <DeviceTile
              key={c.serial}
              card={c}
              flashSeq={cue?.serial === c.serial && c.state === 'needs-tech' ? cue.seq : null}
            />
          ))}
        </ul>
      </section>
      <div className="board__foot">
        <ScannerPanel key={scannerPath ?? 'none'} />
        <ReportLinks />
      </div>
    </div>
  );
}
