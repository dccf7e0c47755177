import { useEffect, useMemo } from 'react';
import type { DoctorReport } from '../../../../src-main/shared/contract/doctor.ts';
import { useDoctor } from '../../stores/doctor.ts';
import { useSettings } from '../../stores/settings.ts';
import '../../styles/doctor.css';

const ACCESS: Record<string, string> = {
  libusb: 'over USB (node-usb)',
  wpd: 'through Windows Portable Devices',
  sim: 'simulated',
  none: 'not reachable',
};

/** What the station sees and one fix per problem; the report a technician sends when something does not work. */
export function DoctorView() {
  const report = useDoctor((s) => s.report);
  const busy = useDoctor((s) => s.busy);
  const error = useDoctor((s) => s.error);
  const check = useDoctor((s) => s.check);
  const takeOver = useSettings((s) => s.settings.takeOverDevices);
  const updateSettings = useSettings((s) => s.update);
  useEffect(() => {
    void check();
  }, [check]);
  const download = useMemo(() => (report ? reportLink(report) : null), [report]);
  useEffect(() => () => (download ? URL.revokeObjectURL(download) : undefined), [download]);

  return (
    <section aria-labelledby="doctor-title" className="view doctor">
      <div className="view__head">
        <h2 id="doctor-title">Doctor</h2>
        <p className="muted">What this station sees, and how to fix what it cannot do.</p>
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void check()}>
          {busy ? 'Checking…' : 'Check again'}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <>
          <p role="status" className={report.problems.length === 0 ? 'doctor__ok' : 'doctor__attention'}>
            {report.problems.length === 0
              ? 'No problems: the station can do everything with every device present.'
              : `${report.problems.length} ${report.problems.length === 1 ? 'thing needs' : 'things need'} attention.`}
          </p>
          {report.problems.length > 0 && (
            <ul aria-label="Problems" className="doctor__problems">
              {report.problems.map((p, i) => (
                <li key={`${p.deviceId ?? 'station'}-${p.code}-${i}`}>
                  <strong>{p.deviceId ?? 'Station'}:</strong> {p.message}
                  <br />
                  <span className="muted">Fix:</span> {p.fix}
                </li>
              ))}
            </ul>
          )}
          <dl aria-label="This station" className="doctor__facts">
            <dt>System</dt>
            <dd>
              {report.platform.os} {report.platform.release} ({report.platform.arch}), HoloBench{' '}
              {report.platform.holobench}
            </dd>
            <dt>USB</dt>
            <dd>
              {report.usb.watched ? (report.usb.available ? 'Available' : 'Not available') : 'Not watched'}:{' '}
              {report.usb.detail}. {report.usb.permissions}.
            </dd>
            <dt>Device storage</dt>
            <dd>
              {report.platform.storagePath === 'none'
                ? 'Real devices are not watched in this run'
                : `Real devices: ${ACCESS[report.platform.storagePath]}`}
            </dd>
          </dl>
          <table aria-label="Devices" className="doctor__devices">
            <thead>
              <tr>
                <th>Device</th>
                <th>What it is</th>
                <th>How the station knows</th>
                <th>Storage</th>
              </tr>
            </thead>
            <tbody>
              {report.devices.map((d) => (
                <tr key={d.id}>
                  <td>
                    {d.usbId} on port {d.portPath}
                    <br />
                    <span className="muted">{d.serialNumber ?? 'no serial'}</span>
                  </td>
                  <td>
                    {d.model} ({d.mode}), {d.kind}, {d.confidence === 'confirmed' ? 'identified' : 'best guess'}
                  </td>
                  <td>
                    {d.identification.reason}
                    {d.descriptors.unreadable.length > 0 && (
                      <>
                        <br />
                        <span className="muted">Not readable: {d.descriptors.unreadable.join('; ')}</span>
                      </>
                    )}
                  </td>
                  <td>
                    {ACCESS[d.storage.access]}
                    {d.storage.reason && (
                      <>
                        <br />
                        <span className="muted">{d.storage.reason}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
              {report.devices.length === 0 && (
                <tr>
                  <td colSpan={4}>No devices.</td>
                </tr>
              )}
            </tbody>
          </table>
          <label className="doctor__takeover">
            <input
              type="checkbox"
              checked={takeOver}
              onChange={(e) => void updateSettings({ takeOverDevices: e.target.checked })}
            />{' '}
            Take devices from other programs that hold them (file managers, MTP tools). This disconnects those programs
            from the device.
          </label>
          {download && (
            <p>
              <a href={download} download="holobench-doctor.json">
                Save the report
              </a>{' '}
              <span className="muted">
                to send with a support request. It holds no passwords or tokens. (Command line: holobench doctor --out
                report.zip)
              </span>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function reportLink(report: DoctorReport): string {
  return URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }));
}
