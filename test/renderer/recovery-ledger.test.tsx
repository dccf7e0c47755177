import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/src/App.tsx';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { procedureById } from '../../src-main/core/recovery/index.ts';
import type { RecoveryRunView } from '../../src-main/shared/contract/recovery.ts';
import { enrollmentAnswers } from './enrollment-fakes.ts';
import { deviceView, fakeStation } from './fake-station.ts';
import { stationFollows } from './recovery-fakes.ts';

const HL2 = deviceView();
const procedure = procedureById('hololens2-flashing-mode')!;
const RUN: RecoveryRunView = {
  id: 7,
  deviceKey: 'k',
  deviceId: HL2.id,
  serial: null,
  model: 'hololens2',
  portPath: HL2.portPath,
  procedureId: procedure.id,
  technician: 'Ada',
  startedAt: '2026-01-01T00:00:00Z',
  finishedAt: null,
  result: null,
  note: '',
  steps: procedure.steps.map((s) => ({ id: s.id, title: s.title, confirmedBy: null, at: null, by: '' })),
};

describe('recovery runs from the wizard', () => {
  it('recovery ledger: the wizard starts a run and writes who confirmed each step, the bus or the tech', async () => {
    const ok = () => ({ ok: true as const, value: RUN });
    const core = stationFollows([HL2]);
    const station = fakeStation({
      ...enrollmentAnswers().answers,
      ...core.answers,
      listDevices: () => ({ ok: true, value: [HL2] }),
      startRecoveryRun: ok,
      confirmRecoveryStep: ok,
      finishRecoveryRun: ok,
    });
    const emit = core.connect(station.emit);
    await connectStores(station.client);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Recovery: the device on port 1-4.2' }));
    await userEvent.click(await screen.findByRole('button', { name: /Manual flashing mode \(HoloLens 2\)/ }));
    await screen.findByRole('heading', { name: 'Unplug the cable' });
    await waitFor(() => expect(station.calls.some(([n]) => n === 'startRecoveryRun')).toBe(true));
    expect(station.calls.find(([n]) => n === 'startRecoveryRun')?.[1]).toEqual({
      deviceId: HL2.id,
      procedureId: procedure.id,
    });

    act(() => emit({ name: 'deviceChanged', payload: deviceView({ present: false }) }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Done: Hold Power for 15 seconds' }));
    const confirms = station.calls.filter(([n]) => n === 'confirmRecoveryStep').map(([, input]) => input);
    expect(confirms).toEqual([
      { runId: 7, stepId: procedure.steps[0]!.id, confirmedBy: 'station' },
      { runId: 7, stepId: procedure.steps[1]!.id, confirmedBy: 'technician' },
    ]);
  });
});
