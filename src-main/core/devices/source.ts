import type { BulkPipe } from '../mtp/pipe.ts';
import type { UsbDescriptor } from './descriptor.ts';

export interface SourceState {
  available: boolean;
  /** Plain words for the bench view: "USB bus ready", "No USB bus on this machine", ... */
  detail: string;
}

export interface AttachEvent {
  descriptor: UsbDescriptor;
  /** performance.now() when the adapter learned of the device: detection latency is measured from here. */
  seenAt: number;
}

export interface DeviceSourceListener {
  attach(event: AttachEvent): void;
  detach(key: string): void;
  state?(state: SourceState): void;
}

/**
 * Where devices come from: the real bus (node-usb) or the simulator. Small on purpose, like serialport's
 * Binding: discovery logic above it never knows which one it talks to.
 */
export interface DeviceSource {
  readonly kind: 'usb' | 'sim';
  /** Starts watching; reports what is already attached through the listener. Never rejects. */
  start(listener: DeviceSourceListener): Promise<SourceState>;
  stop(): Promise<void>;
  state(): SourceState;
  /** Opens the device's MTP interface (file transfer). Rejects with a typed error where it cannot. */
  openMtpPipe(key: string): Promise<BulkPipe>;
}
