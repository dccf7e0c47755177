import {
  UPLOAD_JOB_KIND,
  UploadSettings,
  type AutopilotStatus,
  type UploadStartResult,
} from '../../shared/contract/autopilot.ts';
import type { JobView } from '../../shared/contract/jobs.ts';
import type { JobRunner } from '../jobs.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { PublicClientLike, TokenProvider } from './auth.ts';
import { AutopilotGraphClient } from './graph-client.ts';
import { GRAPH_CLOUDS, parseGraphRoot, tokenDestination } from './graph-cloud.ts';
import { tokensForAction } from './graph-permissions.ts';
import type { Logger } from './redact.ts';
import type { SecretStore } from './secret-store.ts';
import { SignInSession, signInKey } from './sign-in-session.ts';
import type { AutopilotStore } from './store.ts';
import { enqueueLatestHarvests, isGraphReachable, processQueue } from './upload-queue.ts';
import { say } from '../language.ts';

/**
 * The Intune upload as the station runs it: settings kept in the ledger (never a secret), one sign-in per
 * tenant and app (device code for a tech; the code goes to the UI through status events), the offline queue and,
 * when asked to watch, a modest connectivity check that sends the queue once the station is online again.
 */

export interface UploadOptions {
  /** Overrides the cloud's Graph root (tests, --graph-base). */
  graphBase?: string;
  /** The one non-Microsoft host the technician confirmed for graphBase (--allow-graph-host). */
  allowGraphHost?: string;
  /** Where the upload says what it does; every line is redacted first (tokens never reach it). */
  log?: Logger;
  /** A ready token provider instead of the device-code sign-in (CLI credentials, tests). */
  tokens?: TokenProvider;
  /** Stands in for MSAL's public client in the device-code sign-in (tests, training). */
  signInApp?: PublicClientLike;
  /** How long between import status reads. */
  graphPollIntervalMs?: number;
  /** Check the connection every connectivityIntervalMs and send the queue when online. Off unless asked. */
  watchConnectivity?: boolean;
  connectivityIntervalMs?: number;
}

export interface UploadDeps {
  ledger: Ledger;
  store: AutopilotStore;
  jobs: JobRunner;
  secretStore: SecretStore;
  options: UploadOptions;
  /** Something changed that the status shows; `lists` when uploads changed in the ledger too. */
  changed: (lists?: boolean) => void;
}

const SETTINGS_KEY = 'autopilot-upload';
export const DEFAULT_CONNECTIVITY_MS = 60_000;

export class AutopilotUploads {
  private readonly deps: UploadDeps;
  private readonly session: SignInSession;
  private online: boolean | null = null;
  private checkedAt: string | null = null;
  private jobId: string | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private options: UploadOptions;

  constructor(deps: UploadDeps) {
    this.deps = deps;
    this.options = { ...deps.options };
    this.session = new SignInSession({
      secretStore: deps.secretStore,
      settings: () => this.settings(),
      given: () => this.options.tokens,
      app: () => this.options.signInApp,
      changed: () => deps.changed(),
    });
    if (this.options.watchConnectivity) this.watch(this.options.connectivityIntervalMs ?? DEFAULT_CONNECTIVITY_MS);
  }

  /** Credentials and address for this run (the CLI builds them from its flags after reading the settings). */
  configure(
    patch: Pick<UploadOptions, 'tokens' | 'graphBase' | 'allowGraphHost' | 'graphPollIntervalMs' | 'log'>,
  ): void {
    this.options = { ...this.options, ...patch };
    if (patch.tokens) this.session.given();
  }

  settings(): UploadSettings {
    const parsed = UploadSettings.safeParse(this.deps.ledger.getSetting(SETTINGS_KEY) ?? {});
    return parsed.success ? parsed.data : UploadSettings.parse({});
  }

  saveSettings(patch: Partial<UploadSettings>): UploadSettings {
    const before = this.settings();
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = UploadSettings.parse({ ...before, ...defined });
    this.deps.ledger.setSetting(SETTINGS_KEY, next);
    if (signInKey(next) !== signInKey(before)) this.session.forget();
    this.deps.changed();
    return next;
  }

  /**
   * The sign-in and Graph address the Intune side (core/intune) shares with the upload, or null while the upload
   * is not set up (no credentials given, no tenant and app saved).
   */
  graphAccess(): {
    tokens: TokenProvider;
    cloud: UploadSettings['cloud'];
    graphBase: string | undefined;
    allowGraphHost: string | undefined;
  } | null {
    let tokens: TokenProvider;
    try {
      tokens = this.session.tokens();
    } catch {
      return null;
    }
    return {
      tokens,
      cloud: this.settings().cloud,
      graphBase: this.options.graphBase,
      allowGraphHost: this.options.allowGraphHost,
    };
  }

  graphRoot(): string {
    return this.options.graphBase
      ? parseGraphRoot(this.options.graphBase, this.options.allowGraphHost)
      : GRAPH_CLOUDS[this.settings().cloud].graphRoot;
  }

  status(revision: number, seq: number): AutopilotStatus {
    const queue = { queued: 0, sending: 0, submitted: 0, complete: 0, error: 0 };
    for (const u of this.deps.store.listUploads()) queue[u.state] += 1;
    return {
      revision,
      seq,
      online: this.online,
      checkedAt: this.checkedAt,
      watching: this.timer !== null,
      graphRoot: this.graphRoot(),
      tokenDestination: tokenDestination(this.graphRoot()),
      signIn: this.session.state,
      queue,
      uploadJobId: this.jobId,
    };
  }

  signIn(): void {
    this.session.start();
  }

  cancelSignIn(): void {
    this.session.cancel();
  }

  signOut(): Promise<void> {
    return this.session.signOut();
  }

  /** Reads whether Graph answers; when watching and online, sends what is queued. */
  async checkOnline(drain = true): Promise<boolean> {
    const online = await isGraphReachable(this.graphRoot());
    this.online = online;
    this.checkedAt = this.deps.ledger.stamp();
    this.deps.changed();
    if (online && drain && this.canSendUnattended() && this.waiting() > 0) this.startJob();
    return online;
  }

  /** Queues the latest harvests (or the given serials), then sends them now if the station is online. */
  async upload(input: {
    serialNumbers?: string[];
    groupTag?: string;
    assignedUser?: string;
  }): Promise<{ result: UploadStartResult; done: Promise<JobView> | null }> {
    const s = this.settings();
    const summary = enqueueLatestHarvests(this.deps.store, {
      serialNumbers: input.serialNumbers,
      groupTag: input.groupTag ?? s.groupTag,
      assignedUser: input.assignedUser ?? s.assignedUser,
    });
    this.deps.changed(true);
    const base = {
      queued: summary.queued.length,
      alreadyQueued: summary.alreadyActive.length,
      skipped: summary.skipped,
    };
    const waiting = this.waiting();
    if (waiting === 0) {
      return {
        result: { ...base, offline: false, job: null, message: say('station-work:upload.nothing') },
        done: null,
      };
    }
    this.session.tokens(); // says what is missing before anything is sent
    if (!(await this.checkOnline(false))) {
      const message = say('station-work:upload.offline', { count: waiting });
      return { result: { ...base, offline: true, job: null, message }, done: null };
    }
    const started = this.startJob();
    return {
      result: {
        ...base,
        offline: false,
        job: started.view,
        message: say('station-work:upload.uploading', { count: waiting }),
      },
      done: started.done,
    };
  }

  watch(intervalMs: number): void {
    this.stopWatching();
    // Only a station with uploads waiting asks the network; the others stay quiet.
    const tick = () => {
      if (this.waiting() > 0) void this.checkOnline().catch(() => undefined);
    };
    this.timer = setInterval(tick, Math.max(50, intervalMs));
    this.timer.unref?.();
  }

  stopWatching(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  close(): void {
    this.stopWatching();
    this.session.close();
  }

  private waiting(): number {
    return this.deps.store.listUploads({ states: ['queued', 'sending', 'submitted'] }).length;
  }

  private canSendUnattended(): boolean {
    return this.options.tokens !== undefined || this.session.state.state === 'signed-in';
  }

  private startJob(): { view: JobView; done: Promise<JobView> } {
    const running = this.jobId ? this.deps.jobs.get(this.jobId) : undefined;
    if (running?.state === 'running') return { view: running, done: Promise.resolve(running) };
    const tokens = tokensForAction(this.session.tokens(), 'autopilot-upload');
    const started = this.deps.jobs.start(
      { kind: UPLOAD_JOB_KIND, title: say('station-work:upload.jobTitle'), deviceId: null },
      async (control) => {
        const client = new AutopilotGraphClient({
          cloud: this.settings().cloud,
          graphBase: this.options.graphBase,
          allowGraphHost: this.options.allowGraphHost,
          tokens,
          log: this.options.log,
          pollIntervalMs: this.options.graphPollIntervalMs,
        });
        control.say(say('station-work:upload.sending'));
        const report = await processQueue({
          store: this.deps.store,
          client,
          log: this.options.log,
          online: () => isGraphReachable(this.graphRoot()),
          onResult: (r) => {
            control.say(r.message);
            this.deps.changed(true);
          },
        });
        if (report.interruptedBy) control.say(say('station-work:upload.interrupted', { ...report.interruptedBy }));
        else control.say(uploadSummary(report.counts));
        return {
          ...report.counts,
          offline: report.offline,
          interrupted: report.interruptedBy ?? null,
          results: report.results.map((r) => ({ ...r })),
        };
      },
    );
    this.jobId = started.view.id;
    const done = started.done.finally(() => {
      if (this.jobId === started.view.id) this.jobId = null;
      this.deps.changed(true);
    });
    this.deps.changed();
    return { view: started.view, done };
  }
}

export function uploadSummary(c: { complete: number; error: number; pending: number; failedToSubmit: number }): string {
  const parts = [say('station-work:upload.registered', { count: c.complete })];
  if (c.error) parts.push(say('station-work:upload.refused', { count: c.error }));
  if (c.pending) parts.push(say('station-work:upload.importing', { count: c.pending }));
  if (c.failedToSubmit) parts.push(say('station-work:upload.notSent', { count: c.failedToSubmit }));
  return say('station-work:upload.summary', { parts: parts.join(', ') });
}
