import { create } from 'zustand';
import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import type { RecoveryProcedure, ResetForReuse } from '../../../src-main/shared/contract/enrollment.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';
import { advanceOnBus, observePort, sameObservation, type Followed, type Observation } from './bus-follow.ts';
import { confirmStep, finishRun, noRun, startRun, type LedgerRun } from './recovery-ledger.ts';

export type RecoveryModel = 'hololens1' | 'hololens2';
export type RecoveryTab = 'procedures' | 'reuse' | 'unenroll';

export interface RecoveryState {
  procedures: RecoveryProcedure[];
  reuse: ResetForReuse | null;
  loaded: boolean;
  error: string | null;
  tab: RecoveryTab;
  model: RecoveryModel;
  procedureId: string | null;
  stepIndex: number;
  /** Step id -> who confirmed it: the station (bus) or the technician. */
  confirmed: Record<string, 'bus' | 'tech'>;
  followed: Followed | null;
  lastSeen: Observation | null;
  /** The latest thing the wizard did on its own, for the aria-live region. */
  announcement: string;
  /** The ledger's run for the open procedure (none when no device is followed). */
  ledgerRun: LedgerRun;
  load: () => Promise<void>;
  setTab: (tab: RecoveryTab) => void;
  setModel: (model: RecoveryModel) => void;
  follow: (device: DeviceView | null, byId: Record<string, DeviceView>) => void;
  open: (procedureId: string) => void;
  close: () => void;
  goToStep: (index: number) => void;
  markDone: (stepId: string, done: boolean) => void;
  observe: (byId: Record<string, DeviceView>) => void;
  reset: () => void;
}

const initial = {
  procedures: [] as RecoveryProcedure[],
  reuse: null,
  loaded: false,
  error: null,
  tab: 'procedures' as RecoveryTab,
  model: 'hololens2' as RecoveryModel,
  procedureId: null,
  stepIndex: 0,
  confirmed: {},
  followed: null,
  lastSeen: null,
  announcement: '',
  ledgerRun: noRun(),
};

export function currentProcedure(s: Pick<RecoveryState, 'procedures' | 'procedureId'>): RecoveryProcedure | null {
  return s.procedures.find((p) => p.id === s.procedureId) ?? null;
}

export const useRecovery = create<RecoveryState>()((set, get) => ({
  ...initial,
  load: async () => {
    if (get().loaded) return;
    try {
      const [procedures, reuse] = await Promise.all([
        station().call('recoveryProcedures', {}),
        station().call('resetForReuse', {}),
      ]);
      set({ procedures, reuse, loaded: true, error: null });
    } catch (error) {
      set({ error: errorText(error).message, loaded: true });
    }
  },
  setTab: (tab) => set({ tab }),
  setModel: (model) => set({ model, procedureId: null, stepIndex: 0, confirmed: {} }),
  follow: (device, byId) => {
    if (!device) return set({ followed: null, lastSeen: null });
    const followed: Followed = { deviceId: device.id, portPath: device.portPath, model: device.model };
    const model = device.model === 'hololens1' || device.model === 'hololens2' ? device.model : get().model;
    const sameModel = model === get().model;
    set({
      followed,
      lastSeen: observePort(followed, byId),
      model,
      ...(sameModel ? {} : { procedureId: null, stepIndex: 0, confirmed: {} }),
    });
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
  },
  close: () => {
    endLedgerRun();
    set({ procedureId: null, stepIndex: 0, confirmed: {}, announcement: '', ledgerRun: noRun() });
  },
  goToStep: (index) => {
    const p = currentProcedure(get());
    if (!p) return;
    set({ stepIndex: Math.max(0, Math.min(index, p.steps.length)) });
  },
  markDone: (stepId, done) =>
    set((s) => {
      const confirmed = { ...s.confirmed };
      if (done) confirmed[stepId] = confirmed[stepId] ?? 'tech';
      else delete confirmed[stepId];
      if (done) confirmStep(s.ledgerRun, stepId, confirmed[stepId] ?? 'tech', report);
      return { confirmed };
    }),
  observe: (byId) => {
    const s = get();
    if (!s.followed) return;
    const seen = observePort(s.followed, byId);
    if (sameObservation(s.lastSeen, seen)) return;
    const followed =
      seen.deviceId && seen.deviceId !== s.followed.deviceId ? { ...s.followed, deviceId: seen.deviceId } : s.followed;
    const p = currentProcedure(s);
    const step = p ? advanceOnBus(p.steps, s.stepIndex, seen, followed) : null;
    if (!p || !step) return set({ lastSeen: seen, followed });
    const confirmed = { ...s.confirmed };
    for (const id of step.confirmed) {
      confirmed[id] = 'bus';
      confirmStep(s.ledgerRun, id, 'bus', report);
    }
    set({
      lastSeen: seen,
      followed,
      confirmed,
      stepIndex: step.index,
      announcement: busAnnouncement(seen, followed.portPath, step.index, p.steps.length),
    });
  },
  reset: () => set(initial),
}));

function report(message: string): void {
  useRecovery.setState({ error: `The ledger did not record this recovery: ${message}` });
}

/** Finishes the open procedure's run, if any, before another starts or the wizard closes. */
function endLedgerRun(): void {
  const s = useRecovery.getState();
  const p = currentProcedure(s);
  if (p) finishRun(s.ledgerRun, p.steps.length, report);
}

function busAnnouncement(seen: Observation, port: string, index: number, total: number): string {
  const what = !seen.present
    ? `The device left port ${port}.`
    : seen.mode === 'flashing'
      ? `The station sees the device in flashing mode on port ${port}.`
      : `The station sees the device running on port ${port}.`;
  return index >= total ? `${what} All steps are done.` : `${what} Moved on to step ${index + 1} of ${total}.`;
}
