import type { CallName, StationEvent } from '../../src-main/shared/contract/index.ts';
import type { DeviceView } from '../../src-main/shared/contract/devices.ts';
import type { SpokenLanguage } from '../../src-main/shared/contract/settings.ts';
import type { LanguageChoice } from '../../src-main/shared/i18n/languages.ts';
import type { Result } from '../../src-main/shared/errors.ts';
import { createClient, type StationClient } from '../../src-renderer/src/api/client.ts';

type Answer = (input: unknown) => Result<unknown> | Promise<Result<unknown>>;

/** A station double for component tests: answers calls from a table and lets the test push events. */
export function fakeStation(answers: Partial<Record<CallName, Answer>> = {}) {
  const listeners = new Set<(e: StationEvent) => void>();
  const calls: [CallName, unknown][] = [];
  const client: StationClient = createClient({
    kind: 'memory',
    invoke: async (name, input) => {
      calls.push([name, input]);
      const answer = answers[name];
      if (answer) return answer(input);
      if (name === 'listDevices') return { ok: true, value: [] };
      if (name === 'busState')
        return {
          ok: true,
          value: { usb: { available: false, detail: 'No USB bus on this machine' }, simulator: { enabled: false } },
        };
      if (name === 'getSettings') return { ok: true, value: { technician: '', sound: true } };
      if (name === 'spokenLanguage') return spokenFromSettings(await answers.getSettings?.({}));
      if (name === 'listJobs') return { ok: true, value: [] };
      if (name === 'simStatus') return { ok: true, value: { enabled: false, presets: [], devices: [] } };
      return { ok: false, error: { code: 'unknown-call', title: 'No answer', message: `no fake answer for ${name}` } };
    },
    onEvent: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  });
  return { client, calls, emit: (e: StationEvent) => listeners.forEach((l) => l(e)) };
}

/**
 * What a station whose operating system is English says it speaks for the settings the fake answers: the
 * setting, or English for "auto". A test of another system language answers spokenLanguage itself.
 */
function spokenFromSettings(settings: Result<unknown> | undefined): Result<SpokenLanguage> {
  const saved = settings?.ok ? (settings.value as { language?: LanguageChoice }).language : undefined;
  const setting = saved ?? 'auto';
  return { ok: true, value: { setting, language: setting === 'auto' ? 'en' : setting, system: 'en' } };
}

export function deviceView(over: Partial<DeviceView> = {}): DeviceView {
  const base: DeviceView = {
    id: 'usb-1-4.2',
    source: 'usb',
    present: true,
    model: 'hololens2',
    mode: 'normal',
    confidence: 'confirmed',
    kind: 'hololens',
    identification: {
      model: 'hololens2',
      mode: 'normal',
      confidence: 'confirmed',
      kind: 'hololens',
      rule: 'heuristic:hl2-string-mtp-ncm',
      reason: 'Microsoft device named "HoloLens 2" with MTP and NCM.',
      labelled: false,
    },
    vendorId: 0x045e,
    productId: 0xf0a2,
    usbId: '045E:F0A2',
    portPath: '1-4.2',
    serialNumber: 'SN123',
    productName: 'HoloLens 2',
    manufacturer: 'Microsoft',
    firstSeen: '2026-01-01T00:00:00.000Z',
    lastSeen: '2026-01-01T00:00:00.000Z',
    nextAction: { severity: 'ok', title: 'Ready', detail: 'Choose what to do.' },
    storageState: 'available',
    storages: [],
    mtpInfo: null,
    batteryPercent: null,
  };
  return { ...base, ...over };
}
