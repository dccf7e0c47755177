/** HoloLens (1st gen) recovery procedures (DOMAIN.md §6; HLdocs:hololens1-recovery.md), in the station's own words. */
import type { RecoveryProcedure, RecoveryStep } from '../../shared/contract/recovery.ts';

const SOURCE = 'DOMAIN.md §6; HLdocs:hololens1-recovery.md';

const powerOn1s: RecoveryStep = {
  id: 'power-on',
  title: 'Turn it back on',
  action: 'Press and hold Power for 1 second, then let go.',
  expect: 'The lights come on and the device starts.',
  chord: { buttons: ['power'], kind: 'hold', seconds: 1 },
  where: 'device',
};

const plugInNormal: RecoveryStep = {
  id: 'plug-in',
  title: 'Plug it into this PC',
  action: 'Connect the HoloLens to this PC with its micro-USB cable.',
  expect: 'The station shows the HoloLens (1st gen) in normal mode.',
  where: 'pc',
  busExpectation: { kind: 'device-present', mode: 'normal' },
};

/** The last step of every reinstall: the bus sees the device come back in normal mode. */
const backAtFirstSetup: RecoveryStep = {
  id: 'done',
  title: 'Check first setup',
  action: 'Wait for the device to restart.',
  expect: 'First setup starts (the fit page with the blue box).',
  where: 'device',
  busExpectation: { kind: 'device-present', mode: 'normal' },
};

export const HOLOLENS1_PROCEDURES: readonly RecoveryProcedure[] = [
  {
    id: 'hololens1-restart',
    model: 'hololens1',
    kind: 'restart',
    title: 'Restart with the Power button (HoloLens 1st gen)',
    whenToUse: 'The device hangs or misbehaves. Nothing is erased.',
    erasesDevice: false,
    requirements: [],
    steps: [
      {
        id: 'hold-power',
        title: 'Hold Power until the lights are out',
        action: 'Press and hold Power. Let go as soon as all the lights are off (about 5 seconds).',
        expect: 'All five lights come on, then go out one by one from right to left.',
        chord: { buttons: ['power'], kind: 'hold', seconds: 5 },
        where: 'device',
      },
      {
        id: 'wait',
        title: 'Wait a full minute',
        action: 'Wait one minute: the shutdown can still be running after the display goes dark.',
        expect: 'The device stays off.',
        timerSeconds: 60,
        where: 'device',
      },
      powerOn1s,
      plugInNormal,
    ],
    source: SOURCE,
  },
  {
    id: 'hololens1-hard-restart',
    model: 'hololens1',
    kind: 'hard-restart',
    title: 'Forced restart (HoloLens 1st gen)',
    whenToUse:
      'Only when a normal restart did not work. It is like pulling the battery and can leave the device damaged; then it needs a reinstall.',
    erasesDevice: false,
    requirements: [],
    steps: [
      {
        id: 'hold-power-10',
        title: 'Hold Power for 10 seconds',
        action: 'Press and hold Power for at least 10 seconds (longer is fine), then let go. Ignore the lights.',
        expect: 'The device switches off.',
        chord: { buttons: ['power'], kind: 'hold', seconds: 10 },
        where: 'device',
      },
      {
        id: 'wait',
        title: 'Wait a moment',
        action: 'Wait 2 to 3 seconds.',
        expect: 'The device stays off.',
        timerSeconds: 3,
        where: 'device',
      },
      powerOn1s,
      plugInNormal,
    ],
    source: SOURCE,
  },
  {
    id: 'hololens1-reset',
    model: 'hololens1',
    kind: 'reset',
    title: 'Reset from Settings (HoloLens 1st gen)',
    whenToUse:
      'To wipe the device and start first setup again; it keeps the installed OS version. Cloud records (Intune, Entra) stay.',
    erasesDevice: true,
    requirements: [{ id: 'battery-40', text: 'At least 40% battery.' }],
    steps: [
      {
        id: 'check-battery',
        title: 'Check the battery',
        action: 'Check the battery is at least 40%.',
        expect: 'The station shows 40% or more.',
        where: 'device',
      },
      {
        id: 'open-reset',
        title: 'Open the reset page',
        action: 'On the device, open Settings > Update > Reset (Recovery on some builds) and choose Reset device.',
        expect: 'The device asks you to confirm and warns that everything will be erased.',
        where: 'device',
      },
      {
        id: 'confirm',
        title: 'Confirm the reset',
        action: 'Confirm the reset.',
        expect: 'The device restarts and shows spinning gears and a progress bar.',
        where: 'device',
        busExpectation: { kind: 'device-gone' },
      },
      {
        id: 'first-setup',
        title: 'Wait about 30 minutes',
        action: 'Leave it alone until it restarts into first setup.',
        expect: 'First setup starts. All accounts, apps and data are gone.',
        timerSeconds: 1800,
        where: 'device',
        busExpectation: { kind: 'device-present', mode: 'normal' },
      },
    ],
    source: SOURCE,
  },
  {
    id: 'hololens1-reflash',
    model: 'hololens1',
    kind: 'reflash',
    title: 'Reinstall with the Windows Device Recovery Tool (HoloLens 1st gen)',
    whenToUse:
      'Restart and reset did not help. Installs the latest OS and erases everything on the device, but not the cloud records.',
    erasesDevice: true,
    tool: 'Windows Device Recovery Tool (Windows app)',
    requirements: [
      { id: 'windows-pc', text: 'A Windows 10 (or later) PC, not a virtual machine.' },
      { id: 'pc-space', text: 'At least 4 GB free on the PC.' },
      { id: 'cable', text: 'The micro-USB cable that came with the HoloLens.' },
    ],
    steps: [
      {
        id: 'open-wdrt',
        title: 'Open the recovery tool',
        action: 'On the Windows PC, install and open the Windows Device Recovery Tool.',
        expect: 'The tool waits for a device.',
        where: 'pc',
      },
      {
        id: 'plug-in',
        title: 'Plug it in',
        action: 'Connect the HoloLens to the PC with its micro-USB cable.',
        expect: 'The recovery tool shows the HoloLens.',
        where: 'pc',
        busExpectation: { kind: 'device-present', mode: 'normal' },
        ifNot: 'If it is not found, choose "My device was not detected" and put the device in manual flashing mode.',
        seeProcedure: 'hololens1-flashing-mode',
      },
      {
        id: 'reinstall',
        title: 'Reinstall',
        action: "Follow the tool's instructions to reinstall the OS. Do not unplug the device.",
        expect: 'The tool shows progress, then says it is done.',
        where: 'pc',
      },
      backAtFirstSetup,
    ],
    source: SOURCE,
  },
  {
    id: 'hololens1-flashing-mode',
    model: 'hololens1',
    kind: 'flashing-mode',
    title: 'Manual flashing mode (HoloLens 1st gen)',
    whenToUse: 'The recovery tool does not detect the device.',
    erasesDevice: true,
    tool: 'Windows Device Recovery Tool (Windows app)',
    requirements: [
      {
        id: 'windows-pc',
        text: 'A Windows 10 (or later) PC with the Windows Device Recovery Tool, not a virtual machine.',
      },
    ],
    steps: [
      {
        id: 'unplug',
        title: 'Unplug every power source',
        action: 'Unplug the micro-USB cable from the HoloLens.',
        expect: 'Nothing is plugged into the HoloLens.',
        where: 'device',
        busExpectation: { kind: 'device-gone' },
      },
      {
        id: 'power-off',
        title: 'Turn it off completely',
        action: 'If it is on, press and hold Power until every light is off (about 5 seconds).',
        expect: 'All lights are off.',
        chord: { buttons: ['power'], kind: 'hold', seconds: 5 },
        where: 'device',
      },
      {
        id: 'volume-up-power',
        title: 'Hold Volume Up, tap Power',
        action:
          'Press and hold Volume Up. While holding it, tap Power once. Keep holding Volume Up until only the middle light is on (count to 15), then let go.',
        expect: 'The device starts with only the middle light lit.',
        chord: { buttons: ['volume-up'], kind: 'hold', seconds: 15, tapAtStart: ['power'] },
        where: 'device',
      },
      {
        id: 'plug-in-flashing',
        title: 'Plug it into the PC',
        action: 'Connect the HoloLens to the PC with its micro-USB cable.',
        expect: 'The station shows the device in flashing mode.',
        where: 'pc',
        busExpectation: { kind: 'device-present', mode: 'flashing' },
      },
      {
        id: 'reinstall',
        title: 'Reinstall',
        action: 'In the recovery tool choose "My device was not detected", then HoloLens, and follow the instructions.',
        expect: 'The tool shows progress, then says it is done.',
        where: 'pc',
      },
      backAtFirstSetup,
    ],
    source: SOURCE,
    unverified:
      'The 1st gen guide gives no time for holding Volume Up; 15 seconds mirrors HoloLens 2. Let go once only the middle light shows.',
  },
];
