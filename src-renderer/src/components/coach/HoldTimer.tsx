import { useEffect, useRef, useState } from 'react';

export function formatSeconds(s: number): string {
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

/** What a screen reader hears while the timer runs: the start, every 5 seconds, the last 3, and the end. */
function milestone(left: number, label: string, kind: 'hold' | 'wait'): string | null {
  if (left === 0) return kind === 'hold' ? `Time is up: let go of the buttons.` : `Time is up.`;
  if (left <= 3 || left % 5 === 0) return `${label}: ${left} seconds left`;
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
    const t = setInterval(() => {
      leftRef.current = Math.max(0, leftRef.current - 1);
      const now = leftRef.current;
      setLeft(now);
      const text = milestone(now, label, kind);
      if (text) setSaid(text);
      if (now === 0) {
        setRunning(false);
        onDoneRef.current?.();
      }
    }, 1000);
    return () => clearInterval(t);
  }, [running, label, kind]);

  const start = () => {
    if (leftRef.current === 0) {
      leftRef.current = seconds;
      setLeft(seconds);
    }
    setSaid(`Started. ${label}: ${leftRef.current} seconds.`);
    setRunning(true);
  };
  const pause = () => {
    setRunning(false);
    setSaid(`Paused with ${leftRef.current} seconds left.`);
  };
  const restart = () => {
    setRunning(false);
    leftRef.current = seconds;
    setLeft(seconds);
    setSaid('');
  };
  const done = left === 0;
  const startLabel = done ? 'Start again' : left === seconds ? 'Start timer' : 'Resume';

  return (
    <div
      className={`timer ${running ? 'timer--running' : ''} ${done ? 'timer--done' : ''}`}
      role="group"
      aria-label={`${label} timer`}
    >
      <div className="timer__head">
        <span className="timer__label">{label}</span>
        <span className="timer__count" role="timer" aria-label={`${left} seconds left`}>
          {done ? (kind === 'hold' ? 'Let go' : 'Done') : formatSeconds(left)}
        </span>
      </div>
      <div className="timer__bar" aria-hidden="true">
        <div className="timer__fill" style={{ width: `${((seconds - left) / seconds) * 100}%` }} />
      </div>
      <div className="row">
        {running ? (
          <button type="button" className="btn btn--secondary" onClick={pause}>
            Pause
          </button>
        ) : (
          <button type="button" className="btn btn--primary" onClick={start}>
            {startLabel}
          </button>
        )}
        {left !== seconds && (
          <button type="button" className="btn btn--small" onClick={restart}>
            Reset
          </button>
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
