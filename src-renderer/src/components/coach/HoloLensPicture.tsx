import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n.ts';

export type Button = 'power' | 'volume-up' | 'volume-down' | 'brightness-up' | 'brightness-down';

export interface Chord {
  buttons: Button[];
  kind: 'press' | 'hold';
  seconds?: number;
  /** Pressed and released once at the start of the hold (flashing mode: hold Volume Up, tap Power). */
  tapAtStart?: Button[];
}

/** Marks a hardware name in the drawing as not for translation (React types SVG text without `translate`). */
const DATA = { translate: 'no' } as Record<string, string>;

/** The buttons as the hardware and Microsoft name them: the same words in every language. */
export const BUTTON_NAMES: Record<Button, string> = {
  power: 'Power',
  'volume-up': 'Volume Up',
  'volume-down': 'Volume Down',
  'brightness-up': 'Brightness Up',
  'brightness-down': 'Brightness Down',
};

export function chordText(chord: Chord): string {
  const t = i18n.getFixedT(null, 'common');
  const buttons = chord.buttons.map((b) => BUTTON_NAMES[b]).join(' + ');
  const tap = chord.tapAtStart?.length ? chord.tapAtStart.map((b) => BUTTON_NAMES[b]).join(' + ') : null;
  if (chord.kind === 'hold') {
    if (chord.seconds) {
      const count = chord.seconds;
      return tap ? t('chord.holdForTap', { buttons, tap, count }) : t('chord.holdFor', { buttons, count });
    }
    return tap ? t('chord.holdTap', { buttons, tap }) : t('chord.hold', { buttons });
  }
  return chord.buttons.length > 1 ? t('chord.pressTogether', { buttons }) : t('chord.press', { buttons });
}

/**
 * A top-down drawing of the headset as worn (visor at the top, the wearer's right on the right), with the buttons
 * of a chord lit. Schematic on purpose: it shows which button is where, not what the device looks like.
 * HoloLens 2: brightness on the left arm, volume on the right arm, Power and the five lights at the back.
 */
export function HoloLensPicture({
  model,
  chord,
  leds,
}: {
  model: 'hololens1' | 'hololens2';
  chord?: Chord;
  leds?: boolean[];
}) {
  const { t } = useTranslation('common');
  const lit = new Set(chord?.buttons ?? []);
  const tapped = new Set(chord?.tapAtStart ?? []);
  const cls = (b: Button) =>
    `hl-btn ${lit.has(b) ? `hl-btn--lit hl-btn--${chord?.kind ?? 'press'}` : tapped.has(b) ? 'hl-btn--lit hl-btn--press' : ''}`;
  const label = chord ? t(`picture.labelChord.${model}`, { chord: chordText(chord) }) : t(`picture.label.${model}`);
  const ring =
    model === 'hololens2'
      ? 'M60 78 Q160 20 260 78 L268 220 Q160 292 52 220 Z'
      : 'M56 84 Q160 30 264 84 L270 214 Q160 286 50 214 Z';
  return (
    <svg className="hl-picture" viewBox="0 0 320 330" role="img" aria-label={label}>
      <text x="160" y="18" className="hl-caption" textAnchor="middle">
        {t('picture.front')}
      </text>
      <text x="14" y="160" className="hl-caption" textAnchor="middle" transform="rotate(-90 14 160)">
        {t('picture.left')}
      </text>
      <text x="306" y="160" className="hl-caption" textAnchor="middle" transform="rotate(90 306 160)">
        {t('picture.right')}
      </text>
      <path d={ring} className="hl-band" />
      <path
        d={
          model === 'hololens2'
            ? 'M70 70 Q160 14 250 70 L240 96 Q160 52 80 96 Z'
            : 'M64 74 Q160 18 256 74 L246 104 Q160 58 74 104 Z'
        }
        className="hl-visor"
      />
      {model === 'hololens2' && <rect x="118" y="236" width="84" height="44" rx="14" className="hl-pack" />}
      {/* Brightness: left arm */}
      <rect x="40" y="126" width="16" height="22" rx="4" className={cls('brightness-up')} />
      <rect x="40" y="152" width="16" height="22" rx="4" className={cls('brightness-down')} />
      {/* Volume: right arm */}
      <rect x="264" y="126" width="16" height="22" rx="4" className={cls('volume-up')}>
        <title translate="no">{BUTTON_NAMES['volume-up']}</title>
      </rect>
      <rect x="264" y="152" width="16" height="22" rx="4" className={cls('volume-down')}>
        <title translate="no">{BUTTON_NAMES['volume-down']}</title>
      </rect>
      <text x="252" y="142" className="hl-tag" textAnchor="end">
        {t('picture.volUp')}
      </text>
      <text x="252" y="168" className="hl-tag" textAnchor="end">
        {t('picture.volDown')}
      </text>
      <text x="68" y="142" className="hl-tag">
        {t('picture.brightUp')}
      </text>
      <text x="68" y="168" className="hl-tag">
        {t('picture.brightDown')}
      </text>
      {/* Power and the five lights: at the back */}
      <circle
        cx={model === 'hololens2' ? 224 : 212}
        cy={model === 'hololens2' ? 262 : 250}
        r="12"
        className={cls('power')}
      >
        <title translate="no">{BUTTON_NAMES.power}</title>
      </circle>
      <text
        x={model === 'hololens2' ? 224 : 212}
        y={model === 'hololens2' ? 292 : 280}
        className="hl-tag"
        textAnchor="middle"
        {...DATA}
      >
        {BUTTON_NAMES.power}
      </text>
      <g aria-hidden="true">
        {[0, 1, 2, 3, 4].map((i) => (
          <circle
            key={i}
            cx={136 + i * 12}
            cy={model === 'hololens2' ? 258 : 252}
            r="4"
            className={`hl-led ${leds?.[i] ? 'hl-led--on' : ''}`}
          />
        ))}
      </g>
      <text x="160" y="318" className="hl-caption" textAnchor="middle">
        {t('picture.back')}
      </text>
    </svg>
  );
}
