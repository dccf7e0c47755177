/**
 * What the five lights next to the Power button mean, as frames the UI can animate (DOMAIN.md §6;
 * HLdocs:hololens2-setup.md, hololens-recovery.md, hololens1-recovery.md). Frame times are illustrative where the
 * docs give none.
 */
import type { LedFrame, LedPattern, LedState } from '../../shared/contract/recovery.ts';

type Five = [LedState, LedState, LedState, LedState, LedState];

const OFF: Five = ['off', 'off', 'off', 'off', 'off'];
const ALL: Five = ['on', 'on', 'on', 'on', 'on'];
const SETUP_DOC = 'HLdocs:hololens2-setup.md';

function steady(leds: Five): LedFrame[] {
  return [{ leds, ms: 1000 }];
}

function blink(leds: Five, onMs = 300, offMs = 300): LedFrame[] {
  return [
    { leds, ms: onMs },
    { leds: OFF, ms: offMs },
  ];
}

/** While charging, N solid lights and the next one fading in and out. */
function charging(solid: number, low: number, high: number): LedPattern {
  const leds = OFF.map((_, i) => (i < solid ? 'on' : i === solid ? 'pulse' : 'off')) as Five;
  return {
    id: `battery-charging-${low}-${high}`,
    models: ['hololens2'],
    name: `Charging, ${low}–${high}%`,
    frames: [{ leds, ms: 2000 }],
    repeat: 'forever',
    meaning: `The device is charging and the battery is at ${low}–${high}%.`,
    action: high <= 40 ? 'Keep it on the charger: reset, reflash and Autopilot need 40–45% or more.' : 'Nothing to do.',
    severity: 'info',
    timingIllustrative: true,
    source: SETUP_DOC,
  };
}

/** Running on battery: one lit light per fifth of charge; one light alone means under 20%. */
function running(lit: number): LedPattern {
  const leds = OFF.map((_, i) => (i < lit ? 'on' : 'off')) as Five;
  return {
    id: `battery-level-${lit}`,
    models: ['hololens2'],
    name: `Battery level: ${lit} light${lit > 1 ? 's' : ''}`,
    frames: steady(leds),
    repeat: 'forever',
    meaning:
      lit === 1
        ? 'The battery is below 20%.'
        : `The battery is at roughly ${(lit - 1) * 20 + 1}–${lit * 20}% (each light is about 20%).`,
    action: lit <= 2 ? 'Charge it before a reset, reflash or Autopilot (they need 40–45%).' : 'Nothing to do.',
    severity: lit === 1 ? 'attention' : 'info',
    timingIllustrative: false,
    source: `${SETUP_DOC}; HLdocs:hololens-recovery.md (two solid lights = 40%)`,
  };
}

export const LED_PATTERNS: readonly LedPattern[] = [
  {
    id: 'flashing-mode',
    models: ['hololens2', 'hololens1'],
    name: 'Only the middle light',
    frames: steady(['off', 'off', 'on', 'off', 'off']),
    repeat: 'forever',
    meaning: 'The device is in flashing mode, waiting for a recovery tool.',
    action:
      'Plug it into the PC and reflash it (Advanced Recovery Companion for HoloLens 2, Windows Device Recovery Tool for the 1st gen).',
    severity: 'attention',
    timingIllustrative: false,
    source: 'DOMAIN.md §6',
  },
  {
    id: 'os-error',
    models: ['hololens2'],
    name: 'All five flash five times',
    frames: blink(ALL),
    repeat: 5,
    meaning: 'The device cannot start: the OS is in an error state.',
    action: 'Reflash it with Advanced Recovery Companion (use manual flashing mode if it is not detected).',
    severity: 'fault',
    timingIllustrative: true,
    source: `DOMAIN.md §6; ${SETUP_DOC}`,
  },
  {
    id: 'hardware-fault',
    models: ['hololens2'],
    name: 'Lights 1, 3 and 5 flash together',
    frames: blink(['on', 'off', 'on', 'off', 'on'], 500, 500),
    repeat: 'forever',
    meaning: 'The device may have a hardware fault.',
    action: 'Do not reflash: it will not help. Set the device aside and contact Microsoft support for a repair.',
    severity: 'fault',
    timingIllustrative: true,
    source: `DOMAIN.md §6; ${SETUP_DOC}; HLdocs:hololens-recovery.md`,
  },
  {
    id: 'critical-battery',
    models: ['hololens2'],
    name: 'One light flashes five times',
    frames: blink(['on', 'off', 'off', 'off', 'off']),
    repeat: 5,
    meaning: 'The battery is critically low: the device will not start.',
    action: 'Charge it on the wall charger for at least an hour, then try again.',
    severity: 'attention',
    timingIllustrative: true,
    source: `${SETUP_DOC}; HLdocs:hololens-recovery.md`,
  },
  {
    id: 'shutting-down',
    models: ['hololens2', 'hololens1'],
    name: 'All on, then out one by one',
    frames: [
      { leds: ALL, ms: 600 },
      { leds: ['on', 'on', 'on', 'on', 'off'], ms: 600 },
      { leds: ['on', 'on', 'on', 'off', 'off'], ms: 600 },
      { leds: ['on', 'on', 'off', 'off', 'off'], ms: 600 },
      { leds: ['on', 'off', 'off', 'off', 'off'], ms: 600 },
      { leds: OFF, ms: 600 },
    ],
    repeat: 1,
    meaning: 'The device is going to sleep or shutting down.',
    action: 'When restarting by hand, let go of Power once all lights are off.',
    severity: 'info',
    timingIllustrative: true,
    source: `${SETUP_DOC}; HLdocs:hololens1-recovery.md`,
  },
  {
    id: 'all-off',
    models: ['hololens2', 'hololens1'],
    name: 'All lights off',
    frames: steady(OFF),
    repeat: 'forever',
    meaning: 'The device is off or asleep (or the battery is empty).',
    action: 'Press Power to wake or start it; if nothing lights up, charge it.',
    severity: 'info',
    timingIllustrative: false,
    source: SETUP_DOC,
  },
  charging(4, 81, 100),
  charging(3, 61, 80),
  charging(2, 41, 60),
  charging(1, 21, 40),
  charging(0, 5, 20),
  running(5),
  running(4),
  running(3),
  running(2),
  running(1),
];

export function ledPattern(id: string): LedPattern | undefined {
  return LED_PATTERNS.find((p) => p.id === id);
}
