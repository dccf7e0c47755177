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

export const USB_PROVISIONING_RULES: readonly UsbProvisioningRule[] = [
  {
    level: 'manual',
    from: '19041.1103',
    what: 'Reads packages from a USB drive, but someone must open the provisioning page on the device.',
  },
  {
    level: 'auto-launch',
    from: '19041.1128',
    what: 'Opens the provisioning page by itself and applies the packages after a 10 second countdown.',
  },
  {
    level: 'hands-off',
    from: '19041.1361',
    what: 'Applies the packages from the USB drive without anyone touching the device.',
  },
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
      message: `Build ${buildText.trim()} cannot read packages from a USB drive (needs ${USB_PROVISIONING_RULES[0]!.from} or later). Update the device, or apply the package from the PC.`,
      ...later,
    };
  }
  return { level: current.level, message: current.what, ...later };
}
