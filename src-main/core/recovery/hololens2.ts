/** HoloLens 2 recovery procedures (DOMAIN.md §6; HLdocs:hololens-recovery.md), in the station's own words. */
import type { RecoveryProcedure, RecoveryStep } from '../../shared/contract/recovery.ts';

const SOURCE = 'DOMAIN.md §6; HLdocs:hololens-recovery.md';

const unplug: RecoveryStep = {
  id: 'unplug',
  title: 'Unplug the cable',
  action: 'Pull the USB-C cable out of the HoloLens (from the charger or the PC).',
  expect: 'Nothing is plugged into the HoloLens.',
  where: 'device',
  busExpectation: { kind: 'device-gone' },
};

const powerOff15: RecoveryStep = {
  id: 'hold-power',
  title: 'Hold Power for 15 seconds',
  action: 'Press and hold Power for 15 seconds, then let go.',
  expect: 'All five lights are off.',
  chord: { buttons: ['power'], kind: 'hold', seconds: 15 },
  where: 'device',
};

const plugInNormal: RecoveryStep = {
  id: 'plug-in',
  title: 'Plug it into this PC',
  action: 'Connect the HoloLens to this PC with the USB-C cable.',
  expect: 'The station shows the HoloLens 2 in normal mode (Windows lists it as Microsoft HoloLens).',
  where: 'pc',
  busExpectation: { kind: 'device-present', mode: 'normal' },
};

/** The last step of every reflash: the bus sees the device come back in normal mode. */
const arcDone: RecoveryStep = {
  id: 'done',
  title: 'Wait until it is done',
  action: 'Wait until Advanced Recovery Companion says it is finished.',
  expect: 'The device restarts into first setup (the hummingbird).',
  where: 'pc',
  busExpectation: { kind: 'device-present', mode: 'normal' },
};

export const HOLOLENS2_PROCEDURES: readonly RecoveryProcedure[] = [
  {
    id: 'hololens2-restart',
    model: 'hololens2',
    kind: 'restart',
    title: 'Restart (HoloLens 2)',
    whenToUse: 'The device hangs or misbehaves. Nothing is erased.',
    erasesDevice: false,
    requirements: [],
    steps: [
      unplug,
      powerOff15,
      {
        id: 'wait',
        title: 'Wait a moment',
        action: 'Wait 2 to 3 seconds.',
        expect: 'The lights stay off.',
        timerSeconds: 3,
        where: 'device',
      },
      {
        id: 'press-power',
        title: 'Press Power',
        action: 'Press Power briefly and let go.',
        expect: 'The lights next to the Power button come on and the device starts.',
        chord: { buttons: ['power'], kind: 'press' },
        where: 'device',
      },
      plugInNormal,
    ],
    source: SOURCE,
  },
  {
    id: 'hololens2-hard-restart',
    model: 'hololens2',
    kind: 'hard-restart',
    title: 'Hard restart (HoloLens 2)',
    whenToUse: 'The normal restart did not work. Nothing is erased.',
    erasesDevice: false,
    requirements: [],
    steps: [
      unplug,
      {
        id: 'hold-volume-down-power',
        title: 'Hold Volume Down and Power for 15 seconds',
        action: 'Press and hold Volume Down and Power together for 15 seconds, then let go.',
        expect: 'The device restarts by itself.',
        chord: { buttons: ['volume-down', 'power'], kind: 'hold', seconds: 15 },
        where: 'device',
      },
      plugInNormal,
    ],
    source: SOURCE,
  },
  {
    id: 'hololens2-reset',
    model: 'hololens2',
    kind: 'reset',
    title: 'Reset from Settings (HoloLens 2)',
    whenToUse:
      'To wipe the device and start first setup again, when someone can still sign in. Cloud records (Intune, Entra, Autopilot) stay.',
    erasesDevice: true,
    requirements: [
      { id: 'battery-40', text: 'At least 40% battery (required from 23H1).' },
      { id: 'free-6gb', text: 'At least 6 GB free storage (required from 23H1).' },
      { id: 'signed-in', text: 'Someone can sign in and open Settings.' },
    ],
    steps: [
      {
        id: 'check-battery',
        title: 'Check battery and storage',
        action: 'Check the battery is at least 40% and, on 23H1 or later, that 6 GB of storage is free.',
        expect: 'The station shows 40% or more.',
        where: 'device',
      },
      {
        id: 'open-reset',
        title: 'Open the reset page',
        action: 'On the device, open Settings > Update & Security > Reset & recovery > Reset this device.',
        expect: 'The device asks you to confirm and warns that everything will be erased.',
        where: 'device',
      },
      {
        id: 'confirm',
        title: 'Confirm the reset',
        action: 'Confirm the reset.',
        expect: 'The device restarts and shows the reset progress.',
        where: 'device',
        busExpectation: { kind: 'device-gone' },
      },
      {
        id: 'first-setup',
        title: 'Wait for first setup',
        action: 'Leave it plugged in and wait.',
        expect: 'First setup starts (the hummingbird). All accounts and data are gone.',
        where: 'device',
        busExpectation: { kind: 'device-present', mode: 'normal' },
      },
    ],
    source: 'DOMAIN.md §6',
  },
  {
    id: 'hololens2-reflash',
    model: 'hololens2',
    kind: 'reflash',
    title: 'Reflash with Advanced Recovery Companion (HoloLens 2)',
    whenToUse:
      'Reset is not possible or did not help. Installs a fresh OS and erases everything on the device, but not the cloud records.',
    erasesDevice: true,
    tool: 'Advanced Recovery Companion (Windows app)',
    requirements: [
      { id: 'arc-installed', text: 'Advanced Recovery Companion is installed on a Windows PC.' },
      { id: 'battery-40', text: 'The device is charged to at least 40%.' },
      { id: 'unlocked', text: 'The device is unlocked (signed in). If it cannot be, use manual flashing mode.' },
      { id: 'direct-port', text: 'It is plugged straight into the PC, not through a hub.' },
    ],
    steps: [
      {
        id: 'open-arc',
        title: 'Open Advanced Recovery Companion',
        action: 'On the Windows PC, open Advanced Recovery Companion.',
        expect: 'It waits for a device.',
        where: 'pc',
      },
      {
        id: 'plug-in-direct',
        title: 'Plug in, directly',
        action:
          'Sign in on the HoloLens so it is unlocked, then connect it straight into a USB port of the PC (no hub).',
        expect: 'Advanced Recovery Companion shows the HoloLens 2.',
        where: 'pc',
        busExpectation: { kind: 'device-present', mode: 'normal' },
        ifNot:
          'If it does not show up (locked device, USB blocked by policy, or it will not start), use manual flashing mode.',
        seeProcedure: 'hololens2-flashing-mode',
      },
      {
        id: 'start-flash',
        title: 'Start the reflash',
        action:
          'Select the HoloLens 2 in Advanced Recovery Companion, choose the image (the latest unless told otherwise), and start.',
        expect: 'Advanced Recovery Companion shows progress. Do not unplug the device.',
        where: 'pc',
      },
      arcDone,
    ],
    source: SOURCE,
  },
  {
    id: 'hololens2-flashing-mode',
    model: 'hololens2',
    kind: 'flashing-mode',
    title: 'Manual flashing mode (HoloLens 2)',
    whenToUse:
      'Advanced Recovery Companion cannot see the device: it is locked, the PIN is lost on a single-user device, USB is blocked by policy, or it will not start.',
    erasesDevice: true,
    tool: 'Advanced Recovery Companion (Windows app)',
    requirements: [
      { id: 'arc-installed', text: 'Advanced Recovery Companion is installed on a Windows PC.' },
      { id: 'battery-40', text: 'The device is charged to at least 40%.' },
      { id: 'direct-port', text: 'It will be plugged straight into the PC, not through a hub.' },
    ],
    steps: [
      unplug,
      powerOff15,
      {
        id: 'volume-up-power',
        title: 'Hold Volume Up, tap Power',
        action:
          'Press and hold Volume Up. While holding it, press and release Power. Keep holding Volume Up for 15 seconds, then let go.',
        expect: 'Only the middle light of the five is lit.',
        chord: { buttons: ['volume-up'], kind: 'hold', seconds: 15, tapAtStart: ['power'] },
        where: 'device',
      },
      {
        id: 'plug-in-flashing',
        title: 'Plug it into this PC',
        action: 'Connect the HoloLens straight into a USB port of the PC (no hub).',
        expect:
          'The station shows the device in flashing mode. Windows lists it as Microsoft HoloLens Recovery (or as Qualcomm HS-USB / QUSB_BULK when drivers are missing).',
        where: 'pc',
        busExpectation: { kind: 'device-present', mode: 'flashing' },
        ifNot:
          'QUSB_BULK under Other devices means the PC lacks drivers: update the driver through Windows Update (optional updates), then try again.',
      },
      {
        id: 'reflash',
        title: 'Reflash it',
        action: 'In Advanced Recovery Companion, select the HoloLens 2, choose the image and start.',
        expect: 'Advanced Recovery Companion shows progress. Do not unplug the device.',
        where: 'pc',
      },
      arcDone,
    ],
    source: SOURCE,
  },
];
