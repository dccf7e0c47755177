import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { DevicePicker } from '../../components/DevicePicker.tsx';
import { currentFlow, useApply } from '../../stores/apply.ts';
import { usePackages } from '../../stores/packages.ts';
import { ApplyFlowPanel } from './ApplyFlowPanel.tsx';

const OPTION_KEYS = { block: 'apply.optionBlock', warn: 'apply.optionWarn', info: 'apply.optionInfo' } as const;

function MethodChoice() {
  const { options, method, chooseMethod } = useApply();
  const { t } = useTranslation('packages');
  if (!options) return null;
  const choices = [
    {
      id: 'oobe-mtp' as const,
      title: t('apply.choice.oobe'),
      lower: t('apply.choice.oobeLower'),
      text: t('apply.choice.oobeText'),
      disabled: false,
    },
    {
      id: 'documents-settings' as const,
      title: t('apply.choice.docs'),
      lower: t('apply.choice.docsLower'),
      text: t('apply.choice.docsText', { note: options.documentsNote }),
      disabled: options.documentsSupported === false,
    },
  ];
  return (
    <fieldset className="pk-method">
      <legend>{t('apply.where')}</legend>
      <p className="muted">
        <Trans
          t={t}
          i18nKey="apply.suggests"
          values={{ choice: choices.find((c) => c.id === options.suggested)?.lower, reason: options.reason }}
          components={[<strong key="choice" />]}
        />
      </p>
      {choices.map((c) => (
        <label key={c.id} className={`pk-choice ${c.disabled ? 'pk-choice--disabled' : ''}`}>
          <input
            type="radio"
            name="pk-method"
            value={c.id}
            checked={method === c.id}
            disabled={c.disabled}
            onChange={() => chooseMethod(c.id)}
          />
          <span>
            <strong>{c.title}</strong>
            <span className="pk-choice__text">{c.text}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Choose the device, the package and the way; then the running apply takes over the panel. */
export function ApplyPanel() {
  const id = useId();
  const apply = useApply();
  const list = usePackages((s) => s.list);
  const { t } = useTranslation('packages');
  const flow = currentFlow(apply);
  if (flow) return <ApplyFlowPanel flow={flow} />;
  const usable = list.filter((p) => p.fileExists);
  const chosen = usable.find((p) => p.sha256 === apply.sha256);
  return (
    <section className="pk-apply" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('apply.title')}</h3>
      {apply.error && (
        <p className="form-error" role="alert">
          {apply.error}
        </p>
      )}
      <DevicePicker
        value={apply.deviceId}
        onChange={(deviceId) => void apply.open(deviceId)}
        noneLabel={t('apply.pickDevice')}
        label={t('apply.whichDevice')}
      />
      <div className="picker">
        <label htmlFor={`${id}-pkg`}>{t('apply.whichPackage')}</label>
        <select
          id={`${id}-pkg`}
          value={apply.sha256 ?? ''}
          onChange={(e) => apply.choosePackage(e.target.value || null)}
        >
          <option value="">{t('apply.pickPackage')}</option>
          {usable.map((p) =>
            p.worst === 'none' ? (
              <option key={p.sha256} value={p.sha256} translate="no">
                {p.name}
              </option>
            ) : (
              <option key={p.sha256} value={p.sha256} disabled={p.worst === 'block'}>
                {t(OPTION_KEYS[p.worst], { name: p.name })}
              </option>
            ),
          )}
        </select>
      </div>
      {usable.length === 0 && <p className="muted">{t('apply.empty')}</p>}
      {chosen && chosen.worst === 'warn' && <p className="pk-warnline">{t('apply.hasWarnings')}</p>}
      {apply.deviceId && <MethodChoice />}
      <div className="row">
        <button
          type="button"
          className="btn btn--primary"
          disabled={apply.busy || !apply.deviceId || !apply.sha256 || !apply.method}
          onClick={() => void apply.start()}
        >
          {t('apply.start')}
        </button>
      </div>
    </section>
  );
}
