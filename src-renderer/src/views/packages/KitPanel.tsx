import { useEffect } from 'react';
import { KitResult, type Drive } from '../../../../src-main/shared/contract/packages.ts';
import { useJobs } from '../../stores/jobs.ts';
import { useKit } from '../../stores/kit.ts';
import { usePackages } from '../../stores/packages.ts';
import { CopyProgress } from './CopyProgress.tsx';
import { formatSize, WorstBadge } from './Findings.tsx';

function DriveCard({ drive, chosen, onChoose }: { drive: Drive; chosen: boolean; onChoose: () => void }) {
  const mount = drive.mountpoints[0];
  const allowed = drive.verdict.allowed;
  const facts = [
    drive.size !== null ? formatSize(drive.size) : 'size unknown',
    drive.freeBytes !== null ? `${formatSize(drive.freeBytes)} free` : null,
    drive.fileSystem,
    drive.busType ? `on ${drive.busType.toUpperCase()}` : null,
  ].filter(Boolean);
  return (
    <li className={`pk-drive ${allowed ? 'pk-drive--ok' : 'pk-drive--blocked'} ${chosen ? 'pk-drive--chosen' : ''}`}>
      <label className="pk-drive__head">
        <input type="radio" name="pk-drive" checked={chosen} disabled={!allowed || !mount} onChange={onChoose} />
        <span>
          <strong>{drive.description}</strong>
          <span className="pk-drive__facts">
            {facts.join(', ')}
            {mount ? ` at ${mount}` : ', not open as a drive'}
          </span>
        </span>
        <span className={`pk-badge pk-badge--${allowed ? 'none' : 'block'}`}>
          {allowed ? 'Can be used' : 'Refused'}
        </span>
      </label>
      {drive.verdict.reasons.length > 0 && (
        <ul className="pk-drive__reasons" aria-label={`Why ${drive.description} is refused`}>
          {drive.verdict.reasons.map((r) => (
            <li key={r.code}>{r.message}</li>
          ))}
        </ul>
      )}
      {allowed && drive.verdict.warnings.length > 0 && (
        <ul className="pk-drive__warnings" aria-label={`Check before writing to ${drive.description}`}>
          {drive.verdict.warnings.map((w) => (
            <li key={w.code}>{w.message}</li>
          ))}
        </ul>
      )}
      {drive.packagesOnDrive.length > 0 && (
        <p className="pk-drive__existing">
          Already at its root (HoloLens applies these too): {drive.packagesOnDrive.join(', ')}
        </p>
      )}
    </li>
  );
}

function KitDone({ result }: { result: KitResult }) {
  const others = result.packagesOnDrive.filter((n) => !result.files.some((f) => f.name === n));
  return (
    <div className="pk-outcome pk-outcome--applied" role="status">
      <h4>Kit ready on {result.drive}</h4>
      <ul className="pk-kit-files">
        {result.files.map((f) => (
          <li key={f.name}>
            <strong>{f.name}</strong>: {formatSize(f.size)}, {f.verified ? 'read back and checked' : 'NOT checked'}
          </li>
        ))}
      </ul>
      {others.length > 0 && <p>Also at the root, and applied too: {others.join(', ')}</p>}
      <p>Eject the drive safely, then plug it into the HoloLens 2 before or during first setup.</p>
    </div>
  );
}

/** USB drive kits for HoloLens 2: pick packages, pick a drive the rules allow, write, verify, state the rules. */
export function KitPanel() {
  const kit = useKit();
  const list = usePackages((s) => s.list);
  const job = useJobs((s) => (kit.jobId ? s.byId[kit.jobId] : undefined));
  const finished = job && job.state !== 'running';
  useEffect(() => {
    void useKit.getState().refresh();
  }, []);
  useEffect(() => {
    if (finished) void useKit.getState().refresh();
  }, [finished]);
  const listing = kit.listing;
  const result = job?.state === 'done' ? KitResult.safeParse(job.result) : null;
  return (
    <div className="pk-kit">
      <section aria-labelledby="pk-kit-pkgs">
        <h3 id="pk-kit-pkgs">1. Packages for the kit</h3>
        {list.length === 0 && <p className="muted">The library is empty: import a package first.</p>}
        <ul className="pk-kit-pick">
          {list.map((p) => (
            <li key={p.sha256}>
              <label className="pk-choice">
                <input
                  type="checkbox"
                  checked={kit.picked.includes(p.sha256)}
                  disabled={p.worst === 'block' || !p.fileExists}
                  onChange={() => void kit.toggle(p.sha256)}
                />
                <span>
                  <strong>{p.name}</strong> {formatSize(p.size)} <WorstBadge pkg={p} />
                </span>
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pk-kit-drives">
        <div className="row">
          <h3 id="pk-kit-drives">2. The USB drive</h3>
          <button type="button" className="btn btn--small" disabled={kit.busy} onClick={() => void kit.refresh()}>
            Look for drives again
          </button>
        </div>
        <p className="muted">
          The station only writes to a removable drive from this computer&apos;s own drive list, never to a system disk.
        </p>
        {listing?.problems.map((p) => (
          <p key={p} className="pk-warnline">
            {p}
          </p>
        ))}
        {listing && listing.drives.length === 0 && <p className="empty">No drives found. Plug in a USB stick.</p>}
        <ul className="pk-drives">
          {listing?.drives.map((d) => (
            <DriveCard
              key={d.id}
              drive={d}
              chosen={kit.mount !== null && d.mountpoints[0] === kit.mount}
              onChoose={() => kit.chooseDrive(d.mountpoints[0] ?? null)}
            />
          ))}
        </ul>
      </section>
      <section className="pk-rules" aria-labelledby="pk-kit-rules">
        <h3 id="pk-kit-rules">What the HoloLens 2 does with it</h3>
        <p>During first setup it reads the .ppkg files at the root of the drive and applies them one after another.</p>
        <table>
          <tbody>
            {(listing?.rules ?? []).map((r) => (
              <tr key={r.from}>
                <th scope="row">From build {r.from}</th>
                <td>{r.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">Older builds cannot read packages from a drive: apply over the USB cable instead.</p>
      </section>
      {kit.error && (
        <p className="form-error" role="alert">
          {kit.error}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="btn btn--primary"
          disabled={kit.busy || !kit.mount || kit.picked.length === 0 || job?.state === 'running'}
          onClick={() => void kit.write()}
        >
          Write the kit
        </button>
      </div>
      {job?.state === 'running' && <CopyProgress jobId={job.id} label="Kit progress" />}
      {result?.success && <KitDone result={result.data} />}
      {job && (job.state === 'failed' || job.state === 'canceled') && (
        <div className="pk-outcome pk-outcome--failed" role="alert">
          <h4>The kit was not written</h4>
          <p>{job.message}</p>
        </div>
      )}
    </div>
  );
}
