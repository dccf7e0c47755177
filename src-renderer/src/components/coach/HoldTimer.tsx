import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

/** The count on the timer: "12 s" under a minute, then a clock ("1:05"), which reads the same in every language. */
export function formatSeconds(s: number, t: TFunction<'common'>): string {
  if (s < 60) return t('timer.seconds', { count: s });
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

/** What a screen reader hears while the timer runs: the start, every 5 seconds, the last 3, and the end. */
function milestone(left: number, label: string, kind: 'hold' | 'wait', t: TFunction<'common'>): string | null {
  if (left === 0) return kind === 'hold' ? t('timer.upHold') : t('timer.upWait');
  if (left <= 3 || left % 5 === 0) return t('timer.milestone', { label, count: left });
  return null;
}

/**
 * A countdown for a button hold ("Hold Power: 15 s") or a wait. Started and paused with its own button (Enter or
 * Space), announced politely while it runs. Give it a new `key` for each step so it starts fresh.
 */
export function HoldTimer({
  seconds,
  label,
  kind = 'hold',
  onDone,
}: {
  seconds: number;
  label: string;
  kind?: 'hold' | 'wait';
  onDone?: () => void;
}) {
  const { t } = useTranslation('common');
  const [left, setLeft] = useState(seconds);
  const [running, setRunning] = useState(false);
  const [said, setSaid] = useState('');
  const leftRef = useRef(seconds);
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  }, [onDone]);

  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => {
      leftRef.current = Math.max(0, leftRef.current - 1);
      const now = leftRef.current;
      setLeft(now);
      const text = milestone(now, label, kind, t);
      if (text) setSaid(text);
      if (now === 0) {
        setRunning(false);
        onDoneRef.current?.();
      }
    }, 1000);
    return () => clearInterval(tick);
  }, [running, label, kind, t]);

  const start = () => {
    if (leftRef.current === 0) {
      leftRef.current = seconds;
      setLeft(seconds);
    }
    setSaid(t('timer.started', { label, count: leftRef.current }));
    setRunning(true);
  };
  const pause = () => {
    setRunning(false);
    setSaid(t('timer.paused', { count: leftRef.current }));
  };
  const restart = () => {
    setRunning(false);
    leftRef.current = seconds;
    setLeft(seconds);
    setSaid('');
  };
  const done = left === 0;
  const startLabel = done ? t('timer.startAgain') : left === seconds ? t('timer.start') : t('timer.resume');

  return (
    <div
      className={`timer ${running ? 'timer--running' : ''} ${done ? 'timer--done' : ''}`}
      role="group"
      aria-label={t('timer.group', { label })}
    >
      <div className="timer__head">
        <span className="timer__label">{label}</span>
        <span className="timer__count" role="timer" aria-label={t('timer.left', { count: left })}>
          {done ? (kind === 'hold' ? t('timer.letGo') : t('timer.done')) : formatSeconds(left, t)}
        </span>
      </div>
      <div className="timer__bar" aria-hidden="true">
        <div className="timer__fill" style={{ width: `${((seconds - left) / seconds) * 100}%` }} />
      </div>
      <div className="row">
        {running ? (
          <button type="button" className="btn btn--secondary" onClick={pause}>
            {t('timer.pause')}
          </button>
        ) : (
          <button type="button" className="btn btn--primary" onClick={start}>
            {startLabel}
          </button>
        )}
        {left !== seconds && (
          <button type="button" className="btn btn--small" onClick={restart}>
            {t('timer.reset')}
          </button>
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
