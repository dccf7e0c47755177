import { afterEach, describe, expect, it } from 'vitest';
import { openTestStation } from '../../../support/station.ts';

let station: Awaited<ReturnType<typeof openTestStation>> | null = null;
afterEach(async () => {
  await station?.dispose();
  station = null;
});

describe('device registry', () => {
  it('a plugged device is identified, listed and written to the ledger', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl2', faults: [] }] });
    const [view] = station.registry.list();
    expect(view).toMatchObject({ model: 'hololens2', mode: 'normal', present: true, portPath: '9-1.1' });
    const row = station.ledger.listDevices()[0]!;
    expect(row).toMatchObject({ model: 'hololens2', portPath: '9-1.1', serial: 'SIMHL20001' });
    expect(station.ledger.events(row.key)[0]!.kind).toBe('attached');
  });

  it('an unplugged device stays listed, marked gone, and the ledger records it', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl2', faults: [] }] });
    station.simulator!.list()[0]!.unplug();
    const [view] = station.registry.list();
    expect(view!.present).toBe(false);
    expect(view!.nextAction.title).toBe('Unplugged');
    const key = station.ledger.listDevices()[0]!.key;
    expect(station.ledger.events(key).map((e) => e.kind)).toEqual(['detached', 'attached']);
  });

  it('a replugged device keeps its first-seen time', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl1', faults: [] }] });
    const sim = station.simulator!.list()[0]!;
    const first = station.registry.list()[0]!.firstSeen;
    sim.unplug();
    sim.plug();
    expect(station.registry.list()[0]!.firstSeen).toBe(first);
    expect(station.registry.list()[0]!.present).toBe(true);
  });

  it('entering flashing mode re-enumerates as a flashing-mode device on the same port', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl2', faults: [] }] });
    const sim = station.simulator!.list()[0]!;
    sim.act('enter-flashing-mode');
    expect(station.registry.get(`sim-${sim.portPath}`)!.view.present).toBe(false);
    await new Promise((r) => setTimeout(r, 40));
    const view = station.registry.get(`sim-${sim.portPath}`)!.view;
    expect(view).toMatchObject({ present: true, mode: 'flashing', model: 'hololens2' });
  });

  it('a label re-identifies present devices at once', async () => {
    station = await openTestStation({ simulate: [{ preset: 'other-ms', faults: [] }] });
    const id = station.registry.list()[0]!.id;
    expect(station.registry.get(id)!.view.kind).toBe('unknown-microsoft');
    station.ledger.saveLabel({
      usbId: '045E:F0C0',
      model: 'hololens1',
      mode: 'normal',
      note: '',
      labelledBy: '',
      labelledAt: 'now',
    });
    station.refreshLabels();
    station.registry.reidentify();
    expect(station.registry.get(id)!.view).toMatchObject({
      model: 'hololens1',
      confidence: 'confirmed',
      kind: 'hololens',
    });
  });

  it('announces every change as a deviceChanged event', async () => {
    station = await openTestStation({ simulate: [] });
    const seen: string[] = [];
    station.events.on('event', (e) => {
      if (e.name === 'deviceChanged') seen.push(`${e.payload.id}:${e.payload.present}`);
    });
    const d = station.simulator!.add({ preset: 'hl2', faults: [] });
    d.unplug();
    expect(seen).toEqual([`sim-${d.portPath}:true`, `sim-${d.portPath}:false`]);
  });
});
