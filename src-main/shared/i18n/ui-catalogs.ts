/* One import per namespace and language: each namespace file belongs to one part of the product. */
import type { Catalog } from './catalog.ts';
import en_common from './en/common.ts';
import de_common from './de/common.ts';
import en_shell from './en/shell.ts';
import de_shell from './de/shell.ts';
import en_bench from './en/bench.ts';
import de_bench from './de/bench.ts';
import en_device from './en/device.ts';
import de_device from './de/device.ts';
import en_enroll from './en/enroll.ts';
import de_enroll from './de/enroll.ts';
import en_recovery from './en/recovery.ts';
import de_recovery from './de/recovery.ts';
import en_packages from './en/packages.ts';
import de_packages from './de/packages.ts';
import en_autopilot from './en/autopilot.ts';
import de_autopilot from './de/autopilot.ts';
import en_batch from './en/batch.ts';
import de_batch from './de/batch.ts';
import en_help from './en/help.ts';
import de_help from './de/help.ts';
import en_doctor from './en/doctor.ts';
import de_doctor from './de/doctor.ts';
import en_intune from './en/intune.ts';
import de_intune from './de/intune.ts';

export const UI_CATALOGS = {
  en: {
    common: en_common,
    shell: en_shell,
    bench: en_bench,
    device: en_device,
    enroll: en_enroll,
    recovery: en_recovery,
    packages: en_packages,
    autopilot: en_autopilot,
    batch: en_batch,
    help: en_help,
    doctor: en_doctor,
    intune: en_intune,
  },
  de: {
    common: de_common,
    shell: de_shell,
    bench: de_bench,
    device: de_device,
    enroll: de_enroll,
    recovery: de_recovery,
    packages: de_packages,
    autopilot: de_autopilot,
    batch: de_batch,
    help: de_help,
    doctor: de_doctor,
    intune: de_intune,
  },
} satisfies Record<'en' | 'de', Record<string, Catalog>>;
