import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../../src-main/core/api/dispatch.ts';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import { openTestStation } from '../../../support/station.ts';

let station: Awaited<ReturnType<typeof openTestStation>> | null = null;
afterEach(async () => {
  await station?.dispose();
  station = null;
});

describe('station settings', () => {
  it('saving one setting keeps the others (a partial update never fills in defaults)', async () => {
    station = await openTestStation();
    const handlers = createHandlers(station);
    await dispatchCall(handlers, 'updateSettings', { technician: 'Ana' });
    await dispatchCall(handlers, 'updateSettings', { takeOverDevices: true });
    const r = await dispatchCall(handlers, 'updateSettings', { sound: false });
    expect(r).toEqual({ ok: true, value: { technician: 'Ana', sound: false, takeOverDevices: true } });
    expect(await dispatchCall(handlers, 'getSettings', {})).toEqual({
      ok: true,
      value: { technician: 'Ana', sound: false, takeOverDevices: true },
    });
  });

  it('refuses a name that is too long, keeping what was saved', async () => {
    station = await openTestStation();
    const handlers = createHandlers(station);
    await dispatchCall(handlers, 'updateSettings', { technician: 'Ana' });
    const r = await dispatchCall(handlers, 'updateSettings', { technician: 'x'.repeat(81) });
    expect(r.ok).toBe(false);
    expect(await dispatchCall(handlers, 'getSettings', {})).toMatchObject({ value: { technician: 'Ana' } });
  });
});
