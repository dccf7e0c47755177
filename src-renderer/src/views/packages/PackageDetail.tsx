import { useId, useState } from 'react';
import type { PackageDetail } from '../../../../src-main/shared/contract/packages.ts';
import { useApply } from '../../stores/apply.ts';
import { usePackages, type CheckTarget } from '../../stores/packages.ts';
import { FindingList, formatSize, formatWhen, METHOD_WORDS, RESULT_WORDS, WorstBadge } from './Findings.tsx';

function CheckFor({ detail }: { detail: PackageDetail }) {
  const id = useId();
  const { recheck, busy } = usePackages();
  const [target, setTarget] = useState<CheckTarget>(detail.checkedFor.target ?? null);
  const [mdm, setMdm] = useState<'auto' | 'yes' | 'no'>(
    detail.checkedFor.mdmPlanned === undefined ? 'auto' : detail.checkedFor.mdmPlanned ? 'yes' : 'no',
  );
  return (
    <div className="pk-checkfor">
      <span className="pk-field">
        <label htmlFor={`${id}-t`}>Check it for</label>
        <select
          id={`${id}-t`}
          value={target ?? ''}
          onChange={(e) => setTarget((e.target.value || null) as CheckTarget)}
        >
          <option value="">any HoloLens</option>
          <option value="hololens2">HoloLens 2</option>
          <option value="hololens1">HoloLens (1st gen)</option>
        </select>
      </span>
      <span className="pk-field">
        <label htmlFor={`${id}-m`}>Devices join MDM?</label>
        <select id={`${id}-m`} value={mdm} onChange={(e) => setMdm(e.target.value as 'auto' | 'yes' | 'no')}>
          <option value="auto">as the package says</option>
          <option value="yes">yes</option>
          <option value="no">no</option>
        </select>
      </span>
      <button
        type="button"
        className="btn btn--small"
        disabled={busy}
        onClick={() => void recheck(target, mdm === 'auto' ? null : mdm === 'yes')}
      >
        Check again
      </button>
    </div>
  );
}

/** Keyed by package and saved text, so it starts over when either changes. */
function Notes({ notes }: { notes: string }) {
  const id = useId();
  const { saveNotes, busy } = usePackages();
  const [text, setText] = useState(notes);
  return (
    <div className="pk-notes">
      <label htmlFor={id}>Notes</label>
      <textarea id={id} rows={2} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        className="btn btn--small"
        disabled={busy || text === notes}
        onClick={() => void saveNotes(text)}
      >
        Save notes
      </button>
    </div>
  );
}

function RemoveButton({ sha256, name }: { sha256: string; name: string }) {
  const [asking, setAsking] = useState(false);
  const { remove, busy } = usePackages();
  if (!asking) {
    return (
      <button type="button" className="btn btn--danger" onClick={() => setAsking(true)}>
        Remove from the library
      </button>
    );
  }
  return (
    <div className="pk-confirm" role="alertdialog" aria-label={`Remove ${name}?`}>
      <p>
        Remove <strong>{name}</strong> from the library? The file is deleted from this station; the record of where it
        was applied stays in the ledger.
      </p>
      <div className="row">
        <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void remove(sha256)}>
          Yes, remove it
        </button>
        <button type="button" className="btn btn--secondary" autoFocus onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}

/** One package: identity, findings, what it sets, its files, notes, where it was applied; apply or remove. */
export function PackageDetailPanel() {
  const { detail, setTab } = usePackages();
  const choosePackage = useApply((s) => s.choosePackage);
  if (!detail) return <p className="pk-detail muted">Reading the package…</p>;
  const { package: pkg, inspection: ins } = detail;
  const sets = ins.settings.filter((s) => s.kind === 'setting');
  return (
    <article className="pk-detail" aria-labelledby="pk-detail-title">
      <header className="pk-detail__head">
        <h3 id="pk-detail-title">{pkg.name}</h3>
        <WorstBadge pkg={pkg} />
      </header>
      <dl className="pk-facts">
        <div>
          <dt>Size</dt>
          <dd>{formatSize(pkg.size)}</dd>
        </div>
        <div>
          <dt>Inside</dt>
          <dd>{ins.format === 'wim' ? `WIM archive, ${ins.compression} compression` : 'Not a package archive'}</dd>
        </div>
        {(ins.package.name || ins.package.version || ins.package.owner) && (
          <div>
            <dt>Says it is</dt>
            <dd>
              {[
                ins.package.name,
                ins.package.version && `version ${ins.package.version}`,
                ins.package.owner && `owner ${ins.package.owner}`,
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </div>
        )}
        <div>
          <dt>Imported</dt>
          <dd>
            {formatWhen(pkg.importedAt)}
            {pkg.importedBy ? ` by ${pkg.importedBy}` : ''}
          </dd>
        </div>
        <div className="pk-facts__wide">
          <dt>SHA-256</dt>
          <dd className="pk-hash">{pkg.sha256}</dd>
        </div>
      </dl>

      <section aria-labelledby="pk-findings-title">
        <h4 id="pk-findings-title">Findings</h4>
        <CheckFor key={pkg.sha256} detail={detail} />
        <FindingList findings={ins.findings} />
      </section>

      <section aria-labelledby="pk-sets-title">
        <h4 id="pk-sets-title">What it sets on the device</h4>
        {sets.length === 0 ? (
          <p className="muted">Nothing the station recognises.</p>
        ) : (
          <ul className="pk-sets">
            {sets.map((s, i) => (
              <li key={`${s.id}-${i}`}>
                <strong>{s.label}</strong>
                {s.value && <span>: {s.value}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <details className="pk-members">
        <summary>Files inside ({ins.members.length})</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Path</th>
              <th scope="col">Size</th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {ins.members.map((m) => (
              <tr key={m.path}>
                <td>{m.path}</td>
                <td>{formatSize(m.size)}</td>
                <td className="pk-hash" title={m.sha256 ?? 'unreadable'}>
                  {m.sha256 ? `${m.sha256.slice(0, 16)}…` : 'unreadable'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <Notes key={`${pkg.sha256}:${pkg.notes}`} notes={pkg.notes} />

      <section aria-labelledby="pk-history-title">
        <h4 id="pk-history-title">Where it was applied</h4>
        {detail.applications.length === 0 ? (
          <p className="muted">Not applied from this station yet.</p>
        ) : (
          <ul className="pk-history">
            {detail.applications.map((a) => (
              <li key={a.id}>
                {formatWhen(a.startedAt)}: {METHOD_WORDS[a.method]}
                {a.serial ? `, device ${a.serial}` : ''}
                {a.technician ? `, by ${a.technician}` : ''}:{' '}
                <strong className={`pk-result pk-result--${a.result ?? 'running'}`}>
                  {a.result ? RESULT_WORDS[a.result] : 'in progress'}
                </strong>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="row pk-detail__actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={pkg.worst === 'block' || !pkg.fileExists}
          onClick={() => {
            choosePackage(pkg.sha256);
            setTab('apply');
          }}
        >
          Apply to a HoloLens
        </button>
        <RemoveButton sha256={pkg.sha256} name={pkg.name} />
      </div>
    </article>
  );
}
