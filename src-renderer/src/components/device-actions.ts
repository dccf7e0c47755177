import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import type { ViewId } from '../stores/nav.ts';

/** What a technician can start from a device card. Each feature adds its entry here; the card renders them. */
export interface DeviceAction {
  id: string;
  /** Its name on the button: a key in the bench catalog. */
  label: string;
  /** The view it opens, with this device selected. */
  view: ViewId;
  primary?: boolean;
  when: (d: DeviceView) => boolean;
}

const isHoloLens = (d: DeviceView) => d.present && (d.kind === 'hololens' || d.kind === 'probable-hololens');
const running = (d: DeviceView) => isHoloLens(d) && d.mode === 'normal';

export const DEVICE_ACTIONS: DeviceAction[] = [
  { id: 'enroll', label: 'action.enroll', view: 'enroll', primary: true, when: running },
  { id: 'recovery', label: 'action.recovery', view: 'recovery', when: isHoloLens },
  { id: 'apply-package', label: 'action.applyPackage', view: 'packages', when: running },
  // Autopilot is HoloLens 2 only: the action opens the Autopilot view and starts the harvest there.
  {
    id: 'autopilot-harvest',
    label: 'action.harvest',
    view: 'autopilot',
    when: (d) => running(d) && d.model === 'hololens2',
  },
  // Also for an unplugged card: its history stays readable, and the page carries on when it is plugged back in.
  {
    id: 'device',
    label: 'action.device',
    view: 'device',
    when: (d) => d.kind === 'hololens' || d.kind === 'probable-hololens',
  },
];
