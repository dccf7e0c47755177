import { describe, expect, it } from 'vitest';
import { ledPatterns, ledPattern } from '../../../../src-main/core/recovery/leds.ts';
import { resetForReuse, REUSE_ORDER, reuseItemsFor } from '../../../../src-main/core/recovery/reuse.ts';
import { LedPattern, ResetForReuse } from '../../../../src-main/shared/contract/recovery.ts';

describe('LED patterns', () => {
  it('leds: every pattern is valid data with five LEDs per frame and a unique id', () => {
    expect(new Set(ledPatterns().map((p) => p.id)).size).toBe(ledPatterns().length);
    for (const p of ledPatterns()) {
      LedPattern.parse(p);
      for (const f of p.frames) expect(f.leds).toHaveLength(5);
    }
  });

  it('leds: only the middle LED lit means flashing mode, on both models', () => {
    const p = ledPattern('flashing-mode');
    expect(p?.frames).toEqual([{ leds: ['off', 'off', 'on', 'off', 'off'], ms: 1000 }]);
    expect(p?.models).toEqual(['hololens2', 'hololens1']);
  });

  it('leds: all five flashing five times means OS error state: reflash', () => {
    const p = ledPattern('os-error');
    expect(p?.repeat).toBe(5);
    expect(p?.frames[0]?.leds).toEqual(['on', 'on', 'on', 'on', 'on']);
    expect(p?.frames[1]?.leds).toEqual(['off', 'off', 'off', 'off', 'off']);
    expect(p?.action).toMatch(/Reflash/);
  });

  it('leds: LEDs 1, 3 and 5 flashing together means a hardware fault that reflash will not fix', () => {
    const p = ledPattern('hardware-fault');
    expect(p?.repeat).toBe('forever');
    expect(p?.frames[0]?.leds).toEqual(['on', 'off', 'on', 'off', 'on']);
    expect(p?.action).toMatch(/Do not reflash/);
    expect(p?.severity).toBe('fault');
  });

  it('leds: battery levels while charging show solid lights and one fading light', () => {
    expect(ledPattern('battery-charging-41-60')?.frames[0]?.leds).toEqual(['on', 'on', 'pulse', 'off', 'off']);
    expect(ledPattern('battery-charging-5-20')?.frames[0]?.leds).toEqual(['pulse', 'off', 'off', 'off', 'off']);
    expect(ledPattern('battery-level-1')?.meaning).toMatch(/below 20%/);
    expect(ledPattern('battery-level-2')?.meaning).toMatch(/40%/);
  });
});

describe('reset for reuse', () => {
  it('reuse: TenantLockdown is lifted while enrolled, then the device is wiped, then the cloud records go', () => {
    ResetForReuse.parse(resetForReuse());
    const ids = resetForReuse().items.map((i) => i.id);
    expect(ids).toEqual([...REUSE_ORDER]);
    expect(ids).toEqual([
      'lift-tenant-lockdown',
      'reset-or-reflash',
      'delete-intune-record',
      'deregister-autopilot',
      'delete-entra-device',
    ]);
    expect(resetForReuse().items.find((i) => i.id === 'deregister-autopilot')?.when).toBe('moving-tenant');
    expect(resetForReuse().items.find((i) => i.id === 'lift-tenant-lockdown')?.how).toMatch(/still enrolled/);
  });

  it.each([
    [
      { movingTenant: true, autopilotHololens2: true },
      [
        'lift-tenant-lockdown',
        'reset-or-reflash',
        'delete-intune-record',
        'deregister-autopilot',
        'delete-entra-device',
      ],
    ],
    [
      { movingTenant: false, autopilotHololens2: true },
      ['lift-tenant-lockdown', 'reset-or-reflash', 'delete-intune-record'],
    ],
    [
      { movingTenant: true, autopilotHololens2: false },
      ['reset-or-reflash', 'delete-intune-record', 'deregister-autopilot', 'delete-entra-device'],
    ],
    [{ movingTenant: false, autopilotHololens2: false }, ['reset-or-reflash', 'delete-intune-record']],
  ])('reuse: the order for %j never deletes a cloud record before the lift and the wipe', (situation, expected) => {
    const items = reuseItemsFor(situation);
    expect(items.map((i) => i.id)).toEqual(expected);
    const firstDelete = items.findIndex((i) => i.cloudRecord !== undefined);
    const wipe = items.findIndex((i) => i.id === 'reset-or-reflash');
    expect(wipe).toBeLessThan(firstDelete);
    const lift = items.findIndex((i) => i.id === 'lift-tenant-lockdown');
    if (situation.autopilotHololens2) expect(lift).toBe(0);
  });

  it('reuse: explains 0x80180014 and that TenantLockdown survives a reflash', () => {
    expect(resetForReuse().errorExplanation).toMatch(/0x80180014/);
    expect(resetForReuse().items.find((i) => i.id === 'delete-intune-record')?.why).toMatch(/0x80180014/);
    expect(resetForReuse().items.find((i) => i.id === 'lift-tenant-lockdown')?.why).toMatch(
      /survives a reset and a reflash/,
    );
  });
});
