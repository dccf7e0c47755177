import { describe, expect, it, vi } from 'vitest';
import { intuneHandlers } from '../../../../src-main/core/api/intune-api.ts';
import type { Station } from '../../../../src-main/core/station.ts';

const started = vi.hoisted(() => [] as { serial: string }[]);
vi.mock('../../../../src-main/core/intune/confirm-job.ts', () => ({
  startConfirmEnrollment: (_jobs: unknown, _service: unknown, options: { serial: string }) => {
    started.push(options);
    return { jobId: 'job-1' };
  },
}));

/** A station holding one device whose readings give these serials; only what the handler touches. */
function stationWith(view: { serialNumber: string | null; mtpInfo: { serialNumber: string } | null }): Station {
  return {
    registry: { require: () => ({ view }) },
    intune: { service: () => ({}) },
    jobs: {},
    config: {},
  } as unknown as Station;
}

describe('confirming enrollment in Intune looks the device up by the serial every other lookup uses', () => {
  it.each([
    ['the MTP serial when the device reports one', 'MTP-1', 'USB-1', 'MTP-1'],
    ['the USB serial when the MTP serial is empty', '', 'USB-1', 'USB-1'],
    ['the USB serial when there is no MTP session', null, 'USB-1', 'USB-1'],
  ])('%s', async (_, mtp, usb, expected) => {
    started.length = 0;
    const handlers = intuneHandlers(
      stationWith({ serialNumber: usb, mtpInfo: mtp === null ? null : { serialNumber: mtp } }),
    );
    await handlers.intuneConfirmEnrollment({ deviceId: 'd1', compliant: false });
    expect(started.map((s) => s.serial)).toEqual([expected]);
  });

  it('refuses plainly when neither gives a serial', async () => {
    const handlers = intuneHandlers(stationWith({ serialNumber: null, mtpInfo: { serialNumber: '' } }));
    await expect(handlers.intuneConfirmEnrollment({ deviceId: 'd1', compliant: false })).rejects.toMatchObject({
      code: 'intune-no-serial',
    });
  });
});
