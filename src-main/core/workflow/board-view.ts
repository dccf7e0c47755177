import type { BatchBoardView, BatchCardView, ResumableBatch, TechActionView } from '../../shared/contract/batch.ts';
import { sayStoredError } from '../ledger/words.ts';
import type { BatchBoard, DeviceCard } from './board.ts';
import type { BatchRecord } from './store.ts';
import type { BatchSummary } from './summary.ts';
import type { TechAction } from './types.ts';

/**
 * The engine's board as the screen gets it: the simulator's moves stay on the station (the card only says whether
 * "Do it for me" can work), and each card carries the model for the button picture.
 */

export interface BoardExtras {
  autoFinish: boolean;
  simTech: boolean;
  record: BatchRecord;
  modelOf: (card: DeviceCard) => BatchCardView['model'];
}

export function actionView(a: TechAction | null): TechActionView | null {
  if (!a) return null;
  return {
    title: a.title,
    detail: a.detail,
    ...(a.chord ? { chord: a.chord } : {}),
    ...(a.deviceShould ? { deviceShould: a.deviceShould } : {}),
    ...(a.confirm ? { confirm: true } : {}),
    ...(a.scan ? { scan: a.scan } : {}),
  };
}

export function cardView(card: DeviceCard, model: BatchCardView['model']): BatchCardView {
  return {
    serial: card.serial,
    deviceId: card.deviceId,
    portPath: card.portPath,
    name: card.name,
    assetTag: card.assetTag,
    inManifest: card.inManifest,
    present: card.present,
    simulated: card.simulated,
    model,
    state: card.state,
    since: card.since,
    currentStep: card.currentStep,
    nextAction: actionView(card.nextAction),
    canSimulate: card.simulated && card.present && (card.nextAction?.sim?.length ?? 0) > 0,
    // Said again from its words, so a problem met before a language switch reads in the new language.
    error: card.error ? sayStoredError(card.error) : null,
    steps: card.steps,
    flags: card.flags,
  };
}

export function boardView(board: BatchBoard, extras: BoardExtras): BatchBoardView {
  return {
    batchId: board.batchId,
    profile: board.profile,
    state: board.state,
    counts: board.counts,
    cards: board.cards.map((c) => cardView(c, extras.modelOf(c))),
    techQueue: board.techQueue,
    awaitingScan: board.awaitingScan,
    autoFinish: extras.autoFinish,
    simTech: extras.simTech,
    packageName: extras.record.params.packageName,
    startedAt: extras.record.startedAt,
  };
}

export function resumableView(summary: BatchSummary): ResumableBatch | null {
  if (summary.state === 'finished') return null;
  return {
    batchId: summary.batchId,
    profile: summary.profile,
    state: summary.state,
    startedAt: summary.startedAt,
    tech: summary.tech,
    packageName: summary.packageName,
    counts: summary.counts,
  };
}
