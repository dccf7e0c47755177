import { create } from 'zustand';
import type { DriveListing } from '../../../src-main/shared/contract/packages.ts';
import { station } from '../api/station.ts';
import { attemptWith } from './attempt.ts';
import { i18n } from '../i18n.ts';

export interface KitState {
  listing: DriveListing | null;
  /** Library packages picked for the kit, in the tech's order. */
  picked: string[];
  mount: string | null;
  jobId: string | null;
  busy: boolean;
  error: string | null;
  refresh: () => Promise<void>;
  toggle: (sha256: string) => Promise<void>;
  chooseDrive: (mount: string | null) => void;
  write: () => Promise<void>;
  reset: () => void;
}

const initial = {
  listing: null,
  picked: [] as string[],
  mount: null,
  jobId: null,
  busy: false,
  error: null,
};

/** The USB drive kit page: drives judged by the drive rules for the picked packages, and the write job. */
export const useKit = create<KitState>()((set, get) => {
  const attempt = attemptWith(set);
  const list = async () => {
    const listing = await station().call('listDrives', { sha256s: get().picked });
    set((s) => {
      // A drive that left, or is no longer allowed for this kit, is no longer chosen.
      const still = listing.drives.some((d) => d.verdict.allowed && d.mountpoints[0] === s.mount);
      return { listing, mount: still ? s.mount : null };
    });
  };
  return {
    ...initial,
    refresh: () => attempt(list),
    toggle: (sha256) => {
      set((s) => ({
        picked: s.picked.includes(sha256) ? s.picked.filter((x) => x !== sha256) : [...s.picked, sha256],
        jobId: null,
      }));
      return attempt(list);
    },
    chooseDrive: (mount) => set({ mount, jobId: null }),
    write: () =>
      attempt(async () => {
        const { mount, picked } = get();
        if (!mount) throw new Error(i18n.t('packages:kit.needDrive'));
        if (picked.length === 0) throw new Error(i18n.t('packages:kit.needPackage'));
        const job = await station().call('startKit', { mountPath: mount, sha256s: picked });
        set({ jobId: job.id });
      }),
    reset: () => set(initial),
  };
});
