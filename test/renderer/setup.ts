import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setStationClient } from '../../src-renderer/src/api/station.ts';
import { useDevices } from '../../src-renderer/src/stores/devices.ts';
import { useNav } from '../../src-renderer/src/stores/nav.ts';
import { useSim } from '../../src-renderer/src/stores/sim.ts';
import { useSettings } from '../../src-renderer/src/stores/settings.ts';
import { useEnrollment } from '../../src-renderer/src/stores/enrollment.ts';
import { useRecovery } from '../../src-renderer/src/stores/recovery.ts';
import { useKnowledge } from '../../src-renderer/src/stores/knowledge.ts';
import { useFiles } from '../../src-renderer/src/stores/files.ts';
import { useJobs } from '../../src-renderer/src/stores/jobs.ts';
import { useBatch } from '../../src-renderer/src/stores/batch.ts';
import { useAutopilot } from '../../src-renderer/src/stores/autopilot.ts';
import { useIntune } from '../../src-renderer/src/stores/intune.ts';
import { usePackages } from '../../src-renderer/src/stores/packages.ts';
import { useApply } from '../../src-renderer/src/stores/apply.ts';
import { useKit } from '../../src-renderer/src/stores/kit.ts';
import { useWarehouse } from '../../src-renderer/src/stores/warehouse.ts';
import { useDoctor } from '../../src-renderer/src/stores/doctor.ts';

// One store per domain, each reset between tests (zustand's testing guide), so no test sees another's state.
afterEach(() => {
  cleanup();
  useDevices.getState().reset();
  useSim.getState().reset();
  useNav.getState().reset();
  useDoctor.getState().reset();
  useSettings.getState().reset();
  useEnrollment.getState().reset();
  useRecovery.getState().reset();
  useKnowledge.getState().reset();
  useFiles.getState().reset();
  useJobs.getState().reset();
  useBatch.getState().reset();
  useAutopilot.getState().reset();
  useIntune.getState().reset();
  usePackages.getState().reset();
  useApply.getState().reset();
  useKit.getState().reset();
  useWarehouse.getState().reset();
  setStationClient(null);
});

// A screen's first visit fetches its chunk (views/screens.tsx); under vitest that is a module transform, which on a
// busy machine outlasts Testing Library's 1 s default for findBy/waitFor. Tests wait for content, longer.
configure({ asyncUtilTimeout: 5000 });
