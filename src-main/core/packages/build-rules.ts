import { say } from '../language.ts';

/**
 * HoloLens 2 builds and provisioning from a USB drive (packages at the drive root, applied in sequence). From
 * DOMAIN.md §3: supported from 19041.1103 (open the page yourself), the page opens on its own and applies after a
 * 10 s countdown from 19041.1128 (20H2), fully hands-off from 19041.1361. Later builds (20348, 22621, …) keep
 * the newest behaviour. Builds compare numerically by build number, then revision.
 */
export interface OsBuild {
  build: number;
  revision: number;
}

export type UsbProvisioningLevel = 'unsupported' | 'manual' | 'auto-launch' | 'hands-off';

export interface UsbProvisioningRule {
  level: Exclude<UsbProvisioningLevel, 'unsupported'>;
  from: string;
  what: string;
}

/** A rule whose words are read in the station's language each time they are shown (also when sent as JSON). */
function rule(level: UsbProvisioningRule['level'], from: string): UsbProvisioningRule {
  return {
    level,
    from,
    get what() {
      return say(`station-work:usb.${level}`);
    },
  };
}

export const USB_PROVISIONING_RULES: readonly UsbProvisioningRule[] = [
  rule('manual', '19041.1103'),
  rule('auto-launch', '19041.1128'),
  rule('hands-off', '19041.1361'),
];

/** Accepts "10.0.19041.1128", "19041.1128" or "22621.1244" (the build and revision are the last two numbers). */
export function parseBuild(text: string): OsBuild | null {
  const m = /^\s*(?:\d+\.\d+\.)?(\d{4,6})\.(\d{1,6})\s*$/.exec(text);
  if (!m) return null;
  return { build: Number(m[1]), revision: Number(m[2]) };
}

export function compareBuilds(a: OsBuild, b: OsBuild): number {
  return a.build - b.build || a.revision - b.revision;
}

export interface UsbProvisioningSupport {
  level: UsbProvisioningLevel;
  message: string;
  /** The build that reaches the next level, when there is one. */
  nextLevelFrom?: string;
}

export function usbProvisioningSupport(buildText: string): UsbProvisioningSupport | null {
  const build = parseBuild(buildText);
  if (!build) return null;
  let current: UsbProvisioningRule | null = null;
  let next: UsbProvisioningRule | null = null;
  for (const rule of USB_PROVISIONING_RULES) {
    if (compareBuilds(build, parseBuild(rule.from)!) >= 0) current = rule;
    else if (!next) next = rule;
  }
  const later = next ? { nextLevelFrom: next.from } : {};
  if (!current) {
    return {
      level: 'unsupported',
      message: say('station-work:usb.unsupported', { build: buildText.trim(), from: USB_PROVISIONING_RULES[0]!.from }),
      ...later,
    };
  }
  return { level: current.level, message: current.what, ...later };
}
