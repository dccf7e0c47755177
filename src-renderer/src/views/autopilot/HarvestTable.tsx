import type { HarvestView, UploadView } from '../../../../src-main/shared/contract/autopilot.ts';
import { useAutopilot } from '../../stores/autopilot.ts';

const UPLOAD_TEXT: Record<UploadView['state'], string> = {
  queued: 'Queued',
  sending: 'Sending',
  submitted: 'Importing',
  complete: 'Registered',
  error: 'Refused',
};

/** 2026-03-01 10:15, in the station's local time. */
export function whenText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function uploadText(u: UploadView | null): string {
  if (!u) return 'Not uploaded';
  if (u.state === 'error') return `Refused${u.errorName ? ` (${u.errorName})` : ''}`;
  return UPLOAD_TEXT[u.state];
}

function DeviceCell({ h }: { h: HarvestView }) {
  const port = h.portPath ? <span>port {h.portPath}</span> : <span className="muted">not connected</span>;
  if (h.simulated) {
    return (
      <>
        <span className="pill pill--sim">Simulated</span> {port}
      </>
    );
  }
  if (h.source === 'file') return <span className="muted">from a file</span>;
  return h.portPath ? <span>port {h.portPath}</span> : <span className="muted">not connected</span>;
}

/** The ledger's harvests: the newest of each serial, with where its upload stands. */
export function HarvestTable() {
  const { harvests, selected, toggle, errors } = useAutopilot();
  const ticked = Object.keys(selected).length;
  return (
    <section className="ap-panel" aria-labelledby="ap-table-title">
      <div className="ap-panel__head">
        <h3 id="ap-table-title">Harvested devices</h3>
        <p className="muted">
          {harvests.length === 0
            ? 'None yet.'
            : ticked > 0
              ? `${ticked} of ${harvests.length} ticked: export and upload use those.`
              : `${harvests.length === 1 ? '1 device' : `${harvests.length} devices`}. Export and upload use all of them, or only the ones you tick.`}
        </p>
      </div>
      {errors.list && (
        <p className="form-error" role="alert">
          {errors.list}
        </p>
      )}
      {harvests.length > 0 && (
        <div className="ap-table-wrap">
          <table className="ap-table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="sr-only">Include</span>
                </th>
                <th scope="col">Serial</th>
                <th scope="col">Product ID</th>
                <th scope="col">Hash</th>
                <th scope="col">Harvested</th>
                <th scope="col">Device</th>
                <th scope="col">Upload</th>
              </tr>
            </thead>
            <tbody>
              {harvests.map((h) => (
                <tr key={h.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Include ${h.serialNumber}`}
                      checked={selected[h.serialNumber] === true}
                      onChange={() => toggle(h.serialNumber)}
                    />
                  </td>
                  <th scope="row">{h.serialNumber}</th>
                  <td className="ap-nowrap">{h.productId || <span className="muted">none</span>}</td>
                  <td className="ap-fingerprint ap-nowrap">
                    {h.fingerprint}
                    {h.hashChanged && <span className="pill pill--warn"> changed</span>}
                  </td>
                  <td className="ap-nowrap">
                    {whenText(h.harvestedAt)}
                    {h.historyCount > 1 && <span className="muted ap-sub">{h.historyCount} harvests</span>}
                  </td>
                  <td className="ap-nowrap">
                    <DeviceCell h={h} />
                  </td>
                  <td className={`ap-upload ap-upload--${h.upload?.state ?? 'none'}`} title={h.upload?.message}>
                    {h.simulated ? 'Never (training)' : uploadText(h.upload)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
