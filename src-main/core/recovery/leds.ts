/**
 * What the five lights next to the Power button mean, as frames the UI can animate (DOMAIN.md §6;
 * HLdocs:hololens2-setup.md, hololens-recovery.md, hololens1-recovery.md). Frame times are illustrative where the
 * docs give none.
 */
import type { LedFrame, LedPattern, LedState } from '../../shared/contract/recovery.ts';
import { words } from './words.ts';

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
    name: words('led.charging.name', { low, high }),
    frames: [{ leds, ms: 2000 }],
    repeat: 'forever',
    meaning: words('led.charging.meaning', { low, high }),
    action: high <= 40 ? words('led.charging.action-low') : words('led.nothing-to-do'),
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
    name: words('led.battery.name', { count: lit }),
    frames: steady(leds),
    repeat: 'forever',
    meaning:
      lit === 1
        ? words('led.battery.meaning-low')
        : words('led.battery.meaning', { low: (lit - 1) * 20 + 1, high: lit * 20 }),
    action: lit <= 2 ? words('led.battery.action-low') : words('led.nothing-to-do'),
    severity: lit === 1 ? 'attention' : 'info',
    timingIllustrative: false,
    source: `${SETUP_DOC}; HLdocs:hololens-recovery.md (two solid lights = 40%)`,
  };
}

/** Every pattern, in the station's language at the moment of the call. */
export function ledPatterns(): LedPattern[] {
  return [
    {
      id: 'flashing-mode',
      models: ['hololens2', 'hololens1'],
      name: words('led.flashing-mode.name'),
      frames: steady(['off', 'off', 'on', 'off', 'off']),
      repeat: 'forever',
      meaning: words('led.flashing-mode.meaning'),
      action: words('led.flashing-mode.action'),
      severity: 'attention',
      timingIllustrative: false,
      source: 'DOMAIN.md §6',
    },
    {
      id: 'os-error',
      models: ['hololens2'],
      name: words('led.os-error.name'),
      frames: blink(ALL),
      repeat: 5,
      meaning: words('led.os-error.meaning'),
      action: words('led.os-error.action'),
      severity: 'fault',
      timingIllustrative: true,
      source: `DOMAIN.md §6; ${SETUP_DOC}`,
    },
    {
      id: 'hardware-fault',
      models: ['hololens2'],
      name: words('led.hardware-fault.name'),
      frames: blink(['on', 'off', 'on', 'off', 'on'], 500, 500),
      repeat: 'forever',
      meaning: words('led.hardware-fault.meaning'),
      action: words('led.hardware-fault.action'),
      severity: 'fault',
      timingIllustrative: true,
      source: `DOMAIN.md §6; ${SETUP_DOC}; HLdocs:hololens-recovery.md`,
    },
    {
      id: 'critical-battery',
      models: ['hololens2'],
      name: words('led.critical-battery.name'),
      frames: blink(['on', 'off', 'off', 'off', 'off']),
      repeat: 5,
      meaning: words('led.critical-battery.meaning'),
      action: words('led.critical-battery.action'),
      severity: 'attention',
      timingIllustrative: true,
      source: `${SETUP_DOC}; HLdocs:hololens-recovery.md`,
    },
    {
      id: 'shutting-down',
      models: ['hololens2', 'hololens1'],
      name: words('led.shutting-down.name'),
      frames: [
        { leds: ALL, ms: 600 },
        { leds: ['on', 'on', 'on', 'on', 'off'], ms: 600 },
        { leds: ['on', 'on', 'on', 'off', 'off'], ms: 600 },
        { leds: ['on', 'on', 'off', 'off', 'off'], ms: 600 },
        { leds: ['on', 'off', 'off', 'off', 'off'], ms: 600 },
        { leds: OFF, ms: 600 },
      ],
      repeat: 1,
      meaning: words('led.shutting-down.meaning'),
      action: words('led.shutting-down.action'),
      severity: 'info',
      timingIllustrative: true,
      source: `${SETUP_DOC}; HLdocs:hololens1-recovery.md`,
    },
    {
      id: 'all-off',
      models: ['hololens2', 'hololens1'],
      name: words('led.all-off.name'),
      frames: steady(OFF),
      repeat: 'forever',
      meaning: words('led.all-off.meaning'),
      action: words('led.all-off.action'),
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
}

export function ledPattern(id: string): LedPattern | undefined {
  return ledPatterns().find((p) => p.id === id);
}
