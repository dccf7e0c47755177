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
      reason: `A technician labelled ${id} as ${describe(label.model, label.mode)}${label.note ? ` (${label.note})` : ''}.`,
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
      reason: `${id} is listed as ${entry.name}. Source: ${entry.source}`,
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
  const unsure =
    'Unsure: Microsoft does not document its VID:PID (05C6:9008 is generic Qualcomm download mode), and other Snapdragon devices look the same.';
  return {
    model: 'hololens2',
    mode: 'flashing',
    confidence: 'heuristic',
    kind: 'probable-hololens',
    rule: qusb ? 'heuristic:qualcomm-qusb-bulk' : 'heuristic:qualcomm-9008',
    reason: qusb
      ? `A Qualcomm device in download mode reporting "QUSB_BULK": how a HoloLens 2 in flashing mode presents itself over USB, whatever driver the PC has. ${unsure}`
      : `A Qualcomm device in download mode (05C6:9008) without a QUSB_BULK name: possibly a HoloLens 2 in flashing mode. ${unsure}`,
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
    reason: `An MTP device behind the ffs-loopback sockets at ${d.portPath.slice(4)}: the station was told to treat it as a device on the bus. It sends no USB device descriptor, so its maker and model come only from its MTP answers.`,
    labelled: false,
  };
}

/** Why the descriptors are incomplete, for the reason text: the station says what it could not see. */
function unreadableNote(d: UsbDescriptor): string {
  if (d.interfacesFrom === 'os') {
    return ' Best guess: the device could not be opened, so its interfaces are as the OS reports them.';
  }
  const what = d.unreadable ?? [];
  return what.length > 0 ? ` Best guess: part of its descriptors could not be read (${what.join('; ')}).` : '';
}

function identifyMicrosoftByDescriptors(d: UsbDescriptor): Identification {
  const found = identifyMicrosoftFromWhatWasRead(d);
  const note = unreadableNote(d);
  if (!note) return found;
  // "Not a HoloLens" needs interfaces that were read; with none read the rules above end at a best guess.
  return { ...found, confidence: 'heuristic', reason: `${found.reason}${note}` };
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
      reason: `"${product}" is the tracking unit of a Windows Mixed Reality PC headset, not a HoloLens.`,
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
      reason: firstGen
        ? `Microsoft device named "${product}" offering no file transfer (MTP) or USB network: a HoloLens (1st gen) in flashing mode. Unsure: Microsoft documents no USB identity for this mode, so the station goes by the name and the missing functions. Label it if this is wrong.`
        : `Microsoft device named "${product}" offering no file transfer or USB network: a HoloLens in flashing mode. Unsure: Windows shows a HoloLens 2 in flashing mode under this name when its recovery driver is installed, but that name may come from the driver rather than the device. Label it if this is wrong.`,
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
      reason: named
        ? `Microsoft device named "${product}" with a file transfer (MTP) and a USB network (NCM) function, as HoloLens 2 has.`
        : 'Microsoft device with a file transfer (MTP) and a USB network (NCM) function, as HoloLens 2 has; its name does not say HoloLens.',
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
      reason: `Microsoft device named "${product}" with file transfer (MTP) but no USB network (NCM) function, as HoloLens (1st gen) has.`,
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
      reason: `A Microsoft ${product ? `"${product}" ` : ''}peripheral (input, audio or video only): not a HoloLens.`,
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
      reason: `Microsoft device named "${product}" as the OS reports it; its functions could not be read.`,
    };
  }
  return {
    ...base,
    model: 'unknown',
    mode: 'unknown',
    confidence: 'heuristic',
    kind: 'unknown-microsoft',
    rule: 'heuristic:unknown-microsoft',
    reason: `A Microsoft device (${usbId(d.vendorId, d.productId)}${product ? `, "${product}"` : ''}) the station does not recognise. If it is a HoloLens, label it.`,
  };
}

const FIRST_GEN = /1st\s*gen|\(1\)|hololens\s*1\b/i;

/** Audio, HID, video, audio/video: classes of keyboards, mice, webcams and headsets. */
const PERIPHERAL_CLASSES = new Set([0x01, 0x03, 0x0e, 0x10]);

export function describe(model: string, mode: string): string {
  const name = model === 'hololens1' ? 'HoloLens (1st gen)' : model === 'hololens2' ? 'HoloLens 2' : 'not a HoloLens';
  return mode === 'flashing' ? `${name} in flashing mode` : name;
}
