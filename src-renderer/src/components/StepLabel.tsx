import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type StepState = 'done' | 'now' | 'todo';

/** Where a step of a list stands, from its index and the index of the step in hand. */
export function stepState(index: number, at: number): StepState {
  return index < at ? 'done' : index === at ? 'now' : 'todo';
}

/**
 * A step in a wizard's list of steps: a drawn tick or number, which screen readers skip, the step's name, and
 * its state in words for screen readers. The step in hand says so through aria-current="step" on its item (read
 * as "current step"), so only done and not-yet steps carry words here.
 */
export function StepLabel({
  state,
  number,
  markClass,
  children,
}: {
  state: StepState;
  number: number;
  markClass?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <>
      <span className={markClass} aria-hidden="true">
        {state === 'done' ? '✓' : number}
      </span>{' '}
      {children}
      {state !== 'now' && <span className="sr-only"> {t(state === 'done' ? 'steps.doneNote' : 'steps.todoNote')}</span>}
    </>
  );
}
