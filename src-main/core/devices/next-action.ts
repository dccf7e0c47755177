import type { DeviceView, NextAction } from '../../shared/contract/devices.ts';

type Facts = Pick<DeviceView, 'present' | 'model' | 'mode' | 'kind' | 'storageState' | 'confidence'> &
  Partial<Pick<DeviceView, 'storageProblem'>>;

/** The one thing the technician should do next with this device, in words that fit on a card. */
export function nextActionFor(d: Facts): NextAction {
  if (!d.present) {
    return { severity: 'none', title: 'Unplugged', detail: 'Plug the cable back in to carry on with this device.' };
  }
  if (d.kind === 'not-hololens') {
    return { severity: 'none', title: 'Not a HoloLens', detail: 'Nothing to do with this device at this station.' };
  }
  if (d.kind === 'unknown-microsoft') {
    return {
      severity: 'attention',
      title: 'Unknown Microsoft device',
      detail: 'If this is a HoloLens, label it with its model and mode so the station recognises it next time.',
    };
  }
  if (d.mode === 'flashing') {
    const tool = d.model === 'hololens1' ? 'Windows Device Recovery Tool' : 'Advanced Recovery Companion';
    return {
      severity: 'attention',
      title: 'In flashing mode',
      detail: `Reflash it with ${tool}, or hold Power for 15 seconds to leave flashing mode.`,
    };
  }
  switch (d.storageState) {
    case 'no-storage-yet':
      return {
        severity: 'todo',
        title: 'Unlock it or reach the setup page',
        detail: 'Put the device on, sign in or go to the first setup page: its storage appears after that.',
      };
    case 'unreachable':
      if (d.storageProblem) {
        return {
          severity: 'attention',
          title: 'Storage not reachable',
          detail: `${d.storageProblem.why} ${d.storageProblem.fix}`,
        };
      }
      return {
        severity: 'attention',
        title: 'Storage not reachable',
        detail: 'Another program may hold the device. Close it, or unplug and replug the cable.',
      };
    case 'checking':
      return { severity: 'todo', title: 'Checking the device', detail: 'Reading the device information over USB.' };
    default:
      return {
        severity: 'ok',
        title: 'Ready',
        detail: 'Choose what to do: enroll it, apply a package, harvest its Autopilot hash or browse its files.',
      };
  }
}
