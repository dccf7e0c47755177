import { z } from 'zod';
import { StationError, toErrorInfo, type ErrorInfo } from '../../shared/errors.ts';
import { GRAPH_CLOUDS, parseGraphRoot, type GraphCloudName } from './graph-cloud.ts';
import { GraphHttp, GraphUnconfirmed, isTransientGraphError, type GraphHttpOptions } from './graph-http.ts';
import {
  IdentitySchema,
  ImportResponseSchema,
  resultFromIdentity,
  type DeviceImportResult,
  type Identity,
  type ImportDevice,
  type ImportOutcome,
  type SubmittedImport,
} from './import-result.ts';
import { checkDevice, normalizeDevice, type AutopilotDeviceRecord } from './values.ts';

export type {
  DeviceImportResult,
  DeviceUploadStatus,
  ImportDevice,
  ImportOutcome,
  ImportStatus,
  SubmittedImport,
} from './import-result.ts';
import { say } from '../language.ts';
export { resultFromIdentity } from './import-result.ts';

/**
 * Imports devices into Windows Autopilot through Microsoft Graph (importedWindowsAutopilotDeviceIdentities: the
 * `import` action for batches, then GET per device until its state is complete or error), and reports the outcome
 * per device. Devices Graph never confirmed are `failed-to-submit`; `retryable` tells the queue whether to keep them.
 */

export interface AutopilotGraphClientOptions extends Omit<GraphHttpOptions, 'baseUrl'> {
  cloud?: GraphCloudName;
  /** Overrides the cloud's Graph root (tests, --graph-base); https, or http to 127.0.0.1 only. */
  graphBase?: string;
  /** The one non-Microsoft host confirmed for graphBase (--allow-graph-host). */
  allowGraphHost?: string;
  apiVersion?: 'v1.0' | 'beta';
  /** Devices per import request. Graph documents no limit; 100 keeps bodies near 0.6 MB (UNVERIFIED limit). */
  batchSize?: number;
  pollIntervalMs?: number;
  pollTimeoutMs?: number;
  /** What goes in productKey. Graph calls it a product key, not the product ID; proven tools send ''. */
  productKey?: 'empty' | 'product-id';
}

export const DEFAULT_BATCH_SIZE = 100;
/** Pages of the import list read to find out what an unconfirmed import did (Graph pages by 1000 at most). */
const MAX_LIST_PAGES = 50;
/** Import POSTs for one chunk whose answer was lost, each only after the listing showed it was not imported. */
const UNCONFIRMED_RESENDS = 3;
const ListSchema = z.object({ value: z.array(IdentitySchema), '@odata.nextLink': z.string().optional() });
export const MAX_BATCH_SIZE = 500;
const COLLECTION = '/deviceManagement/importedWindowsAutopilotDeviceIdentities';

export class AutopilotGraphClient {
  readonly http: GraphHttp;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly pollTimeoutMs: number;
  private readonly productKey: 'empty' | 'product-id';
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(options: AutopilotGraphClientOptions) {
    const root = options.graphBase
      ? parseGraphRoot(options.graphBase, options.allowGraphHost)
      : GRAPH_CLOUDS[options.cloud ?? 'global'].graphRoot;
    this.http = new GraphHttp({ ...options, baseUrl: `${root}/${options.apiVersion ?? 'v1.0'}` });
    this.batchSize = Math.min(MAX_BATCH_SIZE, Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE));
    this.pollIntervalMs = options.pollIntervalMs ?? 15_000;
    this.pollTimeoutMs = options.pollTimeoutMs ?? 10 * 60_000;
    this.productKey = options.productKey ?? 'empty';
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = options.now ?? Date.now;
  }

  /** Sends the devices in batches. Invalid devices are reported without being sent. */
  async submit(devices: readonly ImportDevice[]): Promise<ImportOutcome> {
    const results: DeviceImportResult[] = [];
    const valid: Required<AutopilotDeviceRecord>[] = [];
    const seen = new Set<string>();
    devices.forEach((raw, i) => {
      const d = normalizeDevice(raw);
      const problems = checkDevice(d, i + 1);
      const key = d.serialNumber.toUpperCase();
      if (problems.length > 0 || seen.has(key)) {
        const message = problems.map((p) => p.message).join(' ') || `${d.serialNumber} is listed twice; sent once.`;
        results.push({ serialNumber: d.serialNumber, status: 'failed-to-submit', retryable: false, message });
        return;
      }
      seen.add(key);
      valid.push(d);
    });
    for (let start = 0; start < valid.length; start += this.batchSize) {
      const chunk = valid.slice(start, start + this.batchSize);
      try {
        results.push(...(await this.postChunk(chunk)));
      } catch (error) {
        const partial = error instanceof ChunkInterrupted ? error.partial : [];
        const info = toErrorInfo(error instanceof ChunkInterrupted ? error.cause : error);
        const answered = new Set(partial.map((r) => r.serialNumber));
        const unsent = valid
          .slice(start)
          .filter((d) => !answered.has(d.serialNumber))
          .map((d) => ({
            serialNumber: d.serialNumber,
            status: 'failed-to-submit' as const,
            retryable: true,
            message: `Not sent: ${info.message}`,
          }));
        return { results: [...results, ...partial, ...unsent], interruptedBy: info };
      }
    }
    return { results };
  }

  // Graph answers 400 for the whole batch when one device is bad, and 413 when the body is too large: halve the
  // batch until the bad device stands alone, so one broken hash never blocks the others.
  private async postChunk(
    chunk: Required<AutopilotDeviceRecord>[],
    sendsLeft = UNCONFIRMED_RESENDS,
  ): Promise<DeviceImportResult[]> {
    let response: Awaited<ReturnType<GraphHttp['request']>>;
    try {
      response = await this.http.request(
        'POST',
        `${COLLECTION}/import`,
        { importedWindowsAutopilotDeviceIdentities: chunk.map((d) => this.identityBody(d)) },
        { resendable: false },
      );
    } catch (error) {
      if (!(error instanceof GraphUnconfirmed)) throw error;
      return this.afterUnconfirmedImport(chunk, error, sendsLeft);
    }
    if ((response.status === 400 || response.status === 413) && chunk.length > 1) {
      const half = Math.ceil(chunk.length / 2);
      const first = await this.postChunk(chunk.slice(0, half));
      try {
        return [...first, ...(await this.postChunk(chunk.slice(half)))];
      } catch (error) {
        // The first half is in Intune already: report it, or a retry would import it twice.
        if (error instanceof ChunkInterrupted) throw new ChunkInterrupted([...first, ...error.partial], error.cause);
        throw new ChunkInterrupted(first, error);
      }
    }
    if (response.status === 400 || response.status === 413) {
      const [d] = chunk;
      return d
        ? [
            {
              serialNumber: d.serialNumber,
              status: 'failed-to-submit',
              retryable: false,
              message: `Graph rejected ${d.serialNumber}: ${this.http.errorText(response.body)}.`,
            },
          ]
        : [];
    }
    if (response.status < 200 || response.status > 299)
      throw rejected(response.status, this.http.errorText(response.body));
    const parsed = ImportResponseSchema.safeParse(response.body);
    if (!parsed.success) throw rejected(response.status, 'an answer the station does not understand');
    const bySerial = new Map(parsed.data.value.map((v) => [(v.serialNumber ?? '').toUpperCase(), v]));
    return chunk.map((d): DeviceImportResult => {
      const identity = bySerial.get(d.serialNumber.toUpperCase());
      if (!identity?.id) {
        return {
          serialNumber: d.serialNumber,
          status: 'failed-to-submit',
          retryable: true,
          message: `Graph did not confirm ${d.serialNumber}; it stays queued.`,
        };
      }
      return resultFromIdentity(d.serialNumber, identity);
    });
  }

  /**
   * The import POST got no clear answer, so Graph may have imported some or all of the chunk. Read what Intune
   * lists before sending anything again: listed devices are followed like any import; only the others are sent
   * again (a few times at most, then they stay queued). When even the listing cannot be read, nothing is re-sent
   * automatically: the technician checks first, because a second import of the same hash is what this avoids.
   */
  private async afterUnconfirmedImport(
    chunk: Required<AutopilotDeviceRecord>[],
    unconfirmed: GraphUnconfirmed,
    sendsLeft: number,
  ): Promise<DeviceImportResult[]> {
    let listed: Map<string, Identity>;
    try {
      listed = await this.listImported();
    } catch (error) {
      const unknown = chunk.map((d): DeviceImportResult => ({
        serialNumber: d.serialNumber,
        status: 'failed-to-submit',
        retryable: false,
        message: `The import of ${d.serialNumber} may have reached Intune, and the station could not check. Look for it under Windows Autopilot devices before uploading it again.`,
      }));
      throw new ChunkInterrupted(unknown, error instanceof StationError ? error : unconfirmed);
    }
    const missing = chunk.filter((d) => !listed.get(d.serialNumber.toUpperCase())?.id);
    const again = missing.length > 0 && sendsLeft > 1 ? await this.postChunk(missing, sendsLeft - 1) : [];
    const resent = new Map(again.map((r) => [r.serialNumber, r]));
    return chunk.map((d): DeviceImportResult => {
      const identity = listed.get(d.serialNumber.toUpperCase());
      if (identity?.id) return resultFromIdentity(d.serialNumber, identity);
      return (
        resent.get(d.serialNumber) ?? {
          serialNumber: d.serialNumber,
          status: 'failed-to-submit',
          retryable: true,
          message: `Graph did not confirm the import of ${d.serialNumber} and does not list it; it stays queued.`,
        }
      );
    });
  }

  /** Imports Intune lists now, by serial (upper case), following Graph's pages on the same address only. */
  private async listImported(): Promise<Map<string, Identity>> {
    const bySerial = new Map<string, Identity>();
    let path: string | null = COLLECTION;
    for (let page = 0; path !== null && page < MAX_LIST_PAGES; page++) {
      const response = await this.http.request('GET', path);
      const parsed = ListSchema.safeParse(response.body);
      if (response.status !== 200 || !parsed.success)
        throw rejected(response.status, this.http.errorText(response.body));
      for (const v of parsed.data.value) if (v.serialNumber) bySerial.set(v.serialNumber.toUpperCase(), v);
      const next = parsed.data['@odata.nextLink'];
      path = next?.startsWith(`${this.http.baseUrl}/`) ? next.slice(this.http.baseUrl.length) : null;
    }
    return bySerial;
  }

  private identityBody(d: Required<AutopilotDeviceRecord>): Record<string, string> {
    return {
      '@odata.type': '#microsoft.graph.importedWindowsAutopilotDeviceIdentity',
      serialNumber: d.serialNumber,
      productKey: this.productKey === 'product-id' ? d.productId : '',
      hardwareIdentifier: d.hardwareHash,
      groupTag: d.groupTag,
      assignedUserPrincipalName: d.assignedUser,
    };
  }

  /** One status read. A vanished record is an error the tech must look into, never silently "done". */
  async checkStatus(item: SubmittedImport): Promise<DeviceImportResult> {
    const response = await this.http.request('GET', `${COLLECTION}/${encodeURIComponent(item.graphId)}`);
    if (response.status === 404) {
      return {
        serialNumber: item.serialNumber,
        graphId: item.graphId,
        status: 'error',
        errorName: 'NotFound',
        message: `Intune no longer has the import record of ${item.serialNumber}. Look for it under Windows Autopilot devices before importing it again.`,
      };
    }
    const parsed = IdentitySchema.safeParse(response.body);
    if (response.status !== 200 || !parsed.success) throw rejected(response.status, this.http.errorText(response.body));
    return resultFromIdentity(item.serialNumber, { ...parsed.data, id: parsed.data.id ?? item.graphId });
  }

  /** Polls until every device is complete or error, or the timeout; what is left is reported `pending`. */
  async waitForImports(
    items: readonly SubmittedImport[],
    onSettled?: (result: DeviceImportResult) => void,
  ): Promise<ImportOutcome> {
    const deadline = this.now() + this.pollTimeoutMs;
    const settled = new Map<string, DeviceImportResult>();
    const lastRead = new Map<string, DeviceImportResult>();
    let open = [...items];
    let interruptedBy: ErrorInfo | undefined;
    while (open.length > 0) {
      const still: SubmittedImport[] = [];
      for (const item of open) {
        if (interruptedBy) {
          still.push(item);
          continue;
        }
        try {
          const result = await this.checkStatus(item);
          lastRead.set(item.graphId, result);
          if (result.status === 'pending') still.push(item);
          else {
            settled.set(item.graphId, result);
            onSettled?.(result);
          }
        } catch (error) {
          if (!(error instanceof StationError)) throw error;
          interruptedBy = error.toInfo();
          still.push(item);
        }
      }
      open = still;
      if (interruptedBy || open.length === 0 || this.now() + this.pollIntervalMs > deadline) break;
      await this.sleep(this.pollIntervalMs);
    }
    const results = items.map(
      (item): DeviceImportResult =>
        settled.get(item.graphId) ?? {
          serialNumber: item.serialNumber,
          graphId: item.graphId,
          status: 'pending',
          importStatus: lastRead.get(item.graphId)?.importStatus,
          message: interruptedBy
            ? `The import of ${item.serialNumber} was sent; its status could not be read (${interruptedBy.title}). The station checks again next time.`
            : `Intune is still importing ${item.serialNumber}; the station checks again next time.`,
        },
    );
    return interruptedBy ? { results, interruptedBy } : { results };
  }

  /** Submit, then wait for every submitted device: the whole upload for one-shot callers. */
  async importAndWait(devices: readonly ImportDevice[]): Promise<ImportOutcome> {
    const submitted = await this.submit(devices);
    const waiting = submitted.results.filter((r) => r.status === 'pending' && r.graphId);
    const polled = await this.waitForImports(
      waiting.map((r) => ({ serialNumber: r.serialNumber, graphId: r.graphId ?? '' })),
    );
    const byId = new Map(polled.results.map((r) => [r.graphId, r]));
    const results = submitted.results.map((r) => (r.graphId && byId.get(r.graphId)) || r);
    const interruptedBy = submitted.interruptedBy ?? polled.interruptedBy;
    return interruptedBy ? { results, interruptedBy } : { results };
  }
}

export { isTransientGraphError };

class ChunkInterrupted extends Error {
  readonly partial: DeviceImportResult[];
  constructor(partial: DeviceImportResult[], cause: unknown) {
    super('import interrupted', { cause });
    this.partial = partial;
  }
}

function rejected(status: number, what: string): StationError {
  return new StationError(
    'graph-request-rejected',
    say('station-work:intuneGraph.refused.title'),
    say('station-work:graph.rejected', { status, what }),
  );
}
