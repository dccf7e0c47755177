/** A link's speed: a fixed cost per transfer plus a bandwidth cap (USB 2.0 gives about 35 MB/s in practice). */
export interface LinkModel {
  latencyMs: number;
  bytesPerSecond: number;
}

export const USB2_MODEL: LinkModel = { latencyMs: 0.25, bytesPerSecond: 35e6 };

/**
 * Delays transfers as a link of the given speed would. Time is accounted on a running clock and slept off in
 * whole milliseconds, so many small transfers cost their share without a timer each.
 */
export class LinkPacer {
  private readonly model: LinkModel | null;
  private busyUntil = 0;

  constructor(model: LinkModel | null) {
    this.model = model;
  }

  get active(): boolean {
    return this.model !== null;
  }

  async pace(bytes: number): Promise<void> {
    const model = this.model;
    if (!model) return;
    const now = performance.now();
    this.busyUntil = Math.max(now, this.busyUntil) + model.latencyMs + (bytes / model.bytesPerSecond) * 1000;
    const wait = this.busyUntil - now;
    if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
