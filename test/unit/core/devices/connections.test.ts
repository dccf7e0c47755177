import { afterEach, describe, expect, it } from 'vitest';
import { openTestStation, waitFor } from '../../../support/station.ts';

let station: Awaited<ReturnType<typeof openTestStation>> | null = null;
afterEach(async () => {
  await station?.dispose();
  station = null;
});

describe('device connections (MTP over the simulator)', () => {
  it('an unlocked HoloLens 2 card gets MTP identity, battery, build and storage', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl2', faults: [] }] });
    await station.connections.settled(3000);
    const view = station.registry.list()[0]!;
    expect(view.storageState).toBe('available');
    expect(view.storages[0]!.description).toBe('Internal Storage');
    expect(view.batteryPercent).toBe(87);
    expect(view.mtpInfo).toMatchObject({
      model: 'HoloLens 2',
      serialNumber: 'SIMHL20001',
      deviceVersion: '10.0.22621.1244',
    });
    expect(view.nextAction.title).toBe('Ready');
    const row = station.ledger.listDevices()[0]!;
    expect(row.info).toMatchObject({ batteryPercent: 87, mtp: { model: 'HoloLens 2' } });
    expect(station.ledger.events(row.key).map((e) => e.kind)).toContain('mtp-opened');
  });

  it('a device at the setup page says so, and its storage appears after Volume Down + Power', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl2-oobe', faults: [] }] });
    await station.connections.settled(3000);
    const id = station.registry.list()[0]!.id;
    expect(station.registry.get(id)!.view.storageState).toBe('no-storage-yet');
    expect(station.registry.get(id)!.view.nextAction.title).toBe('Unlock it or reach the setup page');
    station.simulator!.list()[0]!.act('volume-down-power');
    await waitFor(() => station!.registry.get(id)!.view.storageState === 'available', 3000, 'storage to appear');
  });

  it('locking hides the storage; unlocking shows it again', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl2', faults: [] }] });
    await station.connections.settled(3000);
    const id = station.registry.list()[0]!.id;
    const sim = station.simulator!.list()[0]!;
    sim.act('lock');
    await waitFor(() => station!.registry.get(id)!.view.storageState === 'no-storage-yet', 3000, 'storage to go');
    sim.act('unlock');
    await waitFor(() => station!.registry.get(id)!.view.storageState === 'available', 3000, 'storage to return');
  });

  it('lends the open storage for transfers, and refuses with a plain reason for a flashing-mode device', async () => {
    station = await openTestStation({
      simulate: [
        { preset: 'hl2', faults: [] },
        { preset: 'hl2-flashing', faults: [] },
      ],
    });
    await station.connections.settled(3000);
    const [normal, flashing] = station.registry.list();
    const storage = await station.connections.storage(normal!.id);
    expect((await storage.list('Internal Storage')).map((e) => e.name)).toContain('Documents');
    await expect(station.connections.storage(flashing!.id)).rejects.toThrow(/flashing mode/);
  });

  it('unplugging closes the session; replugging opens a new one', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl1', faults: [] }] });
    await station.connections.settled(3000);
    const sim = station.simulator!.list()[0]!;
    const id = station.registry.list()[0]!.id;
    sim.unplug();
    await expect(station.connections.storage(id)).rejects.toThrow(/not plugged in/);
    sim.plug();
    await station.connections.settled(3000);
    expect(station.registry.get(id)!.view.storageState).toBe('available');
    expect(station.registry.get(id)!.view.mtpInfo?.model).toBe('HoloLens');
  });
});

describe('a dropped MTP link on a device still on the bus', () => {
  it('marks the storage unreachable, then opens a new session by itself', async () => {
    station = await openTestStation({
      simulate: [{ preset: 'hl2', faults: ['unplug-mid-transfer'] }],
      connections: { reconnectMs: 50 },
    });
    await station.connections.settled(3000);
    const id = station.registry.list()[0]!.id;
    const storage = await station.connections.storage(id);
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const file = join(station.dataPath('uploads'), 'big.bin');
    writeFileSync(file, Buffer.alloc(4_000_000, 7));
    await expect(storage.push(file, 'Internal Storage/Documents')).rejects.toThrow(/unplugged/i);
    const ledgerKey = station.registry.get(id)!.ledgerKey;
    await waitFor(
      () => station!.ledger.events(ledgerKey).some((e) => e.kind === 'mtp-lost'),
      3000,
      'the loss recorded',
    );
    await waitFor(() => station!.registry.get(id)!.view.storageState === 'available', 3000, 'reconnected');
    const again = await station.connections.storage(id);
    expect((await again.list('Internal Storage')).length).toBeGreaterThan(0);
  });
});
