import { useTranslation } from 'react-i18next';
import type { LedPattern } from '../../../../src-main/shared/contract/enrollment.ts';
import { LedStrip } from '../../components/coach/LedStrip.tsx';
import { useKnowledge } from '../../stores/knowledge.ts';

function LedCard({ p, selected }: { p: LedPattern; selected: boolean }) {
  const { t } = useTranslation('help');
  return (
    <li
      id={`led-${p.id}`}
      tabIndex={-1}
      className={`led-card led-card--${p.severity} ${selected ? 'led-card--selected' : ''}`}
      aria-labelledby={`led-${p.id}-name`}
    >
      <h4 id={`led-${p.id}-name`}>{p.name}</h4>
      <LedStrip
        animation={{ frames: p.frames.map((f) => f.leds), frameMs: p.frames.map((f) => f.ms), repeat: p.repeat }}
        label={t('leds.strip', { name: p.name })}
      />
      <p>{p.meaning}</p>
      <p>
        <strong>{t('leds.do')} </strong>
        {p.action}
      </p>
      <p className="muted">{p.models.map((m) => t(`leds.model.${m}`)).join(', ')}</p>
    </li>
  );
}

/** The five lights next to Power: what each pattern means and what to do, animated. */
export function LedPatterns() {
  const { t } = useTranslation('help');
  const leds = useKnowledge((s) => s.leds);
  const selected = useKnowledge((s) => s.selectedLed);
  const battery = leds.filter((p) => p.id.startsWith('battery-'));
  const states = leds.filter((p) => !p.id.startsWith('battery-'));
  return (
    <section aria-labelledby="leds-title" className="leds">
      <h3 id="leds-title">{t('leds.title')}</h3>
      <p className="muted">{t('leds.intro')}</p>
      <ul className="led-grid">
        {states.map((p) => (
          <LedCard key={p.id} p={p} selected={selected === p.id} />
        ))}
      </ul>
      <details>
        <summary>{t('leds.battery', { count: battery.length })}</summary>
        <ul className="led-grid">
          {battery.map((p) => (
            <LedCard key={p.id} p={p} selected={selected === p.id} />
          ))}
        </ul>
      </details>
    </section>
  );
}
