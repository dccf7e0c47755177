import { useEffect, useState } from 'react';

export interface LedAnimation {
  /** Each frame: five lights, left to right, on or off. */
  frames: boolean[][];
  frameMs: number;
}

/**
 * The five lights at the back of the headset, animated frame by frame. With reduced motion, all frames are shown
 * side by side instead of animating.
 */
export function LedStrip({ animation, label }: { animation: LedAnimation; label: string }) {
  const [frame, setFrame] = useState(0);
  const reduced = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  useEffect(() => {
    if (reduced || animation.frames.length < 2) return;
    const t = setInterval(() => setFrame((f) => (f + 1) % animation.frames.length), animation.frameMs);
    return () => clearInterval(t);
  }, [animation, reduced]);
  const frames = reduced ? animation.frames : [animation.frames[frame % animation.frames.length] ?? []];
  return (
    <div className="led-strip" role="img" aria-label={label}>
      {frames.map((lights, f) => (
        <svg key={f} viewBox="0 0 110 22" className="led-strip__frame" aria-hidden="true">
          <rect x="0" y="0" width="110" height="22" rx="11" className="led-strip__bar" />
          {[0, 1, 2, 3, 4].map((i) => (
            <circle key={i} cx={15 + i * 20} cy="11" r="6" className={`hl-led ${lights[i] ? 'hl-led--on' : ''}`} />
          ))}
        </svg>
      ))}
    </div>
  );
}
