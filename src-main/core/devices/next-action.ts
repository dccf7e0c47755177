import type { DeviceView, NextAction } from '../../shared/contract/devices.ts';
import { say } from '../language.ts';

type Facts = Pick<DeviceView, 'present' | 'model' | 'mode' | 'kind' | 'storageState' | 'confidence'> &
  Partial<Pick<DeviceView, 'storageProblem'>>;

const action = (severity: NextAction['severity'], key: string, params?: Record<string, string>): NextAction => ({
  severity,
  title: say(`station:next.${key}.title`),
  detail: say(`station:next.${key}.detail`, params),
});

/**
 * The one thing the technician should do next with this device, in words that fit on a card, in the station's
 * language at the moment the device's view is made.
 */
export function nextActionFor(d: Facts): NextAction {
  if (!d.present) return action('none', 'unplugged');
  if (d.kind === 'not-hololens') return action('none', 'notHololens');
  if (d.kind === 'unknown-microsoft') return action('attention', 'unknownMicrosoft');
  if (d.mode === 'flashing') {
    // Microsoft's tools, named as Microsoft names them in every language.
    const tool = d.model === 'hololens1' ? 'Windows Device Recovery Tool' : 'Advanced Recovery Companion';
    return action('attention', 'flashing', { tool });
  }
  switch (d.storageState) {
    case 'no-storage-yet':
      return action('todo', 'locked');
    case 'unreachable':
      if (d.storageProblem) {
        return action('attention', 'unreachable', { why: d.storageProblem.why, fix: d.storageProblem.fix });
      }
      return {
        severity: 'attention',
        title: say('station:next.unreachable.title'),
        detail: say('station:next.unreachable.detailPlain'),
      };
    case 'checking':
      return action('todo', 'checking');
    default:
      return action('ok', 'ready');
  }
}
