import { describe, expect, it } from 'vitest';
import { CALL_NAMES, EVENT_NAMES, calls, events } from '../../../src-main/shared/contract/index.ts';

describe('the typed contract', () => {
  it('names every call for the preload, and nothing else', () => {
    expect([...CALL_NAMES].sort()).toEqual(Object.keys(calls).sort());
  });
  it('names every event', () => {
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort());
  });
  it('every call validates its input as an object', () => {
    for (const [name, spec] of Object.entries(calls)) {
      expect(spec.input.safeParse('not an object').success, name).toBe(false);
    }
  });
});
