import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBatch } from '../../stores/batch.ts';
import { useNav } from '../../stores/nav.ts';
import { useSettings } from '../../stores/settings.ts';
import { useCueSound } from './cue.ts';

/**
 * Shown above every other view: a device of the running batch needs the tech, or a batch did not finish and can
 * carry on. It also plays the "needs you" sound, so the tech hears it whatever page is open.
 */
export function BatchNotice() {
  const view = useNav((s) => s.view);
  const go = useNav((s) => s.go);
  const board = useBatch((s) => s.board);
  const resumable = useBatch((s) => s.resumable);
  const cue = useBatch((s) => s.cue);
  const refresh = useBatch((s) => s.refresh);
  const sound = useSettings((s) => s.settings.sound);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useCueSound(cue, sound);
  const { t } = useTranslation('batch');
  if (view === 'batch') return null;
  const running = board?.state === 'running' ? board : null;
  const waiting = running?.counts.needsTech ?? 0;
  let text: string | null = null;
  if (running && waiting > 0) {
    text = t('notice.needsYou', { count: waiting, batchId: running.batchId });
  } else if (!running && resumable) {
    text = t('notice.unfinished', { batchId: resumable.batchId, profile: resumable.profile });
  }
  if (!text) return null;
  return (
    <div className="batch-notice" role="status">
      <span>{text}</span>
      <button type="button" className="btn btn--small" onClick={() => go('batch')}>
        {t('notice.open')}
      </button>
    </div>
  );
}
