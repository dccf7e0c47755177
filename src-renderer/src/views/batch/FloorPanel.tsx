import { useEffect, useState } from 'react';
import type { FloorBenchView, WarehouseView } from '../../../../src-main/shared/contract/warehouse.ts';
import { useWarehouse } from '../../stores/warehouse.ts';
import '../../styles/floor.css';

function contact(b: FloorBenchView): string {
  if (b.silentFor < 5) return 'now';
  if (b.silentFor < 120) return `${Math.round(b.silentFor)} s ago`;
  return `${Math.round(b.silentFor / 60)} min ago`;
}

function JoinForm() {
  const join = useWarehouse((s) => s.join);
  const busy = useWarehouse((s) => s.busy);
  const [url, setUrl] = useState('');
  const [bench, setBench] = useState('');
  return (
    <form
      className="floor__join"
      onSubmit={(e) => {
        e.preventDefault();
        void join(url, bench);
      }}
    >
      <p>
        This bench works alone. To share one ledger with other benches, give the warehouse server (PostgreSQL) and a
        name for this bench. A password in the address is kept in memory only; the saved address has none.
      </p>
      <label>
        Server <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="postgres://user@host/db" />
      </label>
      <label>
        Bench name <input value={bench} onChange={(e) => setBench(e.target.value)} placeholder="bench-1" />
      </label>
      <button type="submit" className="btn btn--secondary" disabled={busy || !url || !bench}>
        Join the warehouse
      </button>
    </form>
  );
}

function Link({ view }: { view: WarehouseView }) {
  if (view.online) {
    return (
      <p className="floor__link floor__link--online" role="status">
        Bench <strong>{view.bench}</strong> on {view.server}: online.
        {view.pending > 0 ? ` ${view.pending} finished device(s) still being sent.` : ''}
      </p>
    );
  }
  return (
    <p className="floor__link floor__link--offline" role="alert">
      Bench <strong>{view.bench}</strong>: the warehouse server cannot be reached ({view.reason ?? 'no answer'}). This
      bench carries on with its own devices and its own ledger; {view.pending} finished device(s) wait here and go to
      the server when it is back. The floor below is as it was last seen.
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
  useEffect(() => {
    void load();
  }, [load]);
  if (!view) return null;
  const floor = view.floor;
  return (
    <section className="floor" aria-labelledby="floor-h">
      <h2 id="floor-h">Warehouse floor</h2>
      {error && <p role="alert">{error}</p>}
      {!view.joined ? (
        <JoinForm />
      ) : (
        <>
          <Link view={view} />
          {floor && (
            <>
              <p className="floor__totals">
                {floor.totals.completed} finished in the warehouse · {floor.totals.working + floor.totals.waiting} being
                worked · {floor.totals['needs-tech']} waiting for a technician · {floor.totals.failed} failed
                {floor.totals.conflicts > 0 ? ` · ${floor.totals.conflicts} conflict(s)` : ''}
              </p>
              <table className="floor__benches">
                <thead>
                  <tr>
                    <th>Bench</th>
                    <th>Technician</th>
                    <th>Last contact</th>
                    <th>Working</th>
                    <th>Needs tech</th>
                    <th>Paused</th>
                    <th>Done</th>
                    <th>Failed</th>
                    <th>Skipped</th>
                  </tr>
                </thead>
                <tbody>
                  {floor.benches.map((b) => (
                    <tr key={b.name} className={b.silentFor > 30 ? 'floor__bench--silent' : undefined}>
                      <td>{b.name}</td>
                      <td>{b.tech || '—'}</td>
                      <td>{contact(b)}</td>
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
                  Conflict: {c.serial} ({c.profile}) was done at {c.firstBench} and again at {c.secondBench} while the
                  two could not see each other.
                </p>
              ))}
            </>
          )}
          <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void leave()}>
            Leave the warehouse
          </button>
        </>
      )}
    </section>
  );
}
