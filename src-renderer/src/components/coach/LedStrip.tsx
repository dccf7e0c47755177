import { useEffect, useState } from 'react';

/** One light: off, lit, or fading in and out (the light that is charging). */
export type LedLight = boolean | 'off' | 'on' | 'pulse';

export interface LedAnimation {
  /** Each frame: five lights, left to right. */
  frames: LedLight[][];
  /** How long each frame shows: one value for all, or one per frame. */
  frameMs: number | number[];
  /** How many times the frames play before all lights go out; 'forever' (the default) loops. */
  repeat?: number | 'forever';
}

function ledClass(light: LedLight | undefined): string {
  if (light === true || light === 'on') return 'hl-led hl-led--on';
  if (light === 'pulse') return 'hl-led hl-led--pulse';
  return 'hl-led';
}

function durationOf(animation: LedAnimation, frame: number): number {
  const ms = animation.frameMs;
  return typeof ms === 'number' ? ms : (ms[frame % ms.length] ?? 500);
}

const OFF: LedLight[] = ['off', 'off', 'off', 'off', 'off'];

/**
 * The five lights at the back of the headset, animated frame by frame. A pattern that plays a set number of times
 * ends with all lights off, then starts over after a pause so it can be watched again. With reduced motion, all
 * frames are shown side by side instead of animating.
 */
export function LedStrip({ animation, label }: { animation: LedAnimation; label: string }) {
  const [step, setStep] = useState(0);
  const reduced = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const n = animation.frames.length;
  const plays = animation.repeat === undefined || animation.repeat === 'forever' ? null : animation.repeat;
  // A counted pattern runs plays * n frames, then one dark pause "frame" before looping.
  const cycle = plays === null ? n : plays * n + 1;
  useEffect(() => {
    if (reduced || cycle < 2) return;
    const ms = step >= (plays ?? Infinity) * n ? 1500 : durationOf(animation, step);
    const t = setTimeout(() => setStep((s) => (s + 1) % cycle), ms);
    return () => clearTimeout(t);
  }, [animation, reduced, step, cycle, plays, n]);
  const current = plays !== null && step >= plays * n ? OFF : (animation.frames[step % n] ?? OFF);
  const frames = reduced ? animation.frames : [current];
  return (
    <div className="led-strip" role="img" aria-label={label}>
      {frames.map((lights, f) => (
        <svg key={f} viewBox="0 0 110 22" className="led-strip__frame" aria-hidden="true">
          <rect x="0" y="0" width="110" height="22" rx="11" className="led-strip__bar" />
          {[0, 1, 2, 3, 4].map((i) => (
            <circle key={i} cx={15 + i * 20} cy="11" r="6" className={ledClass(lights[i])} />
          ))}
        </svg>
      ))}
    </div>
  );
}
