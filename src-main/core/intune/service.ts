import { StationError } from '../../shared/errors.ts';
import { isGraphReachable } from '../autopilot/upload-queue.ts';
import { checkAssignedUser, checkGroupTag } from '../autopilot/values.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { runCleanup, type CleanupInput, type CleanupReport } from './cleanup-run.ts';
import type { IntuneGraph } from './graph-intune.ts';
import { checkSerial, requests } from './graph-requests.ts';
import { lookUpSerial, type SerialStatus } from './status.ts';
import { IntuneStore } from './store.ts';
import { say } from '../language.ts';

/**
 * The Intune side of the station for one Graph sign-in: status by serial, clean-ups and wipes, group tag and
 * assigned user. Every request is recorded in the ledger against its serial. Offline is checked once up front
 * (a HEAD to the Graph root), so a bench without network answers "unknown (offline)" at once instead of after
 * the retries.
 */

export interface IntuneServiceDeps {
  ledger: Ledger;
  graph: IntuneGraph;
  /** Overrides the reachability check (tests). */
  online?: () => Promise<boolean>;
}

export interface TagResult {
  serial: string;
  ok: boolean;
  /** The Autopilot identities changed. */
  ids: string[];
  groupTag?: string;
  assignedUser?: string;
  message: string;
}

export class IntuneService {
  readonly store: IntuneStore;
  private readonly deps: IntuneServiceDeps;

  constructor(deps: IntuneServiceDeps) {
    this.deps = deps;
    this.store = new IntuneStore(deps.ledger);
  }

  online(): Promise<boolean> {
    return this.deps.online ? this.deps.online() : isGraphReachable(this.deps.graph.root);
  }

  /** Status of each serial, in the order given; offline, each one is "unknown (offline)" with no records. */
  async status(serials: readonly string[]): Promise<SerialStatus[]> {
    const checked = serials.map(checkSerial);
    const now = () => this.deps.ledger.now();
    if (!(await this.online())) return checked.map(offlineStatus);
    const graph = this.deps.graph.forAction('intune-status');
    const out: SerialStatus[] = [];
    for (const serial of checked) {
      const stop = graph.recordTo((e) => this.store.recordExchange(serial, null, e));
      try {
        out.push(await lookUpSerial(graph, serial, now));
      } finally {
        stop();
      }
    }
    return out;
  }

  /**
   * Whether one serial is in Intune yet, for confirming an enrollment: only its Intune record is read (one request,
   * one permission), not the Autopilot and Entra records a status shows.
   */
  async enrollment(serialIn: string): Promise<SerialStatus> {
    const serial = checkSerial(serialIn);
    if (!(await this.online())) return offlineStatus(serial);
    const graph = this.deps.graph.forAction('verify-enrolled');
    const stop = graph.recordTo((e) => this.store.recordExchange(serial, null, e));
    try {
      return await lookUpSerial(graph, serial, () => this.deps.ledger.now(), 'intune-only');
    } finally {
      stop();
    }
  }

  async cleanup(input: CleanupInput): Promise<CleanupReport> {
    const serial = checkSerial(input.serial);
    if (!(await this.online())) {
      throw new StationError(
        'intune-offline',
        say('station-work:intune.offline.title'),
        say('station-work:intune.offline.cleanup', { serial }),
      );
    }
    return runCleanup(
      { graph: this.deps.graph, store: this.store, now: () => this.deps.ledger.now() },
      { ...input, serial },
    );
  }

  /** Asks Intune for a check-in of the current managed device of this serial (where it speeds up enrollment). */
  async sync(serial: string, managedDeviceId: string): Promise<void> {
    const graph = this.deps.graph.forAction('verify-enrolled');
    const stop = graph.recordTo((e) => this.store.recordExchange(serial, null, e));
    try {
      await graph.act(requests.syncDevice(managedDeviceId));
    } finally {
      stop();
    }
  }

  /** Sets the group tag and/or assigned user on the serial's Autopilot identity (updateDeviceProperties). */
  async tag(serialIn: string, values: { groupTag?: string; assignedUser?: string }): Promise<TagResult> {
    const serial = checkSerial(serialIn);
    const groupTag = values.groupTag?.trim();
    const assignedUser = values.assignedUser?.trim();
    const problem =
      (groupTag !== undefined ? checkGroupTag(groupTag) : null) ??
      (assignedUser !== undefined && assignedUser !== '' ? checkAssignedUser(assignedUser) : null);
    if (problem) throw new StationError('usage', say('station-work:intune.wrongValue.title'), problem);
    if (groupTag === undefined && assignedUser === undefined) {
      throw new StationError(
        'usage',
        say('station-work:intune.nothingToChange.title'),
        say('station-work:intune.nothingToChange.message'),
      );
    }
    if (!(await this.online())) {
      throw new StationError(
        'intune-offline',
        say('station-work:intune.offline.title'),
        say('station-work:intune.offline.tag', { serial }),
      );
    }
    const graph = this.deps.graph.forAction('intune-tag');
    const stop = graph.recordTo((e) => this.store.recordExchange(serial, null, e));
    try {
      const identities = await graph.autopilotIdentities(serial);
      if (identities.length === 0) {
        return { serial, ok: false, ids: [], message: say('station-work:intune.tag.notRegistered', { serial }) };
      }
      for (const a of identities) {
        await graph.act(requests.updateDeviceProperties(a.id, { groupTag, userPrincipalName: assignedUser }));
      }
      // One whole sentence for each combination of what was set.
      const user = assignedUser === undefined ? '' : assignedUser ? 'User' : 'NoUser';
      const key = groupTag !== undefined ? `tag${user}` : user === 'User' ? 'user' : 'noUser';
      return {
        serial,
        ok: true,
        ids: identities.map((a) => a.id),
        ...(groupTag !== undefined ? { groupTag } : {}),
        ...(assignedUser !== undefined ? { assignedUser } : {}),
        message: say(`station-work:intune.tag.${key}`, { serial, tag: groupTag, user: assignedUser }),
      };
    } finally {
      stop();
    }
  }
}

export function offlineStatus(serial: string): SerialStatus {
  return {
    serial,
    state: 'unknown-offline',
    label: say('station-work:intune.label.offline'),
    compliant: null,
    duplicates: false,
    intune: [],
    autopilot: [],
    entra: [],
    checkedAt: null,
    error: {
      code: 'graph-unreachable',
      title: say('station-work:intune.unreachable.title'),
      message: say('station-work:intune.unreachable.message'),
    },
  };
}
