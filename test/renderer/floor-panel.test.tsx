import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FloorViewData, WarehouseView } from '../../src-main/shared/contract/warehouse.ts';
import { setStationClient } from '../../src-renderer/src/api/station.ts';
import { routeEvent } from '../../src-renderer/src/stores/connect.ts';
import { FloorPanel } from '../../src-renderer/src/views/batch/FloorPanel.tsx';
import { fakeStation } from './fake-station.ts';

const counts = { waiting: 0, working: 0, 'needs-tech': 0, paused: 0, done: 0, failed: 0, skipped: 0 };

function floor(over: Partial<FloorViewData> = {}): FloorViewData {
  return {
    server: 'postgres://holobench@db:5432/wh',
    at: '2026-01-01T10:00:00.000Z',
    benches: [
      {
        name: 'bench-1',
        tech: 'ana',
        lastContact: '',
        silentFor: 1,
        batchId: 3,
        profile: 'inventory',
        counts: { ...counts, working: 2, done: 5 },
      },
      {
        name: 'bench-2',
        tech: 'bo',
        lastContact: '',
        silentFor: 95,
        batchId: 1,
        profile: 'inventory',
        counts: { ...counts, 'needs-tech': 1 },
      },
    ],
    totals: { ...counts, working: 2, done: 5, 'needs-tech': 1, devices: 8, completed: 5, conflicts: 0 },
    conflicts: [],
    ...over,
  };
}

function view(over: Partial<WarehouseView> = {}): WarehouseView {
  return {
    joined: true,
    bench: 'bench-1',
    server: 'postgres://holobench@db:5432/wh',
    online: true,
    reason: null,
    since: null,
    pending: 0,
    floor: floor(),
    ...over,
  };
}

describe('the warehouse floor on the Batch tab', () => {
  it('shows every bench with its technician, last contact and devices per state, and the totals', async () => {
    const fake = fakeStation({ warehouseView: () => ({ ok: true, value: view() }) });
    setStationClient(fake.client);
    render(<FloorPanel />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['bench-1', 'ana', 'now', '2', '0', '0', '5', '0', '0'],
      ['bench-2', 'bo', '95 s ago', '0', '1', '0', '0', '0', '0'],
    ]);
    expect(screen.getByText(/5 finished in the warehouse/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/bench-1.*online/);
  });

  it('follows changes pushed by the station, and says plainly when the server is away and what waits', async () => {
    const fake = fakeStation({ warehouseView: () => ({ ok: true, value: view() }) });
    setStationClient(fake.client);
    render(<FloorPanel />);
    await screen.findByRole('table');
    act(() =>
      routeEvent({
        name: 'warehouseChanged',
        payload: view({
          online: false,
          reason: 'connect ECONNREFUSED 10.0.0.5:5432',
          pending: 3,
          floor: floor({
            conflicts: [
              {
                serial: 'SN9',
                profile: 'inventory',
                firstBench: 'bench-2',
                firstAt: '',
                secondBench: 'bench-1',
                secondAt: '',
                detectedAt: '',
              },
            ],
          }),
        }),
      }),
    );
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts[0]).toMatch(
      /cannot be reached \(connect ECONNREFUSED 10\.0\.0\.5:5432\).*3 finished devices wait here/,
    );
    expect(alerts[1]).toMatch(/Conflict: SN9 \(inventory\) was done at bench-2 and again at bench-1/);
  });

  it('a lone bench offers to join a warehouse with the address and bench name typed', async () => {
    const fake = fakeStation({
      warehouseView: () => ({ ok: true, value: view({ joined: false, bench: null, server: null, floor: null }) }),
      warehouseJoin: () => ({ ok: true, value: view() }),
    });
    setStationClient(fake.client);
    render(<FloorPanel />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Server/), 'postgres://u:pw@db/wh');
    await user.type(screen.getByLabelText(/Bench name/), 'bench-1');
    await user.click(screen.getByRole('button', { name: 'Join the warehouse' }));
    expect(fake.calls.find(([n]) => n === 'warehouseJoin')?.[1]).toEqual({
      url: 'postgres://u:pw@db/wh',
      bench: 'bench-1',
    });
    expect(await screen.findByRole('table')).toBeTruthy();
  });
});
