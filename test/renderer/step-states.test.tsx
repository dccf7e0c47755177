import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/src/App.tsx';
import { i18n } from '../../src-renderer/src/i18n.ts';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { ApplyFlowPanel } from '../../src-renderer/src/views/packages/ApplyFlowPanel.tsx';
import { enrollmentAnswers } from './enrollment-fakes.ts';
import { deviceView, fakeStation } from './fake-station.ts';
import { flow } from './package-fakes.ts';

/**
 * A wizard's list of steps tells a screen reader which steps are done, which one is in hand and which are still
 * to come: the tick and the numbers are drawn only (aria-hidden), so the states are in words from the catalogs,
 * and the step in hand is aria-current="step".
 */
afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

/** What a screen reader reads for each item: its text without what is hidden from it, and "current" when it is. */
function readOut(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map((li) => {
      const copy = li.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      return li.getAttribute('aria-current') === 'step' ? `${text} [current step]` : text;
    });
}

describe('the apply wizard says which steps are done', () => {
  it.each([
    [
      'en',
      'Apply steps',
      [
        'Open the provisioning page (done)',
        'Copy the package (done)',
        'Accept it on the device [current step]',
        'Result (not yet)',
      ],
    ],
    [
      'de',
      'Schritte zum Anwenden',
      [
        'Bereitstellungsseite öffnen (erledigt)',
        'Paket kopieren (erledigt)',
        'Auf dem Gerät annehmen [current step]',
        'Ergebnis (noch nicht)',
      ],
    ],
  ] as const)('%s', async (language, label, expected) => {
    await act(() => i18n.changeLanguage(language));
    render(<ApplyFlowPanel flow={flow({ stage: 'confirm-on-device', remotePath: 'Internal Storage/W.ppkg' })} />);
    expect(readOut(screen.getByRole('list', { name: label }))).toEqual(expected);
  });

  it('the drawn tick is hidden from screen readers, so the words are the only state they hear', () => {
    render(<ApplyFlowPanel flow={flow({ stage: 'copying' })} />);
    const done = within(screen.getByRole('list', { name: 'Apply steps' })).getAllByRole('listitem')[0]!;
    expect(done.querySelector('[aria-hidden="true"]')?.textContent).toBe('✓');
  });
});

describe('the enrollment wizard says which stages are done', () => {
  async function openAtFacts() {
    const fake = enrollmentAnswers({ model: 'hololens2', batteryPercent: 80 });
    const station = fakeStation({ ...fake.answers, listDevices: () => ({ ok: true, value: [deviceView()] }) });
    await connectStores(station.client);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Enroll: the device on port 1-4.2' }));
    await userEvent.click(await screen.findByRole('button', { name: /Shared devices, production/ }));
    await screen.findByText('Read from the device');
  }

  it.each([
    [
      'en',
      'Enrollment wizard',
      ['Deployment (done)', 'Facts [current step]', 'Plan (not yet)', 'Steps (not yet)', 'Result (not yet)'],
    ],
    [
      'de',
      'Registrierungsassistent',
      [
        'Bereitstellung (erledigt)',
        'Angaben [current step]',
        'Planung (noch nicht)',
        'Schritte (noch nicht)',
        'Ergebnis (noch nicht)',
      ],
    ],
  ] as const)('%s', async (language, label, expected) => {
    await openAtFacts();
    await act(() => i18n.changeLanguage(language));
    expect(readOut(screen.getByRole('list', { name: label }))).toEqual(expected);
  });
});
