import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setStationLanguage } from '../../src-main/core/language.ts';
import { App } from '../../src-renderer/src/App.tsx';
import { i18n } from '../../src-renderer/src/i18n.ts';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { enrollmentAnswers } from './enrollment-fakes.ts';
import { fakeStation } from './fake-station.ts';

async function openHelp() {
  const station = fakeStation(enrollmentAnswers().answers);
  await connectStores(station.client);
  render(<App />);
  await userEvent.click(screen.getByRole('button', { name: 'Troubleshooting' }));
  await screen.findByRole('heading', { name: 'When enrollment fails, check' });
  return station;
}

describe('troubleshooting view', () => {
  it.each(['0x80180014', '80180014', '-2145910764'])('typing %s shows the entry with its fixes', async (code) => {
    await openHelp();
    await userEvent.type(screen.getByLabelText(/Error code or words/), code);
    const entry = await screen.findByRole('region', { name: /0x80180014/ });
    expect(within(entry).getByRole('heading', { name: 'What to do' })).toBeTruthy();
    expect(within(entry).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('help: the guidance topics show with the page each was checked against', async () => {
    await openHelp();
    const guidance = await screen.findByRole('region', { name: 'Good to know' });
    await userEvent.click(within(guidance).getByText('Setup waits for the network forever (TenantLockdown)'));
    expect(within(guidance).getByText(/RequireNetworkInOOBE to false/)).toBeTruthy();
    // The label is text, the source (English document names) data marked translate="no" beside it.
    const sources = within(guidance).getAllByText(
      (_, el) => el?.tagName === 'P' && /^Checked against: HLdocs:/.test(el.textContent ?? ''),
    );
    expect(sources.length).toBeGreaterThan(5);
    expect(sources[0]!.querySelector('[translate="no"]')?.textContent).toMatch(/^HLdocs:/);
  });

  it('a code the station does not know says so', async () => {
    await openHelp();
    await userEvent.type(screen.getByLabelText(/Error code or words/), '0x80180099');
    expect(await screen.findByText(/not in the station's list/)).toBeTruthy();
  });

  it('words find lights and procedures; "Show the lights" points at the animated pattern', async () => {
    await openHelp();
    await userEvent.type(screen.getByLabelText(/Error code or words/), 'middle light');
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getByText('Only the middle light')).toBeTruthy();
    await userEvent.click(within(results).getByRole('button', { name: 'Show the lights: Only the middle light' }));
    const card = document.getElementById('led-flashing-mode')!;
    expect(card.className).toContain('led-card--selected');
    expect(within(card).getByRole('img', { name: 'Lights: Only the middle light' })).toBeTruthy();
  });

  it("the seed's four checks can be ticked, and their error codes open the entry", async () => {
    await openHelp();
    const list = screen.getByRole('region', { name: 'When enrollment fails, check' });
    expect(within(list).getAllByRole('checkbox')).toHaveLength(4);
    await userEvent.click(within(list).getByRole('checkbox', { name: /valid license/ }));
    expect(within(list).getByRole<HTMLInputElement>('checkbox', { name: /valid license/ }).checked).toBe(true);
    await userEvent.click(within(list).getByRole('button', { name: '0x80180018' }));
    expect(await screen.findByRole('region', { name: /0x80180018/ })).toBeTruthy();
  });

  it('a procedure hit opens it in the recovery wizard', async () => {
    await openHelp();
    await userEvent.type(screen.getByLabelText(/Error code or words/), 'flashing mode hololens 2');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Open in Recovery: Manual flashing mode (HoloLens 2)' }),
    );
    expect(await screen.findByRole('heading', { name: 'Manual flashing mode (HoloLens 2)' })).toBeTruthy();
  });

  it('a language change loads the checklist again and redoes the lookup, in the new language', async () => {
    const station = await openHelp();
    await userEvent.type(screen.getByLabelText(/Error code or words/), '0x80180014');
    await screen.findByRole('region', { name: /Enrollment refused for this device/ });
    const loads = () => station.calls.filter(([name]) => name === 'checklist').length;
    expect(loads()).toBe(1);
    try {
      // The fake answers from the real knowledge tables, which speak the station's language.
      setStationLanguage('de');
      await act(() => i18n.changeLanguage('de'));
      await screen.findByRole('heading', { name: 'Wenn die Registrierung fehlschlägt, prüfen Sie' });
      expect(await screen.findByText('Der Benutzer hat eine gültige Lizenz')).toBeTruthy();
      expect(await screen.findByRole('region', { name: /Registrierung für dieses Gerät abgelehnt/ })).toBeTruthy();
      expect(screen.getByRole('heading', { name: 'Was zu tun ist' })).toBeTruthy();
      expect(loads()).toBe(2);
    } finally {
      setStationLanguage('en');
      await act(() => i18n.changeLanguage('en'));
    }
  });
});
