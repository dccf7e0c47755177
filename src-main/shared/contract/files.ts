import { z } from 'zod';
import { call } from './define.ts';
import { DeviceView } from './devices.ts';
import { JobView } from './jobs.ts';

/**
 * Files on a device (over MTP): browse, copy to this PC, copy to the device, delete. Copies are jobs (progress,
 * cancel, a plain result); their results have the shapes below, so the renderer can read them back from a JobView.
 * Paths look like "Internal Storage/Documents/notes.txt"; "" is the device itself (its storages).
 */
const DeviceId = z.string().min(1).max(200);
const RemotePath = z.string().max(1000);

export const FileEntryView = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['storage', 'folder', 'file']),
  size: z.number().nullable(),
  modified: z.string().nullable(),
});
export type FileEntryView = z.infer<typeof FileEntryView>;

export const FolderListing = z.object({
  deviceId: z.string(),
  /** The folder listed, as the device spells it. */
  path: z.string(),
  /** Folders first, then files, each by name. */
  entries: z.array(FileEntryView),
});
export type FolderListing = z.infer<typeof FolderListing>;

export const FILE_JOB_KINDS = { pull: 'files.pull', push: 'files.push' } as const;

/** A finished copy to this PC: where it landed, checked against the size the device announced and re-read. */
export const PullJobResult = z.object({
  bytes: z.number(),
  sha256: z.string(),
  localPath: z.string(),
  remotePath: z.string(),
  verified: z.boolean(),
});
export type PullJobResult = z.infer<typeof PullJobResult>;

/** A finished copy to the device: read back from the device and compared (size and SHA-256) when verified. */
export const PushJobResult = z.object({
  bytes: z.number(),
  sha256: z.string(),
  remotePath: z.string(),
  localPath: z.string(),
  verified: z.boolean(),
});
export type PushJobResult = z.infer<typeof PushJobResult>;

export const fileCalls = {
  listFolder: call(z.object({ deviceId: DeviceId, path: RemotePath }), FolderListing),
  /** Starts a copy to this PC (into the station's "pulled" folder, never over an existing file). */
  pullFile: call(z.object({ deviceId: DeviceId, remotePath: RemotePath.min(1) }), JobView),
  /** Starts a copy of a file on this PC into a folder on the device, verified by reading it back. */
  pushFile: call(
    z.object({
      deviceId: DeviceId,
      localPath: z.string().min(1).max(4096),
      remoteFolder: RemotePath.min(1),
      /** Replace a file of the same name; without it such a copy is refused. */
      replace: z.boolean().optional(),
    }),
    JobView,
  ),
  deleteFile: call(z.object({ deviceId: DeviceId, path: RemotePath.min(1) }), z.object({ deleted: z.string() })),
  /** Reads identity, battery and storage from the device again. */
  refreshDevice: call(z.object({ deviceId: DeviceId }), DeviceView),
};
