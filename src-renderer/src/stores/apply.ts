import { create } from 'zustand';
import type { SimAction } from '../../../src-main/shared/contract/sim.ts';
import type { ApplyFlow, ApplyOptions, DeviceApplyMethod } from '../../../src-main/shared/contract/packages.ts';
import { station } from '../api/station.ts';
import { attemptWith } from './attempt.ts';
import { i18n } from '../i18n.ts';

export interface ApplyState {
  deviceId: string | null;
  options: ApplyOptions | null;
  sha256: string | null;
  method: DeviceApplyMethod | null;
  /** The flow on screen (running or just finished) for this device. */
  flowId: string | null;
  flows: Record<string, ApplyFlow>;
  busy: boolean;
  error: string | null;
  open: (deviceId: string | null) => Promise<void>;
  choosePackage: (sha256: string | null) => void;
  chooseMethod: (method: DeviceApplyMethod) => void;
  start: () => Promise<void>;
  confirm: (result: 'applied' | 'failed') => Promise<void>;
  cancel: () => Promise<void>;
  /** Training mode: the station presses the device's buttons. */
  doItForMe: (action: SimAction) => Promise<void>;
  /** Back to choosing, keeping the device (after a finished flow). */
  again: () => void;
  applyFlow: (flow: ApplyFlow) => void;
  reset: () => void;
}

const initial = {
  deviceId: null,
  options: null,
  sha256: null,
  method: null,
  flowId: null,
  flows: {} as Record<string, ApplyFlow>,
  busy: false,
  error: null,
};

export function currentFlow(s: Pick<ApplyState, 'flowId' | 'flows'>): ApplyFlow | null {
  return s.flowId ? (s.flows[s.flowId] ?? null) : null;
}

/** The apply wizard for one device: the core runs the flow, this store mirrors it and sends the tech's choices. */
export const useApply = create<ApplyState>()((set, get) => {
  const attempt = attemptWith(set);
  return {
    ...initial,
    open: async (deviceId) => {
      set({ deviceId, options: null, method: null, flowId: null, error: null });
      if (!deviceId) return;
      await attempt(async () => {
        const [options, flows] = await Promise.all([
          station().call('applyOptions', { deviceId }),
          station().call('listApplyFlows', {}),
        ]);
        if (get().deviceId !== deviceId) return;
        const byId = Object.fromEntries(flows.map((f) => [f.id, f]));
        const running = flows.find((f) => f.deviceId === deviceId && f.result === null);
        set((s) => ({
          options,
          method: s.method ?? options.suggested,
          flows: { ...byId, ...s.flows },
          flowId: running?.id ?? null,
        }));
      });
    },
    choosePackage: (sha256) => set({ sha256 }),
    chooseMethod: (method) => set({ method }),
    start: () =>
      attempt(async () => {
        const { deviceId, sha256, method } = get();
        if (!deviceId) throw new Error(i18n.t('packages:apply.needDevice'));
        if (!sha256) throw new Error(i18n.t('packages:apply.needPackage'));
        if (!method) throw new Error(i18n.t('packages:apply.needMethod'));
        const flow = await station().call('startApplyFlow', { deviceId, sha256, method });
        set((s) => ({ flows: { ...s.flows, [flow.id]: flow }, flowId: flow.id }));
      }),
    confirm: (result) =>
      attempt(async () => {
        const id = get().flowId;
        if (!id) return;
        get().applyFlow(await station().call('confirmApplyFlow', { flowId: id, result }));
      }),
    cancel: () =>
      attempt(async () => {
        const id = get().flowId;
        if (!id) return;
        get().applyFlow(await station().call('cancelApplyFlow', { flowId: id }));
      }),
    doItForMe: (action) =>
      attempt(async () => {
        const flow = currentFlow(get());
        if (!flow?.simId) return;
        await station().call('simAction', { simId: flow.simId, action });
      }),
    again: () => set({ flowId: null, error: null }),
    applyFlow: (flow) =>
      set((s) => {
        const known = s.flows[flow.id];
        // A late event never takes a finished apply back.
        if (known?.result && !flow.result) return s;
        const adopt = s.flowId === null && flow.deviceId === s.deviceId && flow.result === null;
        return { flows: { ...s.flows, [flow.id]: flow }, ...(adopt ? { flowId: flow.id } : {}) };
      }),
    reset: () => set(initial),
  };
});
