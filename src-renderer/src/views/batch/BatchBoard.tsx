import type { BatchBoardView } from '../../../../src-main/shared/contract/batch.ts';
import { useBatch } from '../../stores/batch.ts';
import { useSettings } from '../../stores/settings.ts';
import { BoardCounts } from './BoardCounts.tsx';
import { DeviceTile } from './DeviceTile.tsx';
import { NeedsTechPanel } from './NeedsTechPanel.tsx';
import { ReportLinks } from './ReportLinks.tsx';
import { ScannerPanel } from './ScannerPanel.tsx';

const STATE_LINE = {
  running: 'Running.',
  stopped: 'Stopped: every device stays where it is until you carry on.',
  finished: 'Finished.',
} as const;

function BoardHead({ board }: { board: BatchBoardView }) {
  const stop = useBatch((s) => s.stop);
  const finish = useBatch((s) => s.finish);
  const resume = useBatch((s) => s.resume);
  const openSetup = useBatch((s) => s.openSetup);
  const busy = useBatch((s) => s.busy);
  const sound = useSettings((s) => s.settings.sound);
  const updateSettings = useSettings((s) => s.update);
  const c = board.counts;
  const allDone = c.total > 0 && c.done + c.skipped + c.failed === c.total;
  return (
    <div className="board__head">
      <div>
        <h2>
          Batch {board.batchId}: {board.profile}
        </h2>
        <p className="muted">
          {STATE_LINE[board.state]}
          {board.packageName ? ` Package ${board.packageName}.` : ''}
          {board.simTech ? ' The simulated technician does the hand steps.' : ''}
        </p>
        {board.state === 'running' && allDone && (
          <p className="board__hint" role="status">
            Every device here is through. Plug in more devices, or finish the batch.
          </p>
        )}
        {board.state === 'running' && c.total === 0 && (
          <p className="board__hint" role="status">
            Plug in the HoloLens devices for this batch: each one joins the board when the station sees it.
          </p>
        )}
      </div>
      <div className="row board__actions">
        <label className="batch-check">
          <input type="checkbox" checked={sound} onChange={(e) => void updateSettings({ sound: e.target.checked })} />
          Beep when a device needs you
        </label>
        {board.state === 'running' && (
          <>
            <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void stop()}>
              Stop for now
            </button>
            <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void finish()}>
              Finish batch
            </button>
          </>
        )}
        {board.state === 'stopped' && (
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void resume(board.batchId)}>
            Carry on with batch {board.batchId}
          </button>
        )}
        {board.state !== 'running' && (
          <button type="button" className="btn btn--secondary" onClick={openSetup}>
            New batch
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
          All devices ({board.cards.length})
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
