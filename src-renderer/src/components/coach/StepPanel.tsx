import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Chord as PlanChord, Step } from '../../../../src-main/shared/contract/enrollment.ts';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n.ts';
import { HoldTimer } from './HoldTimer.tsx';
import { BUTTON_NAMES, HoloLensPicture, chordText } from './HoloLensPicture.tsx';

/** Lights worth drawing on the picture for a step: flashing mode shows only the middle one. */
const STEP_LEDS: Record<string, boolean[]> = {
  'volume-up-power': [false, false, true, false, false],
};

export function holdLabel(chord: PlanChord): string {
  return i18n.t('common:chord.hold', { buttons: chord.buttons.map((b) => BUTTON_NAMES[b]).join(' + ') });
}

/**
 * One step, big and plain: what to do, the buttons lit on a drawing of the headset, a countdown for holds and
 * waits, what should happen, what to do if it does not, and a check to mark it done.
 */
export function StepPanel({
  step,
  model,
  index,
  total,
  done,
  onDoneChange,
  doneBy,
  children,
}: {
  step: Step;
  model: 'hololens1' | 'hololens2' | null;
  index: number;
  total: number;
  done: boolean;
  onDoneChange: (done: boolean) => void;
  /** Shown next to the check, e.g. "Confirmed by the station". */
  doneBy?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('common');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step.id]);
  const where = step.where ?? null;
  const chord = step.chord;
  const showPicture = chord !== undefined && model !== null;
  return (
    <section className="step" aria-labelledby={`${id}-title`}>
      <div className="step__top">
        <p className="step__count">{t('step.count', { n: index + 1, total })}</p>
        {where && <span className={`badge badge--${where}`}>{t(`step.where.${where}`)}</span>}
      </div>
      <h3 id={`${id}-title`} className="step__title" tabIndex={-1} ref={heading}>
        {step.title}
      </h3>
      <div className={`step__body ${showPicture ? 'step__body--picture' : ''}`}>
        <div className="step__text">
          <p className="step__action">{step.action}</p>
          {chord && !showPicture && <p className="step__chord">{chordText(chord)}</p>}
          {chord?.kind === 'hold' && chord.seconds !== undefined && (
            <HoldTimer key={`${step.id}-hold`} seconds={chord.seconds} label={holdLabel(chord)} />
          )}
          {step.timerSeconds !== undefined && (
            <HoldTimer key={`${step.id}-wait`} seconds={step.timerSeconds} label={t('timer.wait')} kind="wait" />
          )}
          <div className="step__expect">
            <h4>{t(`step.expect.${where ?? 'pc'}`)}</h4>
            <p>{step.expect}</p>
          </div>
          {step.ifNot && (
            <div className="step__ifnot">
              <h4>{t('step.ifNot')}</h4>
              <p>{step.ifNot}</p>
            </div>
          )}
          {children}
          <label className="check check--item">
            <input type="checkbox" checked={done} onChange={(e) => onDoneChange(e.target.checked)} />
            <span>
              {t('step.done', { title: step.title })}
              {doneBy && done && <span className="check__by">{doneBy}</span>}
            </span>
          </label>
        </div>
        {showPicture && (
          <figure className="step__picture">
            <HoloLensPicture model={model} chord={chord} leds={STEP_LEDS[step.id]} />
            <figcaption>{chordText(chord)}</figcaption>
          </figure>
        )}
      </div>
    </section>
  );
}
