import { i18n } from '../../i18n.ts';

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

/** The title of the end of a procedure, in the screens' language. */
export function outcomeTitle(outcome: ConfirmationSummary['outcome']): string {
  return i18n.t(`common:completion.${outcome}`);
}

/** The sentence under the title: how many steps the station confirmed, and what is left. */
export function outcomeText(s: ConfirmationSummary, total: number): string {
  const t = i18n.getFixedT(null, 'common');
  const seen =
    s.byStation.length === 0
      ? t('completion.seenNone')
      : s.byStation.length === total
        ? t('completion.seenAll')
        : t('completion.seenSome', { seen: s.byStation.length, total });
  if (s.outcome === 'unfinished') return t('completion.open', { seen, count: s.open.length });
  if (s.outcome === 'reported') return t('completion.told', { seen, count: s.byTech.length });
  return seen;
}
