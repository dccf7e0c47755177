import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { parseFfsDescriptors, parseFfsStrings, type FfsFunction } from './ffs-descriptors.ts';
import { FRAME_ACK, FrameChannel } from './ffs-frames.ts';
import { FfsBulkPipe } from './ffs-pipe.ts';
import { PipeError } from './pipe.ts';

/** ep0 control, ep1 bulk IN, ep2 bulk OUT, ep3 interrupt IN: the names the loopback shim's README fixes. */
export const FFS_ENDPOINTS = ['ep0', 'ep1', 'ep2', 'ep3'] as const;
type EndpointName = (typeof FFS_ENDPOINTS)[number];

const BIND = 0;
const ENABLE = 2;

/** A gadget that connected and was enabled: what it described, and the pipe to talk MTP over. */
export interface FfsGadget {
  function: FfsFunction;
  pipe: FfsBulkPipe;
  /** Resolves when the device closes its endpoints (the program exited: an unplug). */
  gone: Promise<void>;
}

interface Acceptor {
  sockets: Socket[];
  waiter: ((socket: Socket) => void) | null;
}

/**
 * The USB host side of ffs-loopback: four listening sockets in a folder, where a FunctionFS program (uMTP-Responder
 * under the shim) connects as it would open its endpoint files. Whatever connects is enumerated like a device on
 * a bus: its descriptors are read, it is bound and enabled, and its MTP interface becomes a BulkPipe.
 */
export class FfsGadgetHost {
  readonly dir: string;
  private readonly servers = new Map<EndpointName, Server>();
  private readonly acceptors = new Map<EndpointName, Acceptor>();
  private closed = false;

  private constructor(dir: string) {
    this.dir = dir;
  }

  static async listen(dir: string): Promise<FfsGadgetHost> {
    mkdirSync(dir, { recursive: true });
    const host = new FfsGadgetHost(dir);
    try {
      for (const name of FFS_ENDPOINTS) await host.listenOn(name);
    } catch (error) {
      await host.close();
      throw new PipeError('unsupported', `Cannot create the gadget's endpoint sockets in ${dir}.`, error);
    }
    return host;
  }

  private async listenOn(name: EndpointName): Promise<void> {
    const path = join(this.dir, name);
    rmSync(path, { force: true });
    const acceptor: Acceptor = { sockets: [], waiter: null };
    this.acceptors.set(name, acceptor);
    const server = createServer((socket) => {
      const waiter = acceptor.waiter;
      acceptor.waiter = null;
      if (waiter) waiter(socket);
      else acceptor.sockets.push(socket);
    });
    this.servers.set(name, server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
  }

  private accept(name: EndpointName, signal: AbortSignal): Promise<Socket> {
    const acceptor = this.acceptors.get(name)!;
    const ready = acceptor.sockets.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        acceptor.waiter = null;
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      acceptor.waiter = (socket) => {
        signal.removeEventListener('abort', onAbort);
        resolve(socket);
      };
    });
  }

  /**
   * Waits for the next gadget to connect (its ep0 first), enumerates and enables it. Rejects with a timeout when
   * none came in time, or when one connected but did not finish enumerating.
   */
  async waitForGadget(timeoutMs: number, signal?: AbortSignal): Promise<FfsGadget> {
    if (this.closed) throw new PipeError('closed', 'The gadget host is closed.');
    const timeout = AbortSignal.timeout(Math.max(1, timeoutMs));
    const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const opened: FrameChannel[] = [];
    try {
      const ep0 = new FrameChannel(await this.accept('ep0', both), 'ep0');
      opened.push(ep0);
      const descriptors = await ep0.next(timeoutMs);
      const strings = await ep0.next(timeoutMs);
      if (descriptors === FRAME_ACK || strings === FRAME_ACK) throw new PipeError('io', 'ep0 sent no descriptors.');
      const fn = parseFfsDescriptors(descriptors, parseFfsStrings(strings));
      await ep0.send(functionfsEvent(BIND), timeoutMs);
      await ep0.send(functionfsEvent(ENABLE), timeoutMs);
      const [bulkIn, bulkOut, interrupt] = await Promise.all(
        (['ep1', 'ep2', 'ep3'] as const).map(async (name) => {
          const channel = new FrameChannel(await this.accept(name, both), name);
          opened.push(channel);
          return channel;
        }),
      );
      const iface = fn.interfaces[0]!;
      const bulk = iface.endpoints.find((e) => e.type === 'bulk' && e.direction === 'in');
      const pipe = new FfsBulkPipe(
        { ep0, bulkIn: bulkIn!, bulkOut: bulkOut!, interrupt: interrupt! },
        bulk?.maxPacketSize || 512,
        iface.number,
      );
      const gone = new Promise<void>((resolve) => ep0.onClose(resolve));
      return { function: fn, pipe, gone };
    } catch (error) {
      for (const c of opened) c.close();
      if (error instanceof PipeError) throw error;
      if (timeout.aborted) throw new PipeError('timeout', `No device connected at ${this.dir} in time.`);
      throw new PipeError('closed', 'Stopped waiting for a device.', error);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const acceptor of this.acceptors.values()) for (const s of acceptor.sockets.splice(0)) s.destroy();
    await Promise.all([...this.servers.values()].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    for (const name of FFS_ENDPOINTS) rmSync(join(this.dir, name), { force: true });
  }
}

/** A usb_functionfs_event: 8 bytes of setup packet (zeros here), the type, 3 bytes of padding. */
function functionfsEvent(type: number): Uint8Array {
  const event = new Uint8Array(12);
  event[8] = type;
  return event;
}
