import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/src/App.tsx';
import { bridgeUrlFromLocation } from '../../src-renderer/src/api/ws-transport.ts';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { useNav } from '../../src-renderer/src/stores/nav.ts';
import { bindAddress, parseRoute, routeHash } from '../../src-renderer/src/stores/route.ts';
import { enrollmentAnswers } from './enrollment-fakes.ts';
import { deviceView, fakeStation } from './fake-station.ts';

let unbind: (() => void) | null = null;
afterEach(() => {
  unbind?.();
  unbind = null;
  window.history.replaceState(null, '', '#');
  window.sessionStorage.clear();
});

describe('the address names the screen', () => {
  it.each([
    ['#/bench', { view: 'bench', deviceId: null }],
    ['#/device/usb-1-4.2', { view: 'device', deviceId: 'usb-1-4.2' }],
    ['#/enroll/sim%2F9-1', { view: 'enroll', deviceId: 'sim/9-1' }],
    ['#/nowhere', null],
    ['#main', null],
    ['#token=abc', null],
    ['', null],
  ])('%s -> %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    if (route) expect(parseRoute(routeHash(route as never))).toEqual(route);
  });

  it('the token leaves the address at load, and a reload still finds it (this tab only)', () => {
    window.history.replaceState(null, '', '#token=s3cret');
    expect(bridgeUrlFromLocation(window.location)).toBe(`ws://${window.location.host}/bridge?token=s3cret`);
    unbind = bindAddress(window);
    expect(window.location.hash).toBe('#/bench');
    expect(window.location.href).not.toContain('s3cret');
    // A reload: the address has only the screen; the token comes from the tab's session storage.
    expect(bridgeUrlFromLocation(window.location)).toBe(`ws://${window.location.host}/bridge?token=s3cret`);
  });

  it('opens the screen and device the address names, writes each move, and follows back and forward', async () => {
    window.history.replaceState(null, '', '#/device/usb-1-4.2');
    const station = fakeStation({
      ...enrollmentAnswers().answers,
      listDevices: () => ({ ok: true, value: [deviceView()] }),
    });
    await connectStores(station.client);
    unbind = bindAddress(window);
    render(<App />);
    expect(useNav.getState()).toMatchObject({ view: 'device', deviceId: 'usb-1-4.2' });
    await userEvent.click(screen.getByRole('button', { name: 'Recovery' }));
    expect(window.location.hash).toBe('#/recovery');
    await userEvent.click(screen.getByRole('button', { name: 'Troubleshooting' }));
    expect(window.location.hash).toBe('#/help');
    act(() => window.history.back());
    await waitFor(() => expect(useNav.getState().view).toBe('recovery'));
    act(() => window.history.back());
    await waitFor(() => expect(useNav.getState()).toMatchObject({ view: 'device', deviceId: 'usb-1-4.2' }));
    act(() => window.history.forward());
    await waitFor(() => expect(useNav.getState().view).toBe('recovery'));
  });

  it('the skip link moves focus to the content and leaves the address alone', async () => {
    window.history.replaceState(null, '', '#/autopilot');
    const station = fakeStation({ ...enrollmentAnswers().answers });
    await connectStores(station.client);
    unbind = bindAddress(window);
    render(<App />);
    await userEvent.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(window.location.hash).toBe('#/autopilot');
    expect(document.activeElement?.id).toBe('main');
  });
});
