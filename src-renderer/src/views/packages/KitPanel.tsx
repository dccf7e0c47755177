import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { KitResult, type Drive } from '../../../../src-main/shared/contract/packages.ts';
import { useJobs } from '../../stores/jobs.ts';
import { useKit } from '../../stores/kit.ts';
import { usePackages } from '../../stores/packages.ts';
import { CopyProgress } from './CopyProgress.tsx';
import { useFormat } from '../../i18n.ts';
import { WorstBadge } from './Findings.tsx';

function DriveCard({ drive, chosen, onChoose }: { drive: Drive; chosen: boolean; onChoose: () => void }) {
  const mount = drive.mountpoints[0];
  const allowed = drive.verdict.allowed;
  const { t } = useTranslation('packages');
  const format = useFormat();
  const facts = [
    drive.size !== null ? format.bytes(drive.size) : t('kit.sizeUnknown'),
    drive.freeBytes !== null ? t('kit.free', { size: drive.freeBytes }) : null,
    drive.fileSystem,
    drive.busType ? t('kit.bus', { bus: drive.busType.toUpperCase() }) : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <li className={`pk-drive ${allowed ? 'pk-drive--ok' : 'pk-drive--blocked'} ${chosen ? 'pk-drive--chosen' : ''}`}>
      <label className="pk-drive__head">
        <input type="radio" name="pk-drive" checked={chosen} disabled={!allowed || !mount} onChange={onChoose} />
        <span>
          <strong translate="no">{drive.description}</strong>
          <span className="pk-drive__facts">{mount ? t('kit.at', { facts, mount }) : t('kit.notOpen', { facts })}</span>
        </span>
        <span className={`pk-badge pk-badge--${allowed ? 'none' : 'block'}`}>
          {allowed ? t('kit.canUse') : t('kit.refused')}
        </span>
      </label>
      {drive.verdict.reasons.length > 0 && (
        <ul className="pk-drive__reasons" aria-label={t('kit.whyRefused', { drive: drive.description })}>
          {drive.verdict.reasons.map((r) => (
            <li key={r.code}>{r.message}</li>
          ))}
        </ul>
      )}
      {allowed && drive.verdict.warnings.length > 0 && (
        <ul className="pk-drive__warnings" aria-label={t('kit.checkBefore', { drive: drive.description })}>
          {drive.verdict.warnings.map((w) => (
            <li key={w.code}>{w.message}</li>
          ))}
        </ul>
      )}
      {drive.packagesOnDrive.length > 0 && (
        <p className="pk-drive__existing">{t('kit.existing', { list: drive.packagesOnDrive.join(', ') })}</p>
      )}
    </li>
  );
}

function KitDone({ result }: { result: KitResult }) {
  const others = result.packagesOnDrive.filter((n) => !result.files.some((f) => f.name === n));
  const { t } = useTranslation('packages');
  return (
    <div className="pk-outcome pk-outcome--applied" role="status">
      <h4>{t('kit.ready', { drive: result.drive })}</h4>
      <ul className="pk-kit-files">
        {result.files.map((f) => (
          <li key={f.name}>
            <strong translate="no">{f.name}</strong>:{' '}
            {t(f.verified ? 'kit.fileChecked' : 'kit.fileUnchecked', { size: f.size })}
          </li>
        ))}
      </ul>
      {others.length > 0 && <p>{t('kit.alsoAtRoot', { list: others.join(', ') })}</p>}
      <p>{t('kit.eject')}</p>
    </div>
  );
}

/** USB drive kits for HoloLens 2: pick packages, pick a drive the rules allow, write, verify, state the rules. */
export function KitPanel() {
  const kit = useKit();
  const list = usePackages((s) => s.list);
  const job = useJobs((s) => (kit.jobId ? s.byId[kit.jobId] : undefined));
  const { t } = useTranslation('packages');
  const format = useFormat();
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
        <h3 id="pk-kit-pkgs">{t('kit.packages')}</h3>
        {list.length === 0 && <p className="muted">{t('kit.empty')}</p>}
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
                  <strong translate="no">{p.name}</strong> <span translate="no">{format.bytes(p.size)}</span>{' '}
                  <WorstBadge pkg={p} />
                </span>
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pk-kit-drives">
        <div className="row">
          <h3 id="pk-kit-drives">{t('kit.drive')}</h3>
          <button type="button" className="btn btn--small" disabled={kit.busy} onClick={() => void kit.refresh()}>
            {t('kit.lookAgain')}
          </button>
        </div>
        <p className="muted">{t('kit.onlyRemovable')}</p>
        {listing?.problems.map((p) => (
          <p key={p} className="pk-warnline">
            {p}
          </p>
        ))}
        {listing && listing.drives.length === 0 && <p className="empty">{t('kit.noDrives')}</p>}
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
        <h3 id="pk-kit-rules">{t('kit.rules')}</h3>
        <p>{t('kit.rulesText')}</p>
        <table>
          <tbody>
            {(listing?.rules ?? []).map((r) => (
              <tr key={r.from}>
                <th scope="row">{t('kit.fromBuild', { build: r.from })}</th>
                <td>{r.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{t('kit.olderBuilds')}</p>
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
          {t('kit.write')}
        </button>
      </div>
      {job?.state === 'running' && <CopyProgress jobId={job.id} label={t('progress.kitLabel')} />}
      {result?.success && <KitDone result={result.data} />}
      {job && (job.state === 'failed' || job.state === 'canceled') && (
        <div className="pk-outcome pk-outcome--failed" role="alert">
          <h4>{t('kit.notWritten')}</h4>
          <p>{job.message}</p>
        </div>
      )}
    </div>
  );
}
