/** HoloLens (1st gen) recovery procedures (DOMAIN.md §6; HLdocs:hololens1-recovery.md), in the station's own words. */
import type { RecoveryProcedure, RecoveryStep } from '../../shared/contract/recovery.ts';
import { recoveryStep, under, words } from './words.ts';

const SOURCE = 'DOMAIN.md §6; HLdocs:hololens1-recovery.md';

const powerOn1s = (): RecoveryStep =>
  recoveryStep(under('hl1.power-on'), {
    id: 'power-on',
    chord: { buttons: ['power'], kind: 'hold', seconds: 1 },
    where: 'device',
  });

const plugInNormal = (): RecoveryStep =>
  recoveryStep(under('hl1.plug-in'), {
    id: 'plug-in',
    where: 'pc',
    busExpectation: { kind: 'device-present', mode: 'normal' },
  });

/** The last step of every reinstall: the bus sees the device come back in normal mode. */
const backAtFirstSetup = (): RecoveryStep =>
  recoveryStep(under('hl1.done'), {
    id: 'done',
    where: 'device',
    busExpectation: { kind: 'device-present', mode: 'normal' },
  });

const requirement = (id: string, key: string) => ({ id, text: words(key) });

/** The procedures, in the station's language at the moment of the call. */
export function hololens1Procedures(): RecoveryProcedure[] {
  return [
    {
      id: 'hololens1-restart',
      model: 'hololens1',
      kind: 'restart',
      title: words('hl1.restart.title'),
      whenToUse: words('hl1.restart.when'),
      erasesDevice: false,
      requirements: [],
      steps: [
        recoveryStep(under('hl1.restart.hold-power'), {
          id: 'hold-power',
          chord: { buttons: ['power'], kind: 'hold', seconds: 5 },
          where: 'device',
        }),
        recoveryStep(under('hl1.restart.wait'), { id: 'wait', timerSeconds: 60, where: 'device' }),
        powerOn1s(),
        plugInNormal(),
      ],
      source: SOURCE,
    },
    {
      id: 'hololens1-hard-restart',
      model: 'hololens1',
      kind: 'hard-restart',
      title: words('hl1.hard-restart.title'),
      whenToUse: words('hl1.hard-restart.when'),
      erasesDevice: false,
      requirements: [],
      steps: [
        recoveryStep(under('hl1.hard-restart.hold-power-10'), {
          id: 'hold-power-10',
          chord: { buttons: ['power'], kind: 'hold', seconds: 10 },
          where: 'device',
        }),
        recoveryStep(
          { title: 'hl1.wait-short.title', action: 'hl1.wait-short.action', expect: 'hl1.hard-restart.wait.expect' },
          { id: 'wait', timerSeconds: 3, where: 'device' },
        ),
        powerOn1s(),
        plugInNormal(),
      ],
      source: SOURCE,
    },
    {
      id: 'hololens1-reset',
      model: 'hololens1',
      kind: 'reset',
      title: words('hl1.reset.title'),
      whenToUse: words('hl1.reset.when'),
      erasesDevice: true,
      requirements: [requirement('battery-40', 'hl1.reset.req.battery-40')],
      steps: [
        recoveryStep(under('hl1.reset.check-battery'), { id: 'check-battery', where: 'device' }),
        recoveryStep(under('hl1.reset.open-reset'), { id: 'open-reset', where: 'device' }),
        recoveryStep(under('hl1.reset.confirm'), {
          id: 'confirm',
          where: 'device',
          busExpectation: { kind: 'device-gone' },
        }),
        recoveryStep(under('hl1.reset.first-setup'), {
          id: 'first-setup',
          timerSeconds: 1800,
          where: 'device',
          busExpectation: { kind: 'device-present', mode: 'normal' },
        }),
      ],
      source: SOURCE,
    },
    {
      id: 'hololens1-reflash',
      model: 'hololens1',
      kind: 'reflash',
      title: words('hl1.reflash.title'),
      whenToUse: words('hl1.reflash.when'),
      erasesDevice: true,
      tool: words('tool.wdrt'),
      requirements: [
        requirement('windows-pc', 'hl1.reflash.req.windows-pc'),
        requirement('pc-space', 'hl1.reflash.req.pc-space'),
        requirement('cable', 'hl1.reflash.req.cable'),
      ],
      steps: [
        recoveryStep(under('hl1.reflash.open-wdrt'), { id: 'open-wdrt', where: 'pc' }),
        recoveryStep(under('hl1.reflash.plug-in', true), {
          id: 'plug-in',
          where: 'pc',
          busExpectation: { kind: 'device-present', mode: 'normal' },
          seeProcedure: 'hololens1-flashing-mode',
        }),
        recoveryStep(
          { ...under('hl1.reflash.reinstall'), expect: 'hl1.reinstall.expect' },
          { id: 'reinstall', where: 'pc' },
        ),
        backAtFirstSetup(),
      ],
      source: SOURCE,
    },
    {
      id: 'hololens1-flashing-mode',
      model: 'hololens1',
      kind: 'flashing-mode',
      title: words('hl1.flashing-mode.title'),
      whenToUse: words('hl1.flashing-mode.when'),
      erasesDevice: true,
      tool: words('tool.wdrt'),
      requirements: [requirement('windows-pc', 'hl1.flashing-mode.req.windows-pc')],
      steps: [
        recoveryStep(under('hl1.flashing-mode.unplug'), {
          id: 'unplug',
          where: 'device',
          busExpectation: { kind: 'device-gone' },
        }),
        recoveryStep(under('hl1.flashing-mode.power-off'), {
          id: 'power-off',
          chord: { buttons: ['power'], kind: 'hold', seconds: 5 },
          where: 'device',
        }),
        recoveryStep(under('hl1.flashing-mode.volume-up-power'), {
          id: 'volume-up-power',
          chord: { buttons: ['volume-up'], kind: 'hold', seconds: 15, tapAtStart: ['power'] },
          where: 'device',
        }),
        recoveryStep(under('hl1.flashing-mode.plug-in-flashing'), {
          id: 'plug-in-flashing',
          where: 'pc',
          busExpectation: { kind: 'device-present', mode: 'flashing' },
        }),
        recoveryStep(
          { ...under('hl1.flashing-mode.reinstall'), expect: 'hl1.reinstall.expect' },
          { id: 'reinstall', where: 'pc' },
        ),
        backAtFirstSetup(),
      ],
      source: SOURCE,
      unverified: words('hl1.flashing-mode.unverified'),
    },
  ];
}
