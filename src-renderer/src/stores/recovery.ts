import { create } from 'zustand';
import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import type {
  RecoveryFollowView,
  RecoveryProcedure,
  ResetForReuse,
} from '../../../src-main/shared/contract/enrollment.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';
import { i18n } from '../i18n.ts';
import { confirmStep, finishRun, noRun, startRun, type LedgerRun } from './recovery-ledger.ts';

export type Followed = RecoveryFollowView['followed'];
export type Observation = RecoveryFollowView['seen'];

export type RecoveryModel = 'hololens1' | 'hololens2';
export type RecoveryTab = 'procedures' | 'reuse' | 'unenroll';

export interface RecoveryState {
  procedures: RecoveryProcedure[];
  reuse: ResetForReuse | null;
  loaded: boolean;
  /** The language the procedures were fetched in: the station words them, so a language change fetches again. */
  loadedIn: string | null;
  error: string | null;
  tab: RecoveryTab;
  model: RecoveryModel;
  procedureId: string | null;
  stepIndex: number;
  /** Step id -> who confirmed it: the station (bus) or the technician. */
  confirmed: Record<string, 'bus' | 'tech'>;
  followed: Followed | null;
  /** The station's follow of this procedure on the followed port, when both are chosen. */
  followId: string | null;
  lastSeen: Observation | null;
  /** The latest thing the wizard did on its own, for the aria-live region. */
  announcement: string;
  /** The ledger's run for the open procedure (none when no device is followed). */
  ledgerRun: LedgerRun;
  load: (language: string) => Promise<void>;
  setTab: (tab: RecoveryTab) => void;
  setModel: (model: RecoveryModel) => void;
  follow: (device: DeviceView | null, byId: Record<string, DeviceView>) => void;
  open: (procedureId: string) => void;
  close: () => void;
  goToStep: (index: number) => void;
  markDone: (stepId: string, done: boolean) => void;
  /** The station's word on the followed procedure (steps it saw confirmed on the bus). */
  applyFollow: (view: RecoveryFollowView) => void;
  reset: () => void;
}

const initial = {
  procedures: [] as RecoveryProcedure[],
  reuse: null,
  loaded: false,
  loadedIn: null,
  error: null,
  tab: 'procedures' as RecoveryTab,
  model: 'hololens2' as RecoveryModel,
  procedureId: null,
  stepIndex: 0,
  confirmed: {},
  followed: null,
  followId: null,
  lastSeen: null,
  announcement: '',
  ledgerRun: noRun(),
};

export function currentProcedure(s: Pick<RecoveryState, 'procedures' | 'procedureId'>): RecoveryProcedure | null {
  return s.procedures.find((p) => p.id === s.procedureId) ?? null;
}

/**
 * The recovery wizard's state. What the bus confirms is decided by the station (core/recovery/follow.ts): the
 * store asks it to follow the chosen procedure on the chosen device's port and shows what it sends back.
 */
export const useRecovery = create<RecoveryState>()((set, get) => {
  /** (Re)starts the station's follow when a device and a procedure are both chosen; stops the old one. */
  const sync = async (): Promise<void> => {
    const s = get();
    const old = s.followId;
    if (old) {
      set({ followId: null });
      void station()
        .call('stopRecoveryFollow', { followId: old })
        .catch(() => undefined);
    }
    if (!s.followed || !s.procedureId) return;
    try {
      const view = await station().call('followRecovery', {
        procedureId: s.procedureId,
        deviceId: s.followed.deviceId,
        stepIndex: s.stepIndex,
      });
      if (get().procedureId !== view.procedureId || get().followed?.deviceId !== s.followed.deviceId) return;
      set({ followId: view.id, lastSeen: view.seen, stepIndex: view.stepIndex });
    } catch (error) {
      set({ error: errorText(error).message });
    }
  };
  const tell = (change: { stepIndex?: number; step?: { stepId: string; done: boolean } }): void => {
    const followId = get().followId;
    if (!followId) return;
    void station()
      .call('updateRecoveryFollow', { followId, ...change })
      .catch(() => undefined);
  };
  return {
    ...initial,
    load: async (language) => {
      if (get().loadedIn === language) return;
      set({ loadedIn: language });
      try {
        const [procedures, reuse] = await Promise.all([
          station().call('recoveryProcedures', {}),
          station().call('resetForReuse', {}),
        ]);
        if (get().loadedIn !== language) return;
        set({ procedures, reuse, loaded: true, error: null });
      } catch (error) {
        set({ error: errorText(error).message, loaded: true });
      }
    },
    setTab: (tab) => set({ tab }),
    setModel: (model) => {
      set({ model, procedureId: null, stepIndex: 0, confirmed: {} });
      void sync();
    },
    follow: (device, _byId) => {
      if (!device) {
        set({ followed: null, lastSeen: null });
        void sync();
        return;
      }
      const followed: Followed = { deviceId: device.id, portPath: device.portPath, model: device.model };
      const model = device.model === 'hololens1' || device.model === 'hololens2' ? device.model : get().model;
      const sameModel = model === get().model;
      set({
        followed,
        lastSeen: null,
        model,
        ...(sameModel ? {} : { procedureId: null, stepIndex: 0, confirmed: {} }),
      });
      void sync();
    },
    open: (procedureId) => {
      const p = get().procedures.find((x) => x.id === procedureId);
      endLedgerRun();
      const deviceId = get().followed?.deviceId;
      if (deviceId) {
        void startRun(deviceId, procedureId, report).then((ledgerRun) => {
          if (get().procedureId === procedureId) set({ ledgerRun });
        });
      }
      set({
        ledgerRun: noRun(),
        procedureId,
        stepIndex: 0,
        confirmed: {},
        announcement: '',
        tab: 'procedures',
        ...(p ? { model: p.model } : {}),
      });
      void sync();
    },
    close: () => {
      endLedgerRun();
      set({ procedureId: null, stepIndex: 0, confirmed: {}, announcement: '', ledgerRun: noRun() });
      void sync();
    },
    goToStep: (index) => {
      const p = currentProcedure(get());
      if (!p) return;
      const stepIndex = Math.max(0, Math.min(index, p.steps.length));
      // The last bus news is about the step it moved to; once the tech moves on it would be stale.
      set({ stepIndex, announcement: '' });
      tell({ stepIndex });
    },
    markDone: (stepId, done) => {
      set((s) => {
        const confirmed = { ...s.confirmed };
        if (done) confirmed[stepId] = confirmed[stepId] ?? 'tech';
        else delete confirmed[stepId];
        if (done) confirmStep(s.ledgerRun, stepId, confirmed[stepId] ?? 'tech', report);
        return { confirmed };
      });
      tell({ step: { stepId, done } });
    },
    applyFollow: (view) => {
      const s = get();
      if (view.id !== s.followId) return;
      // Steps the station newly saw on the bus go to the ledger as confirmed by the station.
      for (const [id, by] of Object.entries(view.confirmed)) {
        if (by === 'bus' && s.confirmed[id] !== 'bus') confirmStep(s.ledgerRun, id, 'bus', report);
      }
      set({
        followed: view.followed,
        lastSeen: view.seen,
        stepIndex: view.stepIndex,
        confirmed: view.confirmed,
        announcement: view.announcement,
      });
    },
    reset: () => set(initial),
  };
});

function report(message: string): void {
  useRecovery.setState({ error: i18n.t('recovery:ledger.failed', { message }) });
}

/** Finishes the open procedure's run, if any, before another starts or the wizard closes. */
function endLedgerRun(): void {
  const s = useRecovery.getState();
  const p = currentProcedure(s);
  if (p) finishRun(s.ledgerRun, p.steps.length, report);
}
