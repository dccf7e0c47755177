/** HoloLens 2 recovery procedures (DOMAIN.md §6; HLdocs:hololens-recovery.md), in the station's own words. */
import type { RecoveryProcedure, RecoveryStep } from '../../shared/contract/recovery.ts';
import { recoveryStep, under, words } from './words.ts';

const SOURCE = 'DOMAIN.md §6; HLdocs:hololens-recovery.md';

const unplug = (): RecoveryStep =>
  recoveryStep(under('hl2.unplug'), { id: 'unplug', where: 'device', busExpectation: { kind: 'device-gone' } });

const powerOff15 = (): RecoveryStep =>
  recoveryStep(under('hl2.hold-power'), {
    id: 'hold-power',
    chord: { buttons: ['power'], kind: 'hold', seconds: 15 },
    where: 'device',
  });

const plugInNormal = (): RecoveryStep =>
  recoveryStep(under('hl2.plug-in'), {
    id: 'plug-in',
    where: 'pc',
    busExpectation: { kind: 'device-present', mode: 'normal' },
  });

/** The last step of every reflash: the bus sees the device come back in normal mode. */
const arcDone = (): RecoveryStep =>
  recoveryStep(under('hl2.done'), {
    id: 'done',
    where: 'pc',
    busExpectation: { kind: 'device-present', mode: 'normal' },
  });

const requirement = (id: string, key: string) => ({ id, text: words(key) });

/** The procedures, in the station's language at the moment of the call. */
export function hololens2Procedures(): RecoveryProcedure[] {
  return [
    {
      id: 'hololens2-restart',
      model: 'hololens2',
      kind: 'restart',
      title: words('hl2.restart.title'),
      whenToUse: words('hl2.restart.when'),
      erasesDevice: false,
      requirements: [],
      steps: [
        unplug(),
        powerOff15(),
        recoveryStep(under('hl2.restart.wait'), { id: 'wait', timerSeconds: 3, where: 'device' }),
        recoveryStep(under('hl2.restart.press-power'), {
          id: 'press-power',
          chord: { buttons: ['power'], kind: 'press' },
          where: 'device',
        }),
        plugInNormal(),
      ],
      source: SOURCE,
    },
    {
      id: 'hololens2-hard-restart',
      model: 'hololens2',
      kind: 'hard-restart',
      title: words('hl2.hard-restart.title'),
      whenToUse: words('hl2.hard-restart.when'),
      erasesDevice: false,
      requirements: [],
      steps: [
        unplug(),
        recoveryStep(under('hl2.hard-restart.hold-volume-down-power'), {
          id: 'hold-volume-down-power',
          chord: { buttons: ['volume-down', 'power'], kind: 'hold', seconds: 15 },
          where: 'device',
        }),
        plugInNormal(),
      ],
      source: SOURCE,
    },
    {
      id: 'hololens2-reset',
      model: 'hololens2',
      kind: 'reset',
      title: words('hl2.reset.title'),
      whenToUse: words('hl2.reset.when'),
      erasesDevice: true,
      requirements: [
        requirement('battery-40', 'hl2.reset.req.battery-40'),
        requirement('free-6gb', 'hl2.reset.req.free-6gb'),
        requirement('signed-in', 'hl2.reset.req.signed-in'),
      ],
      steps: [
        recoveryStep(under('hl2.reset.check-battery'), { id: 'check-battery', where: 'device' }),
        recoveryStep(under('hl2.reset.open-reset'), { id: 'open-reset', where: 'device' }),
        recoveryStep(under('hl2.reset.confirm'), {
          id: 'confirm',
          where: 'device',
          busExpectation: { kind: 'device-gone' },
        }),
        recoveryStep(under('hl2.reset.first-setup'), {
          id: 'first-setup',
          where: 'device',
          busExpectation: { kind: 'device-present', mode: 'normal' },
        }),
      ],
      source: 'DOMAIN.md §6',
    },
    {
      id: 'hololens2-reflash',
      model: 'hololens2',
      kind: 'reflash',
      title: words('hl2.reflash.title'),
      whenToUse: words('hl2.reflash.when'),
      erasesDevice: true,
      tool: words('tool.arc'),
      requirements: [
        requirement('arc-installed', 'hl2.req.arc-installed'),
        requirement('battery-40', 'hl2.req.battery-40-charged'),
        requirement('unlocked', 'hl2.reflash.req.unlocked'),
        requirement('direct-port', 'hl2.reflash.req.direct-port'),
      ],
      steps: [
        recoveryStep(under('hl2.reflash.open-arc'), { id: 'open-arc', where: 'pc' }),
        recoveryStep(under('hl2.reflash.plug-in-direct', true), {
          id: 'plug-in-direct',
          where: 'pc',
          busExpectation: { kind: 'device-present', mode: 'normal' },
          seeProcedure: 'hololens2-flashing-mode',
        }),
        recoveryStep(under('hl2.reflash.start-flash'), { id: 'start-flash', where: 'pc' }),
        arcDone(),
      ],
      source: SOURCE,
    },
    {
      id: 'hololens2-flashing-mode',
      model: 'hololens2',
      kind: 'flashing-mode',
      title: words('hl2.flashing-mode.title'),
      whenToUse: words('hl2.flashing-mode.when'),
      erasesDevice: true,
      tool: words('tool.arc'),
      requirements: [
        requirement('arc-installed', 'hl2.req.arc-installed'),
        requirement('battery-40', 'hl2.req.battery-40-charged'),
        requirement('direct-port', 'hl2.flashing-mode.req.direct-port'),
      ],
      steps: [
        unplug(),
        powerOff15(),
        recoveryStep(under('hl2.flashing-mode.volume-up-power'), {
          id: 'volume-up-power',
          chord: { buttons: ['volume-up'], kind: 'hold', seconds: 15, tapAtStart: ['power'] },
          where: 'device',
        }),
        recoveryStep(under('hl2.flashing-mode.plug-in-flashing', true), {
          id: 'plug-in-flashing',
          where: 'pc',
          busExpectation: { kind: 'device-present', mode: 'flashing' },
        }),
        recoveryStep(under('hl2.flashing-mode.reflash'), { id: 'reflash', where: 'pc' }),
        arcDone(),
      ],
      source: SOURCE,
    },
  ];
}
