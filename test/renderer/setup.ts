import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setStationClient } from '../../src-renderer/src/api/station.ts';
import { useDevices } from '../../src-renderer/src/stores/devices.ts';
import { useNav } from '../../src-renderer/src/stores/nav.ts';
import { useSim } from '../../src-renderer/src/stores/sim.ts';
import { useSettings } from '../../src-renderer/src/stores/settings.ts';
import { useEnrollment } from '../../src-renderer/src/stores/enrollment.ts';
import { useRecovery } from '../../src-renderer/src/stores/recovery.ts';
import { useKnowledge } from '../../src-renderer/src/stores/knowledge.ts';

// One store per domain, each reset between tests (zustand's testing guide), so no test sees another's state.
afterEach(() => {
  cleanup();
  useDevices.getState().reset();
  useSim.getState().reset();
  useNav.getState().reset();
  useSettings.getState().reset();
  useEnrollment.getState().reset();
  useRecovery.getState().reset();
  useKnowledge.getState().reset();
  setStationClient(null);
});
