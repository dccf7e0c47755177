import type { DeviceLabel, Identification } from '../../shared/contract/devices.ts';
import {
  MICROSOFT_VID,
  QUALCOMM_VID,
  allInterfaces,
  isMtpInterface,
  isNcmInterface,
  usbId,
  type UsbDescriptor,
} from './descriptor.ts';
import type { IdTable } from './id-table.ts';
import { say } from '../language.ts';

export interface IdentifyContext {
  table: IdTable;
  /** Technicians' labels by "VVVV:PPPP". */
  labels: ReadonlyMap<string, DeviceLabel>;
}

/**
 * Says what a USB device is, in this order: a technician's label for its VID:PID, the identification table, then
 * descriptor heuristics. Returns null for devices the station has no business with (not Microsoft, not a
 * Qualcomm download-mode device), so they never appear on the bench.
 */
export function identifyDevice(d: UsbDescriptor, ctx: IdentifyContext): Identification | null {
  const id = usbId(d.vendorId, d.productId);

  const label = ctx.labels.get(id);
  if (label) {
    const isHoloLens = label.model !== 'unknown';
    return {
      model: label.model,
      mode: label.mode,
      confidence: 'confirmed',
      kind: isHoloLens ? 'hololens' : 'unknown-microsoft',
      rule: 'label',
      reason: say(label.note ? 'station:id.labelNote' : 'station:id.label', {
        id,
        what: describe(label.model, label.mode),
        note: label.note,
      }),
      labelled: true,
    };
  }

  const entry = ctx.table.entries.find((e) => e.usbId === id);
  if (entry) {
    return {
      model: entry.model,
      mode: entry.mode,
      confidence: entry.confidence,
      kind: entry.kind,
      rule: `table:${entry.id}`,
      reason: say('station:id.table', { id, name: entry.name, source: entry.source }),
      labelled: false,
    };
  }

  if (d.vendorId === QUALCOMM_VID && d.productId === 0x9008) return identifyQualcommDownloadMode(d);
  if (d.portPath.startsWith('ffs:') && allInterfaces(d).some(isMtpInterface)) return identifyFfsGadget(d);
  if (d.vendorId !== MICROSOFT_VID) return null;
  return identifyMicrosoftByDescriptors(d);
}

/**
 * Flashing mode is told from what the device itself reports (VID, PID, product string, interfaces); a host driver
 * changes only the name Windows shows, never these. HLdocs:hololens-recovery.md says a HoloLens 2 in flashing mode
 * shows up as a QUSB_BULK device (or a Qualcomm HS-USB port) when the host lacks its driver: that is the device's own
 * identity, so the same descriptors arrive with or without the driver. What stays unsure is said in the reason.
 */
function identifyQualcommDownloadMode(d: UsbDescriptor): Identification {
  const product = d.product ?? '';
  const qusb = /QUSB/i.test(product);
  const unsure = say('station:id.qualcommUnsure');
  return {
    model: 'hololens2',
    mode: 'flashing',
    confidence: 'heuristic',
    kind: 'probable-hololens',
    rule: qusb ? 'heuristic:qualcomm-qusb-bulk' : 'heuristic:qualcomm-9008',
    reason: say(qusb ? 'station:id.qualcommQusb' : 'station:id.qualcomm9008', { unsure }),
    labelled: false,
  };
}

/**
 * A gadget on the ffs-loopback sockets the station was pointed at (--ffs-dir): it has no device descriptor, so
 * nothing says what it is beyond its MTP function; it is offered for file transfer and never taken for a HoloLens.
 */
function identifyFfsGadget(d: UsbDescriptor): Identification {
  return {
    model: 'unknown',
    mode: 'normal',
    confidence: 'heuristic',
    kind: 'unknown-microsoft',
    rule: 'heuristic:ffs-gadget',
    reason: say('station:id.ffsGadget', { dir: d.portPath.slice(4) }),
    labelled: false,
  };
}

/** The reason text with why the descriptors are incomplete: the station says what it could not see; null if whole. */
function withUnreadableNote(d: UsbDescriptor, reason: string): string | null {
  if (d.interfacesFrom === 'os') return say('station:id.unreadableOs', { reason });
  const what = d.unreadable ?? [];
  return what.length > 0 ? say('station:id.unreadableParts', { reason, what: what.join('; ') }) : null;
}

function identifyMicrosoftByDescriptors(d: UsbDescriptor): Identification {
  const found = identifyMicrosoftFromWhatWasRead(d);
  const reason = withUnreadableNote(d, found.reason);
  if (!reason) return found;
  // "Not a HoloLens" needs interfaces that were read; with none read the rules above end at a best guess.
  return { ...found, confidence: 'heuristic', reason };
}

function identifyMicrosoftFromWhatWasRead(d: UsbDescriptor): Identification {
  const product = d.product ?? '';
  const interfaces = allInterfaces(d);
  const hasMtp = interfaces.some(isMtpInterface);
  const hasNcm = interfaces.some(isNcmInterface);
  const mentionsHoloLens = /holo\s*lens/i.test(product);
  const base = { labelled: false } as const;

  if (mentionsHoloLens && /sensors/i.test(product)) {
    return {
      ...base,
      model: 'unknown',
      mode: 'unknown',
      confidence: 'heuristic',
      kind: 'not-hololens',
      rule: 'heuristic:hololens-sensors-string',
      reason: say('station:id.sensors', { product }),
    };
  }
  const namesRecovery = /recovery|flash/i.test(product);
  if (mentionsHoloLens && !hasMtp && !hasNcm && (namesRecovery || FIRST_GEN.test(product))) {
    // No Microsoft-VID flashing identity is documented for either model. "Microsoft HoloLens Recovery" is the name
    // Windows shows for a HoloLens 2 once Microsoft's recovery driver is installed; whether the device reports that
    // name itself is not documented (without the driver Windows shows QUSB_BULK, Qualcomm's identity, above). A
    // 1st gen hint, or a HoloLens name with no file or network function, is how HoloLens (1st gen) flashing mode is
    // recognised so its wizard can move on by itself. Every branch is a heuristic a technician can overrule.
    const firstGen = FIRST_GEN.test(product);
    return {
      ...base,
      model: firstGen ? 'hololens1' : 'hololens2',
      mode: 'flashing',
      confidence: 'heuristic',
      kind: 'hololens',
      rule: firstGen ? 'heuristic:hl1-flashing' : 'heuristic:recovery-string',
      reason: say(firstGen ? 'station:id.hl1Flashing' : 'station:id.recoveryName', { product }),
    };
  }
  if (hasMtp && hasNcm) {
    const named = /holo\s*lens\s*2/i.test(product);
    return {
      ...base,
      model: 'hololens2',
      mode: 'normal',
      confidence: named ? 'confirmed' : 'heuristic',
      kind: 'hololens',
      rule: named ? 'heuristic:hl2-string-mtp-ncm' : 'heuristic:hl2-mtp-ncm',
      reason: say(named ? 'station:id.hl2Named' : 'station:id.hl2Unnamed', { product }),
    };
  }
  if (hasMtp && mentionsHoloLens) {
    return {
      ...base,
      model: 'hololens1',
      mode: 'normal',
      confidence: 'heuristic',
      kind: 'hololens',
      rule: 'heuristic:hl1-string-mtp',
      reason: say('station:id.hl1', { product }),
    };
  }
  if (interfaces.length > 0 && interfaces.every((i) => PERIPHERAL_CLASSES.has(i.classCode))) {
    return {
      ...base,
      model: 'unknown',
      mode: 'unknown',
      confidence: 'heuristic',
      kind: 'not-hololens',
      rule: 'heuristic:microsoft-peripheral',
      reason: say(product ? 'station:id.peripheralNamed' : 'station:id.peripheral', { product }),
    };
  }
  if (interfaces.length === 0 && (d.unreadable?.length ?? 0) > 0 && mentionsHoloLens) {
    const two = /holo\s*lens\s*2/i.test(product);
    return {
      ...base,
      model: two ? 'hololens2' : 'unknown',
      mode: 'unknown',
      confidence: 'heuristic',
      kind: 'probable-hololens',
      rule: 'heuristic:hololens-string-unopened',
      reason: say('station:id.unopened', { product }),
    };
  }
  return {
    ...base,
    model: 'unknown',
    mode: 'unknown',
    confidence: 'heuristic',
    kind: 'unknown-microsoft',
    rule: 'heuristic:unknown-microsoft',
    reason: say(product ? 'station:id.unknownNamed' : 'station:id.unknown', {
      id: usbId(d.vendorId, d.productId),
      product,
    }),
  };
}

const FIRST_GEN = /1st\s*gen|\(1\)|hololens\s*1\b/i;

/** Audio, HID, video, audio/video: classes of keyboards, mice, webcams and headsets. */
const PERIPHERAL_CLASSES = new Set([0x01, 0x03, 0x0e, 0x10]);

export function describe(model: string, mode: string): string {
  const name = say(`station:id.model.${model === 'hololens1' || model === 'hololens2' ? model : 'unknown'}`);
  return mode === 'flashing' ? say('station:id.modelFlashing', { model: name }) : name;
}
