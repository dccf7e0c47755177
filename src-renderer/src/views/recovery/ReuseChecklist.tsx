import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReuseItem } from '../../../../src-main/shared/contract/enrollment.ts';
import { useRecovery } from '../../stores/recovery.ts';

function applies(item: ReuseItem, movingTenant: boolean, autopilotHl2: boolean): boolean {
  if (item.when === 'moving-tenant') return movingTenant;
  if (item.when === 'autopilot-hololens2') return autopilotHl2;
  return true;
}

/** Clean the cloud records before wiping a device for someone else, in order, and why (0x80180014). */
export function ReuseChecklist() {
  const { t } = useTranslation('recovery');
  const reuse = useRecovery((s) => s.reuse);
  const [movingTenant, setMovingTenant] = useState(false);
  const [autopilotHl2, setAutopilotHl2] = useState(false);
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  if (!reuse) return null;
  const items = reuse.items.filter((i) => applies(i, movingTenant, autopilotHl2));
  return (
    <div className="wizard-page">
      <h3 className="wizard-page__title">{reuse.title}</h3>
      <p>{reuse.intro}</p>
      <div className="panel panel--warn">
        <h4>{t('reuse.why', { code: reuse.errorCode })}</h4>
        <p>{reuse.errorExplanation}</p>
      </div>
      <fieldset className="choice">
        <legend>{t('reuse.about')}</legend>
        <label className="check">
          <input type="checkbox" checked={movingTenant} onChange={(e) => setMovingTenant(e.target.checked)} />
          <span>{t('reuse.moving')}</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={autopilotHl2} onChange={(e) => setAutopilotHl2(e.target.checked)} />
          <span>{t('reuse.autopilotHl2')}</span>
        </label>
      </fieldset>
      <ol className="reuse">
        {items.map((item) => (
          <li key={item.id} className={`reuse__item ${ticked[item.id] ? 'reuse__item--done' : ''}`}>
            <label className="check check--item">
              <input
                type="checkbox"
                checked={ticked[item.id] ?? false}
                onChange={(e) => setTicked((all) => ({ ...all, [item.id]: e.target.checked }))}
              />
              <span>
                <span className="reuse__title">{item.title}</span>{' '}
                <span className={`badge badge--${item.where === 'portal' ? 'portal' : 'device'}`}>
                  {item.where === 'portal' ? t('reuse.where.portal') : t('reuse.where.device')}
                </span>
              </span>
            </label>
            <p>{item.how}</p>
            <p className="muted">{item.why}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
