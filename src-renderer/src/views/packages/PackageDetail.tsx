import { useId, useState } from 'react';
import type { TOptions } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import type { PackageDetail, RecognisedSetting } from '../../../../src-main/shared/contract/packages.ts';
import { isDisplayLanguage } from '../../../../src-main/shared/i18n/languages.ts';
import { settingName, settingValue } from '../../../../src-main/shared/package-settings.ts';
import { useFormat } from '../../i18n.ts';
import { useApply } from '../../stores/apply.ts';
import { usePackages, type CheckTarget } from '../../stores/packages.ts';
import { FindingList, WorstBadge } from './Findings.tsx';

function CheckFor({ detail }: { detail: PackageDetail }) {
  const id = useId();
  const { recheck, busy } = usePackages();
  const { t } = useTranslation('packages');
  const [target, setTarget] = useState<CheckTarget>(detail.checkedFor.target ?? null);
  const [mdm, setMdm] = useState<'auto' | 'yes' | 'no'>(
    detail.checkedFor.mdmPlanned === undefined ? 'auto' : detail.checkedFor.mdmPlanned ? 'yes' : 'no',
  );
  return (
    <div className="pk-checkfor">
      <span className="pk-field">
        <label htmlFor={`${id}-t`}>{t('check.for')}</label>
        <select
          id={`${id}-t`}
          value={target ?? ''}
          onChange={(e) => setTarget((e.target.value || null) as CheckTarget)}
        >
          <option value="">{t('check.any')}</option>
          <option value="hololens2" translate="no">
            HoloLens 2
          </option>
          <option value="hololens1" translate="no">
            HoloLens (1st gen)
          </option>
        </select>
      </span>
      <span className="pk-field">
        <label htmlFor={`${id}-m`}>{t('check.mdm')}</label>
        <select id={`${id}-m`} value={mdm} onChange={(e) => setMdm(e.target.value as 'auto' | 'yes' | 'no')}>
          <option value="auto">{t('check.mdmAuto')}</option>
          <option value="yes">{t('check.yes')}</option>
          <option value="no">{t('check.no')}</option>
        </select>
      </span>
      <button
        type="button"
        className="btn btn--small"
        disabled={busy}
        onClick={() => void recheck(target, mdm === 'auto' ? null : mdm === 'yes')}
      >
        {t('check.again')}
      </button>
    </div>
  );
}

/** Keyed by package and saved text, so it starts over when either changes. */
function Notes({ notes }: { notes: string }) {
  const id = useId();
  const { saveNotes, busy } = usePackages();
  const { t } = useTranslation('packages');
  const [text, setText] = useState(notes);
  return (
    <div className="pk-notes">
      <label htmlFor={id}>{t('notes.label')}</label>
      <textarea id={id} rows={2} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        className="btn btn--small"
        disabled={busy || text === notes}
        onClick={() => void saveNotes(text)}
      >
        {t('notes.save')}
      </button>
    </div>
  );
}

function RemoveButton({ sha256, name }: { sha256: string; name: string }) {
  const [asking, setAsking] = useState(false);
  const { remove, busy } = usePackages();
  const { t } = useTranslation('packages');
  if (!asking) {
    return (
      <button type="button" className="btn btn--danger" onClick={() => setAsking(true)}>
        {t('remove.button')}
      </button>
    );
  }
  return (
    <div className="pk-confirm" role="alertdialog" aria-label={t('remove.ask', { name })}>
      <p>
        <Trans t={t} i18nKey="remove.question" values={{ name }} components={[<strong key="name" translate="no" />]} />
      </p>
      <div className="row">
        <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void remove(sha256)}>
          {t('remove.yes')}
        </button>
        <button type="button" className="btn btn--secondary" autoFocus onClick={() => setAsking(false)}>
          {t('remove.keep')}
        </button>
      </div>
    </div>
  );
}

/** One recognised setting: its name in the technician's language and what its value means. */
function SettingLine({ setting }: { setting: RecognisedSetting }) {
  const { t, i18n } = useTranslation('packages');
  const language = isDisplayLanguage(i18n.language) ? i18n.language : 'en';
  const say = (key: string, options?: TOptions) => t(key, options ?? {});
  const name = settingName(say, setting.id, setting.label);
  if (!setting.value) return <strong>{name}</strong>;
  const value = settingValue(say, language, setting.id, setting.value);
  // A name and its value, as a definition: the value is data unless the station could say what it means.
  return (
    <>
      <strong>{name}</strong>: <span translate={value.known ? undefined : 'no'}>{value.text}</span>
    </>
  );
}

/** One package: identity, findings, what it sets, its files, notes, where it was applied; apply or remove. */
export function PackageDetailPanel() {
  const { detail, setTab } = usePackages();
  const choosePackage = useApply((s) => s.choosePackage);
  const { t } = useTranslation('packages');
  const format = useFormat();
  if (!detail) return <p className="pk-detail muted">{t('detail.reading')}</p>;
  const { package: pkg, inspection: ins } = detail;
  const sets = ins.settings.filter((s) => s.kind === 'setting');
  // What the package says of itself: its name is data, version and owner are words around data.
  const identity = [
    ins.package.version && t('detail.version', { version: ins.package.version }),
    ins.package.owner && t('detail.owner', { owner: ins.package.owner }),
  ].filter(Boolean);
  const says = ins.package.name || identity.length > 0;
  return (
    <article className="pk-detail" aria-labelledby="pk-detail-title">
      <header className="pk-detail__head">
        <h3 id="pk-detail-title" translate="no">
          {pkg.name}
        </h3>
        <WorstBadge pkg={pkg} />
      </header>
      <dl className="pk-facts">
        <div>
          <dt>{t('detail.size')}</dt>
          <dd translate="no">{format.bytes(pkg.size)}</dd>
        </div>
        <div>
          <dt>{t('detail.inside')}</dt>
          <dd>{ins.format === 'wim' ? t('detail.wim', { compression: ins.compression }) : t('detail.notArchive')}</dd>
        </div>
        {says && (
          <div>
            <dt>{t('detail.saysItIs')}</dt>
            <dd>
              {ins.package.name && <span translate="no">{ins.package.name}</span>}
              {ins.package.name && identity.length > 0 && ', '}
              {identity.join(', ')}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('detail.imported')}</dt>
          <dd>
            {pkg.importedBy
              ? t('detail.importedBy', { when: pkg.importedAt, who: pkg.importedBy })
              : t('detail.importedWhen', { when: pkg.importedAt })}
          </dd>
        </div>
        <div className="pk-facts__wide">
          <dt translate="no">SHA-256</dt>
          <dd className="pk-hash" translate="no">
            {pkg.sha256}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="pk-findings-title">
        <h4 id="pk-findings-title">{t('detail.findings')}</h4>
        <CheckFor key={pkg.sha256} detail={detail} />
        <FindingList findings={ins.findings} />
      </section>

      <section aria-labelledby="pk-sets-title">
        <h4 id="pk-sets-title">{t('detail.sets')}</h4>
        {sets.length === 0 ? (
          <p className="muted">{t('detail.setsNone')}</p>
        ) : (
          <ul className="pk-sets">
            {sets.map((s, i) => (
              <li key={`${s.id}-${i}`}>
                <SettingLine setting={s} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <details className="pk-members">
        <summary>{t('detail.files', { count: ins.members.length })}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('detail.path')}</th>
              <th scope="col">{t('detail.size')}</th>
              <th scope="col" translate="no">
                SHA-256
              </th>
            </tr>
          </thead>
          <tbody>
            {ins.members.map((m) => (
              <tr key={m.path}>
                <td translate="no">{m.path}</td>
                <td translate="no">{format.bytes(m.size)}</td>
                {m.sha256 ? (
                  <td className="pk-hash" title={m.sha256} translate="no">
                    {`${m.sha256.slice(0, 16)}…`}
                  </td>
                ) : (
                  <td className="pk-hash">{t('detail.unreadable')}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <Notes key={`${pkg.sha256}:${pkg.notes}`} notes={pkg.notes} />

      <section aria-labelledby="pk-history-title">
        <h4 id="pk-history-title">{t('detail.history')}</h4>
        {detail.applications.length === 0 ? (
          <p className="muted">{t('detail.historyNone')}</p>
        ) : (
          <ul className="pk-history">
            {detail.applications.map((a) => (
              <li key={a.id}>
                {t(
                  a.serial
                    ? a.technician
                      ? 'detail.historyLineSerialBy'
                      : 'detail.historyLineSerial'
                    : a.technician
                      ? 'detail.historyLineBy'
                      : 'detail.historyLine',
                  { when: a.startedAt, method: t(`method.${a.method}`), serial: a.serial, who: a.technician },
                )}{' '}
                <strong className={`pk-result pk-result--${a.result ?? 'running'}`}>
                  {t(`result.${a.result ?? 'running'}`)}
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
          {t('detail.apply')}
        </button>
        <RemoveButton sha256={pkg.sha256} name={pkg.name} />
      </div>
    </article>
  );
}
