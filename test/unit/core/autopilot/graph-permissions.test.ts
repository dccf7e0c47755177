import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTION_PERMISSIONS,
  permissionsFor,
  type StationAction,
} from '../../../../src-main/core/autopilot/graph-permissions.ts';

/** The README's permission table is the code's table: a row that drifts from it fails here. */
const README = readFileSync(join(import.meta.dirname, '../../../../README.md'), 'utf8');

function readmeRow(action: string): { application: string[]; delegated: string[] } | null {
  const line = README.split('\n').find((l) => l.startsWith(`| \`${action}\` |`));
  if (!line) return null;
  const cells = line.split('|').map((c) => c.trim());
  const list = (cell: string | undefined) => (cell ?? '').split(', ').sort();
  // | action | where | requests | application | delegated |
  return { application: list(cells[4]), delegated: list(cells[5]) };
}

describe('the README names, per action, exactly the permissions the station asks for', () => {
  it.each(Object.keys(ACTION_PERMISSIONS) as StationAction[])('%s', (action) => {
    expect(readmeRow(action)).toEqual({
      application: permissionsFor(action, 'application').sort(),
      delegated: permissionsFor(action, 'delegated').sort(),
    });
  });
});

describe('least permissions per action', () => {
  it.each([
    [
      'intune-status',
      'delegated',
      ['Device.Read.All', 'DeviceManagementManagedDevices.Read.All', 'DeviceManagementServiceConfig.Read.All'],
    ],
    ['intune-tag', 'delegated', ['DeviceManagementServiceConfig.ReadWrite.All']],
    [
      'cleanup-reuse',
      'application',
      [
        'Device.ReadWrite.All',
        'DeviceManagementManagedDevices.PrivilegedOperations.All',
        'DeviceManagementManagedDevices.ReadWrite.All',
        'DeviceManagementServiceConfig.Read.All',
      ],
    ],
  ] as const)('%s (%s) drops a Read.All its ReadWrite.All covers and keeps the rest', (action, kind, expected) => {
    expect(permissionsFor(action, kind).sort()).toEqual([...expected]);
  });
});
