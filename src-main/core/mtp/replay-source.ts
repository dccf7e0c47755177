import type { BulkPipe } from './pipe.ts';
import { ReplayPipe, type CaptureFile } from './capture.ts';
import type { DeviceSource, DeviceSourceListener, SourceState } from '../devices/source.ts';

/** The USB bus of a replay: the one device of the capture, whose MTP pipe plays the capture back. */
export class ReplaySource implements DeviceSource {
  readonly kind = 'usb' as const;
  readonly pipes: ReplayPipe[] = [];
  private readonly capture: CaptureFile;

  constructor(capture: CaptureFile) {
    this.capture = capture;
  }

  state(): SourceState {
    return { available: true, detail: `Replaying a capture (${this.capture.source})` };
  }

  start(listener: DeviceSourceListener): Promise<SourceState> {
    listener.attach({ descriptor: this.capture.descriptor, seenAt: performance.now() });
    listener.state?.(this.state());
    return Promise.resolve(this.state());
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  openMtpPipe(): Promise<BulkPipe> {
    const pipe = new ReplayPipe(this.capture);
    this.pipes.push(pipe);
    return Promise.resolve(pipe);
  }
}
