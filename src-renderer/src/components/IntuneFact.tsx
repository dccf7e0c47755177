import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import type { IntuneStatusView } from '../../../src-main/shared/contract/intune.ts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIntune } from '../stores/intune.ts';
import { ConsentPrompt } from './ConsentPrompt.tsx';

/** The serial this card's device reports, if any. */
export function serialOf(d: DeviceView): string | null {
  const s = d.mtpInfo?.serialNumber ?? d.serialNumber;
  return s && /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(s) ? s : null;
}

/** Where a serial stands in Intune, in words: the state, the current record's compliance, stale duplicates. */
export function intuneStatusText(t: TFunction<'intune'>, view: IntuneStatusView): string {
  if (view.state !== 'enrolled') return t(`status.${view.state}`);
  const current = view.intune[0];
  const compliance = current?.complianceState;
  const stale = view.intune.length - 1;
  return [
    t('status.enrolled'),
    compliance ? t(`compliance.${compliance}`, { defaultValue: compliance }) : '',
    stale > 0 ? t('status.stale', { count: stale }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * The device card's Intune line: asked on request (each read goes to Graph), shown with when it was read. Offline
 * it says "unknown (offline)"; a stale duplicate record is named as such.
 */
export function IntuneFact({ device }: { device: DeviceView }) {
  const serial = serialOf(device);
  const lookup = useIntune((s) => (serial ? s.bySerial[serial] : undefined));
  const check = useIntune((s) => s.check);
  const [tagging, setTagging] = useState(false);
  const { t } = useTranslation('intune');
  if (!serial || (device.kind !== 'hololens' && device.kind !== 'probable-hololens')) return null;
  const view = lookup?.view;
  const text = lookup?.busy
    ? t('fact.checking')
    : lookup?.error
      ? t('fact.unknownBecause', { error: lookup.error })
      : view
        ? intuneStatusText(t, view)
        : t('fact.notChecked');
  const autopilot = view?.autopilot[0];
  const autopilotState = t(`autopilotState.${autopilot?.enrollmentState ?? 'registered'}`, {
    defaultValue: autopilot?.enrollmentState,
  });
  return (
    <div className="intune-fact">
      <dt translate="no">Intune</dt>
      <dd>
        <span role="status" aria-label={t('fact.statusOf', { serial })} data-state={view?.state ?? 'none'}>
          {text}
        </span>
        {view?.checkedAt && <span className="muted"> {t('fact.read', { when: view.checkedAt })}</span>}
        {autopilot && (
          <span className="muted">
            {' '}
            {autopilot.groupTag
              ? t('fact.autopilotTag', { state: autopilotState, tag: autopilot.groupTag })
              : t('fact.autopilot', { state: autopilotState })}
          </span>
        )}{' '}
        <button
          type="button"
          className="btn btn--secondary btn--small"
          disabled={lookup?.busy}
          aria-label={t('fact.checkFor', { serial })}
          onClick={() => void check(serial)}
        >
          {t('fact.check')}
        </button>
        {view && view.autopilot.length > 0 && !tagging && (
          <button
            type="button"
            className="btn btn--secondary btn--small"
            aria-label={t('fact.groupTagOf', { serial })}
            onClick={() => setTagging(true)}
          >
            {t('fact.groupTag')}
          </button>
        )}
        <ConsentPrompt waiting={lookup?.busy === true} />
        {tagging && <TagForm serial={serial} current={view?.autopilot[0]} onDone={() => setTagging(false)} />}
      </dd>
    </div>
  );
}

function TagForm({
  serial,
  current,
  onDone,
}: {
  serial: string;
  current: { groupTag: string | null; userPrincipalName: string | null } | undefined;
  onDone: () => void;
}) {
  const [groupTag, setGroupTag] = useState(current?.groupTag ?? '');
  const [user, setUser] = useState(current?.userPrincipalName ?? '');
  const tag = useIntune((s) => s.tag);
  const result = useIntune((s) => s.tagResult[serial]);
  const { t } = useTranslation('intune');
  return (
    <form
      className="intune-tag"
      aria-label={t('tag.form', { serial })}
      onSubmit={(e) => {
        e.preventDefault();
        void tag(serial, groupTag.trim(), user.trim());
      }}
    >
      <label>
        {t('tag.groupTag')} <input value={groupTag} maxLength={200} onChange={(e) => setGroupTag(e.target.value)} />
      </label>
      <label>
        {t('tag.user')}{' '}
        <input value={user} maxLength={300} placeholder={t('tag.userNone')} onChange={(e) => setUser(e.target.value)} />
      </label>
      <button type="submit" className="btn btn--primary btn--small" disabled={result?.busy}>
        {t('tag.save')}
      </button>
      <button type="button" className="btn btn--secondary btn--small" onClick={onDone}>
        {t('tag.close')}
      </button>
      {result?.message && <p role="status">{result.message}</p>}
    </form>
  );
}
