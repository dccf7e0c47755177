import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HelperLaunch } from '../../src-main/core/storage-windows/helper-client.ts';
import type { WpdDevice, WpdDeviceInfo } from '../../src-main/core/storage-windows/protocol.ts';

export const FAKE_HELPER = join(import.meta.dirname, 'fake-wpd-helper.mjs');

export interface WpdScenario {
  protocol?: number;
  devices: WpdDevice[];
  trees: Record<
    string,
    {
      info: WpdDeviceInfo & { locked?: boolean };
      storages: {
        objectId: string;
        description: string;
        volume?: string;
        capacityBytes: number;
        reservedBytes?: number;
        folders?: string[];
        files?: Record<string, string>;
      }[];
    }
  >;
  failures?: {
    op: string;
    device?: string;
    name?: string;
    afterBytes?: number;
    unplug?: boolean;
    corrupt?: boolean;
    always?: boolean;
    /** The helper process dies on this request. */
    exit?: boolean;
    error?: { code: string; message: string; hresult?: string };
  }[];
  appear?: { device: string; folder: string; name: string; text: string; afterMs: number }[];
  chunkDelayMs?: number;
  logFile?: string;
}

/** How a station starts the fake helper with this scenario (written into `dir`). */
export function fakeHelperLaunch(dir: string, scenario: WpdScenario): () => Promise<HelperLaunch> {
  const file = join(dir, `wpd-scenario-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(scenario));
  return () => Promise.resolve({ command: process.execPath, args: [FAKE_HELPER, file] });
}

/** A HoloLens as WPD lists it: the USB parent's instance id carries VID, PID and serial; its location the port. */
export function wpdHoloLens(n: number, serial: string | null, ports: number[]): WpdDevice {
  return {
    wpdId: `\\\\?\\usb#vid_045e&pid_0652&mi_00#7&1a2b3c${n}&0&0000#{6ac27878-a6fa-4155-ba85-f98f491d4f33}`,
    friendlyName: 'HoloLens',
    manufacturer: 'Microsoft',
    description: 'HoloLens',
    usbInstanceId: `USB\\VID_045E&PID_0652\\${serial ?? `6&2f1e${n}&0&4`}`,
    locationPaths: [`PCIROOT(0)#PCI(1400)#USBROOT(0)${ports.map((p) => `#USB(${p})`).join('')}`],
  };
}

export const HOLOLENS_INFO: WpdDeviceInfo = {
  manufacturer: 'Microsoft',
  model: 'HoloLens',
  firmware: '10.0.17763.3406',
  serialNumber: 'REAL001',
  batteryPercent: 81,
};
