import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/src/App.tsx';
import { i18n } from '../../src-renderer/src/i18n.ts';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { useNav } from '../../src-renderer/src/stores/nav.ts';
import { untranslatedParts } from '../../src-main/shared/i18n/pseudo.ts';
import type { LanguageChoice } from '../../src-main/shared/i18n/languages.ts';
import { enrollmentAnswers } from './enrollment-fakes.ts';
import { deviceView, fakeStation } from './fake-station.ts';

/**
 * States of the wizard a simulated device cannot reach yet (the station does not read whether setup is finished):
 * the "already finished setup" notice, checked in the pseudo-locale and in German.
 */
afterEach(async () => {
  await i18n.changeLanguage('en');
});

async function openWizardSetUp(language: LanguageChoice) {
  const fake = enrollmentAnswers({ model: 'hololens2', batteryPercent: 80, deviceState: 'set-up' });
  const station = fakeStation({
    ...fake.answers,
    listDevices: () => ({ ok: true, value: [deviceView()] }),
    getSettings: () => ({ ok: true, value: { technician: '', sound: true, language } }),
  });
  await connectStores(station.client);
  render(<App />);
  act(() => useNav.getState().go('enroll', 'usb-1-4.2'));
  return document.querySelector('main') ?? document.body;
}

/** Text nodes outside translate="no" that hold ASCII letters outside the pseudo brackets. */
function untranslated(root: Element): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('[translate="no"], .picker')) continue;
    found.push(...untranslatedParts(n.textContent ?? ''));
  }
  return found;
}

describe('the enrollment wizard for a device that finished setup, in other languages', () => {
  it('pseudo-locale: the reset notice and the first page come from the catalog', async () => {
    const main = await openWizardSetUp('pseudo');
    const notice = await screen.findByRole('region', { name: /^⟦Ţĥíš ĤöĺöĹéñš/ });
    expect(within(notice).getByRole('button').textContent).toMatch(/^⟦/);
    expect(untranslated(main)).toEqual([]);
  });

  it('German: the notice says so and offers the way to Recovery', async () => {
    await openWizardSetUp('de');
    const notice = await screen.findByRole('region', {
      name: 'Diese HoloLens hat die Einrichtung bereits abgeschlossen',
    });
    expect(within(notice).getByRole('button', { name: 'In der Wiederherstellung zurücksetzen' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Um welche Art von Bereitstellung geht es?' })).toBeTruthy();
  });
});
