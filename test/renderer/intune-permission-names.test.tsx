import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CleanupReportView } from '../../src-main/shared/contract/intune.ts';
import { IntuneCleanup } from '../../src-renderer/src/components/IntuneCleanup.tsx';
import { i18n } from '../../src-renderer/src/i18n.ts';
import { useIntune } from '../../src-renderer/src/stores/intune.ts';
import { deviceView } from './fake-station.ts';

/**
 * A Graph permission shown beside a clean-up request is Microsoft's identifier: the same words in every language,
 * marked translate="no" so neither a browser's translator nor the pseudo-locale check takes it for text.
 */
afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

const REQUEST = {
  method: 'DELETE',
  path: '/deviceManagement/managedDevices/abc',
  permission: 'DeviceManagementManagedDevices.ReadWrite.All',
};

function planned(): CleanupReportView {
  return {
    serial: 'SN123',
    purpose: 'reuse',
    mode: 'plan',
    state: 'planned',
    cleanupId: null,
    resumed: false,
    steps: [
      { id: 'delete-managed', kind: 'graph', title: 'Delete the Intune record', state: 'pending', request: REQUEST },
    ],
    requests: [REQUEST],
    confirmed: [],
    notes: [],
    message: '',
  };
}

describe('a Graph permission beside a clean-up request', () => {
  it.each([
    ['en', 'needs DeviceManagementManagedDevices.ReadWrite.All'],
    ['de', 'benötigt DeviceManagementManagedDevices.ReadWrite.All'],
  ] as const)('%s: the sentence is translated, the permission is data', async (language, sentence) => {
    await act(() => i18n.changeLanguage(language));
    useIntune.setState({
      cleanup: { serial: 'SN123', purpose: 'reuse', report: planned(), ticked: {}, busy: false, error: null },
    });
    render(<IntuneCleanup device={deviceView()} />);
    const name = screen.getByText('DeviceManagementManagedDevices.ReadWrite.All');
    expect(name.tagName).toBe('CODE');
    expect(name.getAttribute('translate')).toBe('no');
    expect(name.parentElement?.textContent?.trim()).toBe(sentence);
  });
});
