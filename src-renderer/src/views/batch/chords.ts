import type { BatchChord } from '../../../../src-main/shared/contract/batch.ts';
import type { Chord } from '../../components/coach/HoloLensPicture.tsx';

/** The batch card's chord names (the simulator's action names) as the buttons the picture lights. */
export const CHORD_PICTURES: Record<BatchChord, Chord> = {
  'volume-down-power': { buttons: ['volume-down', 'power'], kind: 'press' },
  'power-volume-down': { buttons: ['power', 'volume-down'], kind: 'press' },
  'press-power': { buttons: ['power'], kind: 'press' },
  'hold-power-15s': { buttons: ['power'], kind: 'hold', seconds: 15 },
  'hard-restart': { buttons: ['volume-down', 'power'], kind: 'hold', seconds: 15 },
};
