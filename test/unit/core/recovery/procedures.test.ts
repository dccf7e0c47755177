import { describe, expect, it } from 'vitest';
import {
  busExpectationMet,
  getProcedure,
  procedureById,
  proceduresFor,
  recoveryProcedures,
} from '../../../../src-main/core/recovery/procedures.ts';
import { ProcedureKind, RecoveryProcedure } from '../../../../src-main/shared/contract/recovery.ts';

const MODELS = ['hololens1', 'hololens2'] as const;

describe('recovery procedures', () => {
  it.each(MODELS)(
    'recovery: %s has every procedure (restart, hard restart, reset, reflash, flashing mode)',
    (model) => {
      expect(
        proceduresFor(model)
          .map((p) => p.kind)
          .sort(),
      ).toEqual([...ProcedureKind.options].sort());
      for (const kind of ProcedureKind.options) expect(getProcedure(model, kind).id).toBe(`${model}-${kind}`);
    },
  );

  it('recovery: every procedure is valid data with unique step ids', () => {
    expect(new Set(recoveryProcedures().map((p) => p.id)).size).toBe(recoveryProcedures().length);
    for (const p of recoveryProcedures()) {
      RecoveryProcedure.parse(p);
      expect(new Set(p.steps.map((s) => s.id)).size).toBe(p.steps.length);
    }
  });

  it('recovery: every step with a hold has seconds', () => {
    for (const p of recoveryProcedures()) {
      for (const s of p.steps)
        if (s.chord?.kind === 'hold') expect(s.chord.seconds, `${p.id}/${s.id}`).toBeGreaterThan(0);
    }
  });

  it('recovery: every procedure link points at a procedure that exists', () => {
    for (const p of recoveryProcedures())
      for (const s of p.steps) if (s.seeProcedure) expect(procedureById(s.seeProcedure)).toBeDefined();
  });

  it('recovery: HL2 restart is unplug, hold Power 15 s, wait, press Power', () => {
    const p = getProcedure('hololens2', 'restart');
    expect(p.steps[0]?.busExpectation).toEqual({ kind: 'device-gone' });
    expect(p.steps[1]?.chord).toEqual({ buttons: ['power'], kind: 'hold', seconds: 15 });
    expect(p.steps[1]?.expect).toMatch(/All five lights are off/);
    expect(p.steps[2]?.timerSeconds).toBe(3);
    expect(p.steps[3]?.chord).toEqual({ buttons: ['power'], kind: 'press' });
  });

  it('recovery: HL2 hard restart holds Volume Down + Power for 15 s', () => {
    const chords = getProcedure('hololens2', 'hard-restart')
      .steps.map((s) => s.chord)
      .filter(Boolean);
    expect(chords).toEqual([{ buttons: ['volume-down', 'power'], kind: 'hold', seconds: 15 }]);
  });

  it('recovery: HL2 manual flashing mode: unplug, Power 15 s, hold Volume Up and tap Power for 15 s, only the middle LED', () => {
    const p = getProcedure('hololens2', 'flashing-mode');
    expect(p.steps.map((s) => s.id)).toEqual([
      'unplug',
      'hold-power',
      'volume-up-power',
      'plug-in-flashing',
      'reflash',
      'done',
    ]);
    const vu = p.steps[2];
    expect(vu?.chord).toEqual({ buttons: ['volume-up'], kind: 'hold', seconds: 15, tapAtStart: ['power'] });
    expect(vu?.expect).toMatch(/middle light/);
    expect(p.steps[3]?.expect).toMatch(/Microsoft HoloLens Recovery/);
    expect(p.steps[3]?.expect).toMatch(/QUSB_BULK/);
  });

  it('recovery: the bus confirms flashing mode: gone, then present in flashing mode, then normal again', () => {
    const seen = getProcedure('hololens2', 'flashing-mode').steps.flatMap((s) =>
      s.busExpectation ? [s.busExpectation] : [],
    );
    expect(seen).toEqual([
      { kind: 'device-gone' },
      { kind: 'device-present', mode: 'flashing' },
      { kind: 'device-present', mode: 'normal' },
    ]);
    const hl1 = getProcedure('hololens1', 'flashing-mode').steps.flatMap((s) =>
      s.busExpectation ? [s.busExpectation] : [],
    );
    expect(hl1).toEqual(seen);
  });

  it('recovery: ARC reflash needs an unlocked device, 40% battery and a direct port (no hub)', () => {
    const ids = getProcedure('hololens2', 'reflash').requirements.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['unlocked', 'battery-40', 'direct-port', 'arc-installed']));
    expect(getProcedure('hololens2', 'reflash').tool).toMatch(/Advanced Recovery Companion/);
  });

  it('recovery: HL2 reset from Settings needs 40% battery and 6 GB free (23H1+)', () => {
    const p = getProcedure('hololens2', 'reset');
    expect(p.requirements.map((r) => r.id)).toEqual(expect.arrayContaining(['battery-40', 'free-6gb']));
    expect(p.steps.find((s) => s.id === 'open-reset')?.action).toMatch(
      /Update & Security > Reset & recovery > Reset this device/,
    );
    expect(p.erasesDevice).toBe(true);
  });

  it('recovery: HL1 reset needs 40% battery; HL1 reflash uses the Windows Device Recovery Tool', () => {
    expect(getProcedure('hololens1', 'reset').requirements.map((r) => r.id)).toEqual(['battery-40']);
    expect(getProcedure('hololens1', 'reflash').tool).toMatch(/Windows Device Recovery Tool/);
  });

  it('recovery: HL1 flashing mode holds Volume Up and taps Power, marked unverified for its timing', () => {
    const p = getProcedure('hololens1', 'flashing-mode');
    expect(p.steps.find((s) => s.id === 'volume-up-power')?.chord).toMatchObject({
      buttons: ['volume-up'],
      tapAtStart: ['power'],
    });
    expect(p.unverified).toMatch(/15 seconds/);
  });

  it('recovery: busExpectationMet matches the bus to a step', () => {
    expect(busExpectationMet({ kind: 'device-gone' }, { present: false })).toBe(true);
    expect(busExpectationMet({ kind: 'device-gone' }, { present: true, mode: 'normal' })).toBe(false);
    expect(busExpectationMet({ kind: 'device-present', mode: 'flashing' }, { present: true, mode: 'flashing' })).toBe(
      true,
    );
    expect(busExpectationMet({ kind: 'device-present', mode: 'flashing' }, { present: true, mode: 'normal' })).toBe(
      false,
    );
    expect(busExpectationMet({ kind: 'device-present', mode: 'normal' }, { present: true, mode: 'unknown' })).toBe(
      false,
    );
    expect(busExpectationMet({ kind: 'device-present', mode: 'normal' }, { present: false })).toBe(false);
  });
});
