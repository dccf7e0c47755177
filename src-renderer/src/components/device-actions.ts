import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import type { ViewId } from '../stores/nav.ts';

/** What a technician can start from a device card. Each feature adds its entry here; the card renders them. */
export interface DeviceAction {
  id: string;
  label: string;
  /** The view it opens, with this device selected. */
  view: ViewId;
  primary?: boolean;
  when: (d: DeviceView) => boolean;
}

const isHoloLens = (d: DeviceView) => d.present && (d.kind === 'hololens' || d.kind === 'probable-hololens');
const running = (d: DeviceView) => isHoloLens(d) && d.mode === 'normal';

export const DEVICE_ACTIONS: DeviceAction[] = [
  { id: 'enroll', label: 'Enroll', view: 'enroll', primary: true, when: running },
  { id: 'recovery', label: 'Recovery', view: 'recovery', when: isHoloLens },
  { id: 'apply-package', label: 'Apply package', view: 'packages', when: running },
  // Autopilot is HoloLens 2 only: the action opens the Autopilot view and starts the harvest there.
  {
    id: 'autopilot-harvest',
    label: 'Harvest hash',
    view: 'autopilot',
    when: (d) => running(d) && d.model === 'hololens2',
  },
  // Also for an unplugged card: its history stays readable, and the page carries on when it is plugged back in.
  {
    id: 'device',
    label: 'Files & history',
    view: 'device',
    when: (d) => d.kind === 'hololens' || d.kind === 'probable-hololens',
  },
];
