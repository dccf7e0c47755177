import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { FloorBenchView, WarehouseView } from '../../../../src-main/shared/contract/warehouse.ts';
import { useWarehouse } from '../../stores/warehouse.ts';
import '../../styles/floor.css';

function contact(b: FloorBenchView, t: TFunction<'batch'>): string {
  if (b.silentFor < 5) return t('floor.contact.now');
  if (b.silentFor < 120) return t('floor.contact.seconds', { count: Math.round(b.silentFor) });
  return t('floor.contact.minutes', { count: Math.round(b.silentFor / 60) });
}

function JoinForm() {
  const join = useWarehouse((s) => s.join);
  const busy = useWarehouse((s) => s.busy);
  const [url, setUrl] = useState('');
  const [bench, setBench] = useState('');
  const { t } = useTranslation('batch');
  return (
    <form
      className="floor__join"
      onSubmit={(e) => {
        e.preventDefault();
        void join(url, bench);
      }}
    >
      <p>{t('floor.alone')}</p>
      <label>
        {t('floor.server')}{' '}
        <input
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="postgres://user@host/db"
          translate="no"
        />
      </label>
      <label>
        {t('floor.benchName')}{' '}
        <input value={bench} onChange={(e) => setBench(e.target.value)} placeholder="bench-1" translate="no" />
      </label>
      <button type="submit" className="btn btn--secondary" disabled={busy || !url || !bench}>
        {t('floor.join')}
      </button>
    </form>
  );
}

function Link({ view }: { view: WarehouseView }) {
  const { t } = useTranslation('batch');
  const bench = [<strong key="b" translate="no" />];
  if (view.online) {
    return (
      <p className="floor__link floor__link--online" role="status">
        <Trans t={t} i18nKey="floor.online" values={{ bench: view.bench, server: view.server }} components={bench} />
        {view.pending > 0 && <> {t('floor.sending', { count: view.pending })}</>}
      </p>
    );
  }
  return (
    <p className="floor__link floor__link--offline" role="alert">
      <Trans
        t={t}
        i18nKey="floor.offline"
        count={view.pending}
        values={{ bench: view.bench, reason: view.reason ?? t('floor.noAnswer'), count: view.pending }}
        components={bench}
      />
    </p>
  );
}

/** The floor of a warehouse on the Batch tab: every bench, its technician and last contact, its devices by state. */
export function FloorPanel() {
  const view = useWarehouse((s) => s.view);
  const error = useWarehouse((s) => s.error);
  const load = useWarehouse((s) => s.load);
  const leave = useWarehouse((s) => s.leave);
  const busy = useWarehouse((s) => s.busy);
  const { t } = useTranslation('batch');
  useEffect(() => {
    void load();
  }, [load]);
  if (!view) return null;
  const floor = view.floor;
  return (
    <section className="floor" aria-labelledby="floor-h">
      <h2 id="floor-h">{t('floor.title')}</h2>
      {error && <p role="alert">{error}</p>}
      {!view.joined ? (
        <JoinForm />
      ) : (
        <>
          <Link view={view} />
          {floor && (
            <>
              <p className="floor__totals">
                {t('floor.totals', {
                  completed: floor.totals.completed,
                  working: floor.totals.working + floor.totals.waiting,
                  needsTech: floor.totals['needs-tech'],
                  failed: floor.totals.failed,
                })}
                {floor.totals.conflicts > 0 && <> · {t('floor.conflicts', { count: floor.totals.conflicts })}</>}
              </p>
              <table className="floor__benches">
                <thead>
                  <tr>
                    <th>{t('floor.col.bench')}</th>
                    <th>{t('floor.col.tech')}</th>
                    <th>{t('floor.col.contact')}</th>
                    <th>{t('floor.col.working')}</th>
                    <th>{t('floor.col.needsTech')}</th>
                    <th>{t('floor.col.paused')}</th>
                    <th>{t('floor.col.done')}</th>
                    <th>{t('floor.col.failed')}</th>
                    <th>{t('floor.col.skipped')}</th>
                  </tr>
                </thead>
                <tbody>
                  {floor.benches.map((b) => (
                    <tr key={b.name} className={b.silentFor > 30 ? 'floor__bench--silent' : undefined}>
                      <td translate="no">{b.name}</td>
                      <td translate="no">{b.tech || '—'}</td>
                      <td>{contact(b, t)}</td>
                      <td>{b.counts.working + b.counts.waiting}</td>
                      <td>{b.counts['needs-tech']}</td>
                      <td>{b.counts.paused}</td>
                      <td>{b.counts.done}</td>
                      <td>{b.counts.failed}</td>
                      <td>{b.counts.skipped}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {floor.conflicts.map((c) => (
                <p key={`${c.serial}-${c.secondBench}-${c.secondAt}`} className="floor__conflict" role="alert">
                  {t('floor.conflict', {
                    serial: c.serial,
                    profile: c.profile,
                    first: c.firstBench,
                    second: c.secondBench,
                  })}
                </p>
              ))}
            </>
          )}
          <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void leave()}>
            {t('floor.leave')}
          </button>
        </>
      )}
    </section>
  );
}
