import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookUpSerial } from '../../../../src-main/core/intune/status.ts';
import { checkSerial } from '../../../../src-main/core/intune/graph-requests.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import { intuneWorld, type IntuneWorld } from './support.ts';

let w: IntuneWorld;
const now = () => new Date('2026-12-04T12:00:00Z');

beforeEach(async () => {
  w = await intuneWorld();
});
afterEach(async () => {
  await w.close();
});

describe('status by serial', () => {
  it('reads the managed device, the Autopilot identity and the Entra device of an enrolled serial', async () => {
    const { managed, autopilot, entra } = w.intune.addEnrolled('SN100', { complianceState: 'compliant' });
    w.intune.addEnrolled('SN999');
    const s = await lookUpSerial(w.client(), 'SN100', now);
    expect(s.state).toBe('enrolled');
    expect(s.label).toBe('enrolled, compliant');
    expect(s.compliant).toBe(true);
    expect(s.intune).toEqual([
      expect.objectContaining({
        id: managed.id,
        deviceName: 'HOLOLENS-SN100',
        managementState: 'managed',
        azureADDeviceId: entra.deviceId,
        stale: false,
      }),
    ]);
    expect(s.autopilot).toEqual([
      expect.objectContaining({
        id: autopilot.id,
        enrollmentState: 'enrolled',
        deploymentProfileAssignmentStatus: null,
      }),
    ]);
    expect(s.entra).toEqual([{ id: entra.id, deviceId: entra.deviceId, displayName: 'HOLOLENS-SN100' }]);
    expect(s.checkedAt).toBe('2026-12-04T12:00:00.000Z');
  });

  it('keeps deploymentProfileAssignmentStatus null with its reason: Graph v1.0 documents none, beta is never asked', async () => {
    const { autopilot } = w.intune.addEnrolled('SN150');
    // Even a Graph that sent the beta property along is not taken at its word: v1.0 does not define it.
    Object.assign(autopilot, { deploymentProfileAssignmentStatus: 'assignedInSync' });
    const s = await lookUpSerial(w.client(), 'SN150', now);
    expect(s.autopilot).toEqual([
      expect.objectContaining({
        deploymentProfileAssignmentStatus: null,
        deploymentProfileAssignmentStatusReason: expect.stringMatching(/^not in Graph v1\.0/) as unknown,
        enrollmentState: 'enrolled',
        lastContactedDateTime: '2026-12-01T10:00:00Z',
      }),
    ]);
    expect(w.graph.requests.map((r) => r.path.split('/')[1])).toEqual(['v1.0', 'v1.0', 'v1.0']);
  });

  it('shows two managed devices for one serial as a current record and a stale duplicate', async () => {
    const old = w.intune.addManaged('SN200', { lastSyncDateTime: '2026-06-01T00:00:00Z' });
    const fresh = w.intune.addManaged('SN200', {
      lastSyncDateTime: '2026-12-03T00:00:00Z',
      complianceState: 'noncompliant',
    });
    const s = await lookUpSerial(w.client(), 'SN200', now);
    expect(s.duplicates).toBe(true);
    expect(s.intune.map((r) => [r.id, r.stale])).toEqual([
      [fresh.id, false],
      [old.id, true],
    ]);
    expect(s.label).toBe('enrolled, noncompliant, 1 stale duplicate');
    expect(s.compliant).toBe(false);
  });

  it('follows @odata.nextLink through every page and keeps only exact serial matches', async () => {
    w.intune.pageSize = 2;
    const exact = w.intune.addAutopilot('SN300');
    // contains(serialNumber,'SN300') also matches these longer serials: five matches, three pages.
    for (const other of ['SN300-B', 'SN3001', 'SN3002', 'XSN300']) w.intune.addAutopilot(other);
    const s = await lookUpSerial(w.client(), 'SN300', now);
    expect(s.autopilot.map((a) => a.id)).toEqual([exact.id]);
    const pages = w.graph.requests.filter((r) => r.path.endsWith('/windowsAutopilotDeviceIdentities'));
    expect(pages.map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('reads every page when a serial has more records than one page holds', async () => {
    w.intune.pageSize = 1;
    for (let i = 0; i < 3; i++) w.intune.addManaged('SN400', { lastSyncDateTime: `2026-12-0${i + 1}T00:00:00Z` });
    const s = await lookUpSerial(w.client(), 'SN400', now);
    expect(s.intune).toHaveLength(3);
    expect(w.graph.requests.filter((r) => r.path.endsWith('/managedDevices'))).toHaveLength(3);
  });

  it('says "not in Intune" for a serial Graph does not know', async () => {
    const s = await lookUpSerial(w.client(), 'SN404', now);
    expect(s).toMatchObject({ state: 'not-enrolled', label: 'not in Intune', intune: [], autopilot: [], entra: [] });
  });

  it('says "unknown (offline)" and shows no records when Graph cannot be reached', async () => {
    w.intune.addEnrolled('SN500');
    await w.graph.close();
    const s = await lookUpSerial(w.client(), 'SN500', now);
    expect(s).toMatchObject({ state: 'unknown-offline', label: 'unknown (offline)', intune: [], checkedAt: null });
  });

  it('waits out a 429 with Retry-After and then answers', async () => {
    w.intune.addEnrolled('SN600');
    w.graph.throttle(1, '7', 'GET');
    const s = await lookUpSerial(w.client(), 'SN600', now);
    expect(s.state).toBe('enrolled');
    expect(w.clock.waits).toContain(7000);
  });

  it('names the missing permission when Graph answers 403 insufficient privileges', async () => {
    w.intune.addEnrolled('SN700');
    w.intune.forbidden.add('GET /v1.0/devices');
    const s = await lookUpSerial(w.client(), 'SN700', now);
    expect(s.state).toBe('lookup-failed');
    expect(s.error?.code).toBe('intune-forbidden');
    expect(s.error?.message).toContain('Device.Read.All');
    expect(s.error?.message).toContain('Insufficient privileges');
  });

  it.each(['', ' ', "SN1' or serialNumber ne '", 'SN/1', 'x'.repeat(65)])(
    'refuses %j as a serial before any request',
    (bad) => {
      expect(() => checkSerial(bad)).toThrow(/not a serial number/);
    },
  );

  it('a refused serial or id is told in the station language, the value quoted as it came', async () => {
    const { requests } = await import('../../../../src-main/core/intune/graph-requests.ts');
    setStationLanguage('de');
    try {
      expect(() => checkSerial('SN/1')).toThrow(
        '„SN/1“ ist keine Seriennummer: Verwenden Sie Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche (höchstens 64).',
      );
      expect(() => requests.deleteEntraDevice("x' or 1")).toThrow(
        expect.objectContaining({
          code: 'intune-id-invalid',
          title: 'Graph hat eine ungewöhnliche ID gesendet',
          message: "Die ID „x' or 1“ des Entra-Geräts ist nicht verwendbar.",
        }),
      );
    } finally {
      setStationLanguage('en');
    }
  });

  it('never sends a request for a refused serial (an empty filter lists the whole tenant)', async () => {
    await expect(lookUpSerial(w.client(), '', now)).rejects.toThrow(/not a serial number/);
    expect(w.graph.requests).toHaveLength(0);
  });
});
