import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoloLensPicture } from '../../src-renderer/src/components/coach/HoloLensPicture.tsx';
import { LedStrip } from '../../src-renderer/src/components/coach/LedStrip.tsx';
import { StepPanel } from '../../src-renderer/src/components/coach/StepPanel.tsx';
import type { Step } from '../../src-main/shared/contract/enrollment.ts';

const HOLD: Step = {
  id: 'hold-power',
  title: 'Hold Power for 15 seconds',
  action: 'Press and hold Power for 15 seconds, then let go.',
  expect: 'All five lights are off.',
  chord: { buttons: ['power'], kind: 'hold', seconds: 15 },
  where: 'device',
};

const live = () => document.querySelector('.timer [aria-live]')!.textContent;
const count = () => screen.getByRole('timer').textContent;
const tick = (seconds: number) =>
  act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });

describe('step runner: one step, big and plain', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows what to do, what the device should show, and the chord lit on the picture', () => {
    render(<StepPanel step={HOLD} model="hololens2" index={1} total={6} done={false} onDoneChange={() => undefined} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Hold Power for 15 seconds');
    expect(screen.getByText('Step 2 of 6')).toBeTruthy();
    expect(screen.getByText('The device should show')).toBeTruthy();
    expect(screen.getByText('All five lights are off.')).toBeTruthy();
    const picture = screen.getByRole('img', { name: 'HoloLens 2 seen from above: Hold Power for 15 seconds' });
    expect(picture.querySelector('.hl-btn--lit.hl-btn--hold')).not.toBeNull();
  });

  it('"hold Power: 15 s" counts down, pauses, resumes and says when to let go', () => {
    render(<StepPanel step={HOLD} model="hololens2" index={0} total={1} done={false} onDoneChange={() => undefined} />);
    expect(screen.getByRole('group', { name: 'Hold Power timer' })).toBeTruthy();
    expect(count()).toBe('15 s');
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    expect(live()).toBe('Started. Hold Power: 15 seconds.');
    tick(5);
    expect(count()).toBe('10 s');
    expect(live()).toBe('Hold Power: 10 seconds left');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    tick(3);
    expect(count()).toBe('10 s');
    expect(live()).toBe('Paused with 10 seconds left.');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    tick(10);
    expect(count()).toBe('Let go');
    expect(live()).toBe('Time is up: let go of the buttons.');
    expect(screen.getByRole('button', { name: 'Start again' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(count()).toBe('15 s');
  });

  it('the timer is driven by the keyboard: Tab to it, Enter starts it, Space pauses it', async () => {
    // Only the countdown's interval is faked: user-event and React's act wait on real timeouts.
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const user = userEvent.setup();
    render(<StepPanel step={HOLD} model="hololens2" index={0} total={1} done={false} onDoneChange={() => undefined} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start timer' }));
    await user.keyboard('{Enter}');
    tick(2);
    expect(count()).toBe('13 s');
    expect(document.activeElement?.textContent).toBe('Pause');
    await user.keyboard(' ');
    tick(5);
    expect(count()).toBe('13 s');
  });

  it('a wait step counts minutes and seconds', () => {
    const wait: Step = { id: 'wait', title: 'Wait', action: 'Leave it.', expect: 'Setup starts.', timerSeconds: 1800 };
    render(<StepPanel step={wait} model={null} index={0} total={1} done={false} onDoneChange={() => undefined} />);
    expect(count()).toBe('30:00');
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    tick(61);
    expect(count()).toBe('28:59');
  });

  it('a new step starts a fresh timer', () => {
    const { rerender } = render(
      <StepPanel step={HOLD} model="hololens2" index={0} total={2} done={false} onDoneChange={() => undefined} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    tick(4);
    const next: Step = {
      ...HOLD,
      id: 'hold-volume-down-power',
      chord: { buttons: ['volume-down', 'power'], kind: 'hold', seconds: 15 },
    };
    rerender(
      <StepPanel step={next} model="hololens2" index={1} total={2} done={false} onDoneChange={() => undefined} />,
    );
    expect(count()).toBe('15 s');
    expect(screen.getByRole('group', { name: 'Hold Volume Down + Power timer' })).toBeTruthy();
  });

  it('the done check reports its new state', () => {
    const changes: boolean[] = [];
    render(
      <StepPanel
        step={HOLD}
        model="hololens2"
        index={0}
        total={1}
        done={false}
        onDoneChange={(d) => changes.push(d)}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Done: Hold Power for 15 seconds' }));
    expect(changes).toEqual([true]);
  });
});

describe('coaching pictures', () => {
  it('flashing mode: Volume Up held, Power tapped at the start, both lit and named', () => {
    render(
      <HoloLensPicture
        model="hololens2"
        chord={{ buttons: ['volume-up'], kind: 'hold', seconds: 15, tapAtStart: ['power'] }}
        leds={[false, false, true, false, false]}
      />,
    );
    const svg = screen.getByRole('img', {
      name: 'HoloLens 2 seen from above: Hold Volume Up for 15 seconds, and press Power once at the start',
    });
    expect(svg.querySelectorAll('.hl-btn--lit')).toHaveLength(2);
    expect(svg.querySelectorAll('.hl-btn--hold')).toHaveLength(1);
    expect(svg.querySelectorAll('.hl-btn--press')).toHaveLength(1);
    expect(svg.querySelectorAll('.hl-led--on')).toHaveLength(1);
  });

  it('the LED strip shows a charging light pulsing, and plays a counted pattern then goes dark', () => {
    vi.useFakeTimers();
    const { unmount } = render(
      <LedStrip animation={{ frames: [['on', 'on', 'pulse', 'off', 'off']], frameMs: 2000 }} label="Charging" />,
    );
    expect(document.querySelectorAll('.hl-led--pulse')).toHaveLength(1);
    expect(document.querySelectorAll('.hl-led--on')).toHaveLength(2);
    unmount();
    render(
      <LedStrip
        animation={{
          frames: [
            [true, true, true, true, true],
            [false, false, false, false, false],
          ],
          frameMs: [300, 300],
          repeat: 5,
        }}
        label="All five flash five times"
      />,
    );
    expect(document.querySelectorAll('.hl-led--on')).toHaveLength(5);
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(document.querySelectorAll('.hl-led--on')).toHaveLength(0);
    // Ten frames (five flashes), then a dark pause, then it starts over.
    for (let i = 1; i < 10; i++)
      act(() => {
        vi.advanceTimersByTime(300);
      });
    expect(document.querySelectorAll('.hl-led--on')).toHaveLength(0);
    act(() => {
      vi.advanceTimersByTime(1500);
    });
    expect(document.querySelectorAll('.hl-led--on')).toHaveLength(5);
    vi.useRealTimers();
  });
});
