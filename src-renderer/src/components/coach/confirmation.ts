/**
 * Who vouches for each step of a coached procedure: the station (it saw the result on USB) or the technician (a
 * tick). The end of a wizard says which, so a screen never claims what the station did not see.
 */
export type StepWitness = 'bus' | 'tech';

export interface ConfirmationSummary {
  /** Steps the station saw happen. */
  byStation: string[];
  /** Steps the technician ticked and the station could not see. */
  byTech: string[];
  /** Steps nobody marked done. */
  open: string[];
  /** 'confirmed': every step seen by the station; 'reported': all done, some only on the tech's word; 'unfinished'. */
  outcome: 'confirmed' | 'reported' | 'unfinished';
}

export function summariseConfirmation(
  steps: readonly { id: string; title: string }[],
  witness: Readonly<Record<string, StepWitness | undefined>>,
): ConfirmationSummary {
  const byStation = steps.filter((s) => witness[s.id] === 'bus').map((s) => s.title);
  const byTech = steps.filter((s) => witness[s.id] === 'tech').map((s) => s.title);
  const open = steps.filter((s) => witness[s.id] === undefined).map((s) => s.title);
  const outcome = open.length > 0 ? 'unfinished' : byTech.length > 0 ? 'reported' : 'confirmed';
  return { byStation, byTech, open, outcome };
}

export const OUTCOME_TITLE: Record<ConfirmationSummary['outcome'], string> = {
  confirmed: 'Done: the station saw every step',
  reported: 'Done, partly on your word',
  unfinished: 'Not finished',
};

/** The sentence under the title: how many steps the station confirmed, and what is left. */
export function outcomeText(s: ConfirmationSummary, total: number): string {
  const seen =
    s.byStation.length === 0
      ? 'The station confirmed none of the steps.'
      : s.byStation.length === total
        ? 'The station confirmed every step on USB.'
        : `The station confirmed ${s.byStation.length} of ${total} steps on USB.`;
  if (s.outcome === 'unfinished') {
    const left = s.open.length === 1 ? '1 step is not marked done' : `${s.open.length} steps are not marked done`;
    return `${seen} ${left}: go back to it, or start the procedure again.`;
  }
  if (s.outcome === 'reported') {
    const told = s.byTech.length === 1 ? '1 step is done' : `${s.byTech.length} steps are done`;
    return `${seen} ${told} on your word only: check the device shows what the last step expects.`;
  }
  return seen;
}
