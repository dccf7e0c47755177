import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src-renderer/src/App.tsx';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { useNav } from '../../src-renderer/src/stores/nav.ts';
import { enrollmentAnswers } from './enrollment-fakes.ts';
import { deviceView, fakeStation } from './fake-station.ts';

// The Doctor screen's chunk cannot be fetched here, as when the station stopped after the page was opened.
vi.mock('../../src-renderer/src/views/doctor/DoctorView.tsx', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('screens other than the bench come in their own chunks', () => {
  it('a first visit says the screen is opening, then shows it with focus on its heading', async () => {
    const station = fakeStation(enrollmentAnswers().answers);
    await connectStores(station.client);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Troubleshooting' }));
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Opening the screen…');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Troubleshooting' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByText('Opening the screen…')).toBeNull();
  });

  it('a screen whose chunk cannot be fetched says so in one line; the other tabs still work', async () => {
    const station = fakeStation(enrollmentAnswers().answers);
    await connectStores(station.client);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Doctor' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This screen could not be opened');
    expect(alert.textContent).not.toMatch(/at |Error:|dynamically imported/);
    await userEvent.click(screen.getByRole('button', { name: 'Bench' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Devices on the bench' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the bench before the station has answered', () => {
  it('says it is waiting for the station, claims no count and no empty bench, and is busy until the answer', async () => {
    let answer!: () => void;
    const listed = new Promise<void>((resolve) => (answer = resolve));
    const station = fakeStation({
      listDevices: async () => {
        await listed;
        return { ok: true, value: [deviceView()] };
      },
    });
    const connected = connectStores(station.client);
    render(<App />);
    const bench = screen.getByRole('region', { name: 'Devices on the bench' });
    expect(bench.getAttribute('aria-busy')).toBe('true');
    expect(bench.textContent).toContain('Waiting for the station…');
    expect(bench.textContent).not.toMatch(/connected|No HoloLens/);
    await act(async () => {
      answer();
      await connected;
    });
    expect(bench.getAttribute('aria-busy')).toBe('false');
    expect(bench.textContent).toContain('1 device connected');
    expect(useNav.getState().view).toBe('bench');
  });

  it('a failed device list is said plainly, never shown as an empty bench', async () => {
    const station = fakeStation({
      listDevices: () => ({ ok: false, error: { code: 'x', title: 'Busy', message: 'The ledger is locked.' } }),
    });
    await connectStores(station.client);
    render(<App />);
    expect(screen.getByRole('alert').textContent).toBe(
      'The station did not say which devices are connected: The ledger is locked.',
    );
    expect(screen.queryByRole('heading', { name: 'No HoloLens connected' })).toBeNull();
  });
});
