import { create } from 'zustand';
import type { LibraryPackage, PackageDetail } from '../../../src-main/shared/contract/packages.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';
import { i18n } from '../i18n.ts';

export type PackagesTab = 'library' | 'apply' | 'kit';
export type CheckTarget = 'hololens1' | 'hololens2' | null;

export interface PackagesState {
  tab: PackagesTab;
  list: LibraryPackage[];
  loaded: boolean;
  busy: boolean;
  error: string | null;
  /** One sentence about the last thing done (for the live region). */
  notice: string | null;
  noticeTone: 'ok' | 'warn';
  selected: string | null;
  detail: PackageDetail | null;
  setTab: (tab: PackagesTab) => void;
  load: () => Promise<void>;
  setList: (list: LibraryPackage[]) => void;
  importPath: (path: string, notes: string) => Promise<boolean>;
  select: (sha256: string | null) => Promise<void>;
  recheck: (target: CheckTarget, mdmPlanned: boolean | null) => Promise<void>;
  saveNotes: (notes: string) => Promise<void>;
  remove: (sha256: string) => Promise<void>;
  fail: (message: string) => void;
  reset: () => void;
}

const initial = {
  tab: 'library' as PackagesTab,
  list: [] as LibraryPackage[],
  loaded: false,
  busy: false,
  error: null,
  notice: null,
  noticeTone: 'ok' as 'ok' | 'warn',
  selected: null,
  detail: null,
};

/** The package library: list, import, the inspection of the selected package, notes, remove. */
export const usePackages = create<PackagesState>()((set, get) => {
  const attempt = async (fn: () => Promise<void>): Promise<boolean> => {
    set({ busy: true, error: null });
    try {
      await fn();
      return true;
    } catch (error) {
      set({ error: errorText(error).message });
      return false;
    } finally {
      set({ busy: false });
    }
  };
  return {
    ...initial,
    setTab: (tab) => set({ tab, notice: null, error: null }),
    load: async () => {
      await attempt(async () => set({ list: await station().call('listPackages', {}) }));
      set({ loaded: true });
    },
    setList: (list) =>
      set((s) => {
        const still = s.selected && list.some((p) => p.sha256 === s.selected);
        return { list, ...(still ? {} : { selected: null, detail: null }) };
      }),
    importPath: (path, notes) =>
      attempt(async () => {
        const r = await station().call('importPackage', { path, notes: notes.trim() || undefined });
        set({
          list: await station().call('listPackages', {}),
          // A package that must not be applied is not good news: the notice says so, in the warning colour.
          notice: i18n.t(
            r.duplicate
              ? 'packages:notice.duplicate'
              : r.package.worst === 'block'
                ? 'packages:notice.importedBlocked'
                : 'packages:notice.imported',
            { name: r.package.name },
          ),
          noticeTone: r.package.worst === 'block' ? 'warn' : 'ok',
        });
        await get().select(r.package.sha256);
      }),
    select: async (sha256) => {
      set({ selected: sha256, detail: null });
      if (!sha256) return;
      await attempt(async () => {
        const detail = await station().call('getPackage', { sha256 });
        if (get().selected === sha256) set({ detail });
      });
    },
    recheck: async (target, mdmPlanned) => {
      const sha256 = get().selected;
      if (!sha256) return;
      await attempt(async () => {
        const detail = await station().call('recheckPackage', {
          sha256,
          ...(target ? { target } : {}),
          ...(mdmPlanned !== null ? { mdmPlanned } : {}),
        });
        if (get().selected === sha256) set({ detail });
      });
    },
    saveNotes: async (notes) => {
      const sha256 = get().selected;
      if (!sha256) return;
      await attempt(async () => {
        const pkg = await station().call('updatePackageNotes', { sha256, notes });
        set((s) => ({
          list: s.list.map((p) => (p.sha256 === sha256 ? pkg : p)),
          detail: s.detail && s.detail.package.sha256 === sha256 ? { ...s.detail, package: pkg } : s.detail,
          notice: i18n.t('packages:notice.notesSaved'),
          noticeTone: 'ok',
        }));
      });
    },
    remove: async (sha256) => {
      const name = get().list.find((p) => p.sha256 === sha256)?.name;
      await attempt(async () => {
        await station().call('removePackage', { sha256 });
        set((s) => ({
          list: s.list.filter((p) => p.sha256 !== sha256),
          selected: s.selected === sha256 ? null : s.selected,
          detail: s.selected === sha256 ? null : s.detail,
          notice: name ? i18n.t('packages:notice.removed', { name }) : i18n.t('packages:notice.removedUnnamed'),
          noticeTone: 'ok',
        }));
      });
    },
    fail: (message) => set({ error: message }),
    reset: () => set(initial),
  };
});
