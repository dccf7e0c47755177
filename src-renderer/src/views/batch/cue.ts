import { useEffect, useRef } from 'react';
import type { TechCue } from '../../stores/batch.ts';

type AudioCtor = new () => AudioContext;

let audio: AudioContext | null = null;

/** Two short tones: loud enough across a bench, short enough not to annoy. Silent where there is no Web Audio. */
export function playBeep(): void {
  const w = window as Window & { AudioContext?: AudioCtor; webkitAudioContext?: AudioCtor };
  const Ctor = w.AudioContext ?? w.webkitAudioContext;
  if (!Ctor) return;
  try {
    audio ??= new Ctor();
    const ctx = audio;
    if (ctx.state === 'suspended') void ctx.resume();
    [0, 0.18].forEach((offset, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = i === 0 ? 880 : 1175;
      const t = ctx.currentTime + offset;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.3, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.15);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 0.16);
    });
  } catch {
    // A sound is a courtesy: the flash and the announcement still show.
  }
}

/** Tests replace the module's audio context between runs. */
export function resetBeepForTests(): void {
  audio = null;
}

/** Plays the beep once per new cue (a device newly needing the tech), when the station's sound is on. */
export function useCueSound(cue: TechCue | null, soundOn: boolean): void {
  const played = useRef(cue?.seq ?? 0);
  useEffect(() => {
    if (!cue || cue.seq === played.current) return;
    played.current = cue.seq;
    if (soundOn) playBeep();
  }, [cue, soundOn]);
}
