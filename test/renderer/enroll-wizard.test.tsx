import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/src/App.tsx';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { enrollmentAnswers } from './enrollment-fakes.ts';
import { deviceView, fakeStation } from './fake-station.ts';

async function openWizardFromCard(known = { model: 'hololens2' as const, batteryPercent: 80 }) {
  const fake = enrollmentAnswers(known);
  const station = fakeStation({ ...fake.answers, listDevices: () => ({ ok: true, value: [deviceView()] }) });
  await connectStores(station.client);
  render(<App />);
  await userEvent.click(screen.getByRole('button', { name: 'Enroll: the device on port 1-4.2' }));
  await screen.findByRole('heading', { name: 'What kind of deployment is this?' });
  return { ...station, fake };
}

const lastCall = (calls: [string, unknown][], name: string) => calls.filter(([n]) => n === name).at(-1)?.[1];

describe('enrollment wizard', () => {
  it('says before any question that a set-up device needs a reset, with the way to Recovery', async () => {
    await openWizardFromCard({ model: 'hololens2', batteryPercent: 80, deviceState: 'set-up' } as never);
    const notice = await screen.findByRole('region', { name: 'This HoloLens has already finished setup' });
    await userEvent.click(within(notice).getByRole('button', { name: 'Reset it in Recovery' }));
    expect(await screen.findByRole('heading', { level: 2, name: /Recovery/ })).toBeTruthy();
  });

  it("offers the seed's three scenarios first, in its order, then a way out", async () => {
    await openWizardFromCard();
    const list = screen.getAllByRole('listitem').filter((li) => li.closest('.scenarios'));
    expect(list.map((li) => within(li).getByRole('button').querySelector('.scenario__title')?.textContent)).toEqual([
      'Shared devices, production',
      'Shared devices, pilot',
      'One user, proof of concept',
      'Something else',
    ]);
  });

  it('asks only what the device does not tell, and plans with the device facts merged in', async () => {
    const { calls } = await openWizardFromCard();
    await userEvent.click(screen.getByRole('button', { name: /Shared devices, production/ }));
    expect(await screen.findByText('Read from the device')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Which model?' })).toBeNull();
    expect(screen.queryByLabelText(/Battery, in %/)).toBeNull();
    const registered = screen.getByRole('group', { name: 'Is it registered for Autopilot with a profile assigned?' });
    await userEvent.click(within(registered).getByLabelText('Yes'));
    await userEvent.click(screen.getByRole('button', { name: 'Show the plan' }));
    await screen.findByRole('heading', { name: /^Autopilot/ });
    expect(lastCall(calls, 'planEnrollment')).toEqual({
      model: 'hololens2',
      batteryPercent: 80,
      users: 'multi',
      stage: 'production',
      identity: 'entra',
      autopilotRegistered: true,
    });
  });

  it('asks about a kiosk and 802.1X Wi-Fi, and the plan takes both into account', async () => {
    const { calls } = await openWizardFromCard();
    await userEvent.click(screen.getByRole('button', { name: /Shared devices, pilot/ }));
    const kiosk = await screen.findByRole('group', { name: 'Will it run as a kiosk?' });
    await userEvent.click(within(kiosk).getByLabelText('One app'));
    const wifi = screen.getByRole('group', {
      name: 'Is the only network at setup a Wi-Fi that needs certificates (802.1X)?',
    });
    await userEvent.click(within(wifi).getByLabelText('Yes'));
    await userEvent.click(screen.getByRole('button', { name: 'Show the plan' }));
    await screen.findByRole('heading', { name: /^Entra join during first setup/ });
    expect(lastCall(calls, 'planEnrollment')).toMatchObject({ kiosk: 'single-app', enterpriseWifi: true });
    const watch = screen.getByRole('region', { name: 'Watch out' });
    expect(watch.textContent).toContain('kiosk-after-enrollment');
    expect(watch.textContent).toContain('enterprise-wifi-needs-certificates');
    const guidance = await screen.findByRole('region', { name: 'Good to know for this plan' });
    expect(within(guidance).getByText('Kiosk mode (Assigned Access)')).toBeTruthy();
    expect(within(guidance).getByText('Certificates and enterprise (802.1X) Wi-Fi')).toBeTruthy();
  });

  it('shows the unenroll cost before anything is done, and folds "possible" warnings away from confirmed ones', async () => {
    await openWizardFromCard();
    await userEvent.click(screen.getByRole('button', { name: /Shared devices, production/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Show the plan' }));
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('Autopilot: this device can only be unenrolled by reset or reflash.');
    const watch = screen.getByRole('region', { name: 'Watch out' });
    expect(watch.textContent).toContain('device-owner-admin-only');
    expect(watch.textContent).not.toContain('autopilot-not-registered');
    const folded = screen.getByText(/could apply, because some facts are unknown/).closest('details')!;
    expect(folded.open).toBe(false);
    expect(folded.textContent).toContain('autopilot-not-registered');
  });

  it('a version name in the build field is refused on the page in plain words, never sent to the station', async () => {
    const { calls } = await openWizardFromCard();
    await userEvent.click(screen.getByRole('button', { name: /Shared devices, pilot/ }));
    const build = await screen.findByLabelText(/^OS build/);
    await userEvent.type(build, '2004');
    await userEvent.click(screen.getByRole('button', { name: 'Show the plan' }));
    expect(build.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText(/a build number like 19041.1103 or 10.0.19041.1128, not a version name like 2004/),
    ).toBeTruthy();
    expect(document.activeElement).toBe(build);
    expect(calls.filter(([n]) => n === 'planEnrollment')).toHaveLength(0);
    await userEvent.clear(build);
    await userEvent.type(build, '19041.1128');
    await userEvent.click(screen.getByRole('button', { name: 'Show the plan' }));
    await screen.findByRole('heading', { name: /^Entra join during first setup/ });
    expect(lastCall(calls, 'planEnrollment')).toMatchObject({ build: '19041.1128' });
  });

  it('a blocked plan names the blocker and cannot be started', async () => {
    await openWizardFromCard();
    await userEvent.click(screen.getByRole('button', { name: /Shared devices, production/ }));
    const registered = await screen.findByRole('group', {
      name: 'Is it registered for Autopilot with a profile assigned?',
    });
    await userEvent.click(within(registered).getByLabelText('No'));
    await userEvent.click(screen.getByRole('button', { name: 'Show the plan' }));
    const blockers = await screen.findByRole('region', { name: /Blocked: fix this first/ });
    expect(blockers.textContent).toContain('autopilot-not-registered');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Start the steps' }).disabled).toBe(true);
  });

  it('runs the steps one at a time, records each tick and the result', async () => {
    const { calls } = await openWizardFromCard();
    // Each main action moves focus to the new stage's heading, never to the page body.
    const focusedHeading = () => (document.activeElement?.tagName === 'H3' ? document.activeElement.textContent : null);
    await userEvent.click(screen.getByRole('button', { name: /Shared devices, pilot/ }));
    expect(focusedHeading()).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'Show the plan' }));
    expect(focusedHeading()).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'Start the steps' }));
    expect(focusedHeading()).toBe(document.querySelector('.step__title')?.textContent);
    expect(lastCall(calls, 'startEnrollmentRun')).toMatchObject({ deviceId: 'usb-1-4.2', facts: { users: 'multi' } });
    const steps = screen.getByRole('navigation', { name: 'Steps' });
    const total = within(steps).getAllByRole('listitem').length;
    for (let i = 0; i < total; i++) {
      expect(screen.getByText(`Step ${i + 1} of ${total}`)).toBeTruthy();
      await userEvent.click(screen.getByRole('checkbox', { name: /^Done:/ }));
      if (i < total - 1) await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    }
    expect(calls.filter(([n]) => n === 'recordEnrollmentStep')).toHaveLength(total);
    expect(screen.getByText(`${total} of ${total} done`)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Enrolled: record it' }));
    expect(await screen.findByText('Recorded in the ledger.')).toBeTruthy();
    // The station saw none of it: the result says so, and focus lands on it.
    const result = screen.getByRole('heading', { name: 'Enrolled, as you reported' });
    expect(document.activeElement).toBe(result);
    expect(screen.getByText(/confirmed none of these steps: each one is done on your word/)).toBeTruthy();
    expect(lastCall(calls, 'finishEnrollmentRun')).toEqual({ runId: 1, result: 'enrolled' });
    expect(screen.getByText('Ada')).toBeTruthy();
    // Going again for the same device: the earlier enrollment is pointed out (a reuse risks 0x80180014).
    await userEvent.click(screen.getByRole('button', { name: 'Start again for this device' }));
    const before = await screen.findByRole('region', { name: 'This device was enrolled here before' });
    expect(before.textContent).toContain('entra-oobe, enrolled, by Ada');
    expect(before.textContent).toContain('0x80180014');
  });

  it('Back on the first step is disabled; jumping to a step from the list works by keyboard', async () => {
    await openWizardFromCard();
    await userEvent.click(screen.getByRole('button', { name: /Shared devices, pilot/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Show the plan' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Start the steps' }));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Back' }).disabled).toBe(true);
    const third = within(screen.getByRole('navigation', { name: 'Steps' })).getAllByRole('button')[2]!;
    third.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText(/^Step 3 of/)).toBeTruthy();
    expect(third.getAttribute('aria-current')).toBe('step');
  });

  it('a station refusal is shown plainly, never swallowed', async () => {
    const fake = enrollmentAnswers();
    const station = fakeStation({
      ...fake.answers,
      listDevices: () => ({ ok: true, value: [deviceView()] }),
      startEnrollmentRun: () => ({
        ok: false,
        error: { code: 'plan-blocked', title: 'The plan is blocked', message: 'Fix these first: no license.' },
      }),
    });
    await connectStores(station.client);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Enroll: the device on port 1-4.2' }));
    await userEvent.click(await screen.findByRole('button', { name: /Shared devices, pilot/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Show the plan' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Start the steps' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Fix these first: no license.');
  });
});
