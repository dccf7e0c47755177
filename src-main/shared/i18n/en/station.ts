import type { Catalog } from '../catalog.ts';

/** What the station's core says about itself and its devices (bus, jobs, device states), in English. */
export default {
  'usb.notStarted': 'Not started',
  'usb.notWatched': 'USB not watched',
  'usb.notWatchedThisRun': 'Real USB is not watched in this run',
  'usb.noBus': 'No USB bus on this machine',
  'usb.noSupport': 'USB support could not be loaded: {{reason}}',
  'usb.unreadable': 'The USB bus cannot be read: {{reason}}',
  'usb.noHotplug': 'USB bus ready, but hot-plug is not available ({{reason}}): restart the station after plugging in',
  'usb.ready': 'USB bus ready',
  'ffs.unusable': 'The ffs-loopback folder cannot be used: {{reason}}',
  'ffs.waiting': 'Waiting for a device at {{dir}}',
} as const satisfies Catalog;
