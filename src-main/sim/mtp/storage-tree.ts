import { Emitter } from '../../core/emitter.ts';
import { FORMAT } from '../../core/mtp/codes.ts';
import { MemoryBlob, PatternBlob, type SimBlob } from './blobs.ts';

export interface SimObject {
  handle: number;
  /** 0 at the root of the storage. */
  parent: number;
  name: string;
  kind: 'folder' | 'file';
  format: number;
  blob: SimBlob | null;
  /** Bytes stored; for an object still being received, what arrived so far. */
  size: number;
  modified: Date;
  /** False while SendObject is still filling it (or after it was interrupted, on a device that keeps partial files). */
  complete: boolean;
}

/** Who changed the tree: the simulator itself (the device writing a file) or an MTP initiator. */
export type ChangeSource = 'sim' | 'mtp';

export type TreeChange =
  | { kind: 'object-added' | 'object-removed' | 'object-changed'; handle: number; source: ChangeSource }
  | { kind: 'visibility'; visible: boolean };

export interface SimStorageOptions {
  description?: string;
  volume?: string;
  capacityBytes?: number;
  /** Space the OS takes, counted as used. */
  systemBytes?: number;
  folders?: readonly string[];
  /** A locked HoloLens, or one waiting for sign-in, shows no storage. Default visible. */
  visible?: boolean;
  /** Where objects received over MTP are kept instead of memory (benchmarks, big files). */
  spillDir?: string | null;
  now?: () => Date;
}

export const HOLOLENS_FOLDERS = ['3D Objects', 'Documents', 'Downloads', 'Music', 'Pictures', 'Videos'] as const;

const FORMAT_BY_EXTENSION: Record<string, number> = {
  txt: FORMAT.Text,
  xml: FORMAT.XMLDocument,
  html: FORMAT.HTML,
  jpg: FORMAT.EXIF_JPEG,
  png: FORMAT.PNG,
  mp4: FORMAT.MP4Container,
};

/**
 * The storage of a simulated HoloLens: one "Internal Storage" with the usual folders. Both the MTP responder and
 * the rest of the simulator use it (the device writing AutopilotDiagnostics.zip is `addFile`); every change is
 * announced so open MTP sessions can queue events.
 */
export class SimStorageTree {
  readonly storageId = 0x00010001;
  readonly description: string;
  readonly volume: string;
  readonly capacityBytes: number;
  readonly systemBytes: number;
  readonly spillDir: string | null;
  readonly events = new Emitter<{ change: TreeChange }>();
  private readonly objects = new Map<number, SimObject>();
  private readonly now: () => Date;
  private nextHandle = 1;
  private reserved = 0;
  private shown: boolean;

  constructor(options: SimStorageOptions = {}) {
    this.description = options.description ?? 'Internal Storage';
    this.volume = options.volume ?? this.description;
    this.capacityBytes = options.capacityBytes ?? 64e9;
    this.systemBytes = options.systemBytes ?? 18e9;
    this.spillDir = options.spillDir ?? null;
    this.now = options.now ?? (() => new Date());
    this.shown = options.visible ?? true;
    for (const f of options.folders ?? HOLOLENS_FOLDERS) this.mkdir(f);
  }

  get visible(): boolean {
    return this.shown;
  }

  setVisible(visible: boolean): void {
    if (visible === this.shown) return;
    this.shown = visible;
    this.events.emit('change', { kind: 'visibility', visible });
  }

  get usedBytes(): number {
    let used = 0;
    for (const o of this.objects.values()) used += o.size;
    return used;
  }

  get freeBytes(): number {
    return Math.max(0, this.capacityBytes - this.systemBytes - this.usedBytes - this.reserved);
  }

  /** Space promised to a SendObjectInfo until its SendObject ends. */
  reserve(bytes: number): void {
    this.reserved += bytes;
  }

  release(bytes: number): void {
    this.reserved = Math.max(0, this.reserved - bytes);
  }

  // ---- path API, for the simulator and tests ----

  addFile(path: string, content: Uint8Array | string, modified?: Date): number {
    const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    return this.putFile(path, new MemoryBlob([bytes]), modified);
  }

  /** A file of any size with deterministic contents that take no memory (see PatternBlob). */
  addPatternFile(path: string, size: number, seed = 1): number {
    return this.putFile(path, new PatternBlob(size, seed));
  }

  mkdir(path: string): number {
    let parent = 0;
    for (const name of this.split(path)) {
      const found = this.findChild(parent, name);
      if (found && found.kind === 'file') throw new Error(`"${name}" is a file`);
      parent = found ? found.handle : this.create(parent, name, 'folder', FORMAT.Association, 'sim').handle;
    }
    return parent;
  }

  readFile(path: string): Buffer {
    const o = this.lookup(path);
    if (!o || o.kind !== 'file' || !o.blob) throw new Error(`no file at "${path}"`);
    return o.blob.readAll();
  }

  list(path = ''): { name: string; kind: 'folder' | 'file'; size: number }[] {
    const parts = this.split(path);
    const dir = parts.length === 0 ? 0 : this.lookup(path)?.handle;
    if (dir === undefined) throw new Error(`no folder at "${path}"`);
    return this.childrenOf(dir).map((o) => ({ name: o.name, kind: o.kind, size: o.size }));
  }

  exists(path: string): boolean {
    return this.lookup(path) !== null;
  }

  stat(path: string): SimObject | null {
    return this.lookup(path);
  }

  remove(path: string): void {
    const o = this.lookup(path);
    if (o) this.deleteObject(o.handle, 'sim');
  }

  // ---- handle API, for the responder ----

  object(handle: number): SimObject | undefined {
    return this.objects.get(handle);
  }

  allObjects(): SimObject[] {
    return [...this.objects.values()];
  }

  childrenOf(parent: number): SimObject[] {
    return this.allObjects().filter((o) => o.parent === parent);
  }

  findChild(parent: number, name: string): SimObject | undefined {
    const lower = name.toLowerCase();
    return this.childrenOf(parent).find((o) => o.name.toLowerCase() === lower);
  }

  create(parent: number, name: string, kind: 'folder' | 'file', format: number, source: ChangeSource): SimObject {
    const o: SimObject = {
      handle: this.nextHandle++,
      parent,
      name,
      kind,
      format,
      blob: null,
      size: 0,
      modified: this.now(),
      complete: kind === 'folder',
    };
    this.objects.set(o.handle, o);
    this.events.emit('change', { kind: 'object-added', handle: o.handle, source });
    return o;
  }

  setContent(handle: number, blob: SimBlob, complete: boolean, source: ChangeSource, modified?: Date): void {
    const o = this.objects.get(handle);
    if (!o) return;
    o.blob?.dispose();
    o.blob = blob;
    o.size = blob.size;
    o.complete = complete;
    o.modified = modified ?? this.now();
    this.events.emit('change', { kind: 'object-changed', handle, source });
  }

  /** Deletes an object and, for a folder, everything in it. */
  deleteObject(handle: number, source: ChangeSource): void {
    const o = this.objects.get(handle);
    if (!o) return;
    for (const child of this.childrenOf(handle)) this.deleteObject(child.handle, source);
    this.objects.delete(handle);
    o.blob?.dispose();
    this.events.emit('change', { kind: 'object-removed', handle, source });
  }

  private putFile(path: string, blob: SimBlob, modified?: Date): number {
    const parts = this.split(path);
    const name = parts.pop();
    if (!name) throw new Error('a file needs a name');
    const parent = parts.length ? this.mkdir(parts.join('/')) : 0;
    const existing = this.findChild(parent, name);
    if (existing) this.deleteObject(existing.handle, 'sim');
    const ext = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
    const o = this.create(parent, name, 'file', FORMAT_BY_EXTENSION[ext] ?? FORMAT.Undefined, 'sim');
    o.blob = blob;
    o.size = blob.size;
    o.complete = true;
    if (modified) o.modified = modified;
    return o.handle;
  }

  /** Paths are relative to the storage; a leading storage description ("Internal Storage/...") is accepted. */
  private split(path: string): string[] {
    const parts = path.split(/[/\\]+/).filter(Boolean);
    if (parts[0]?.toLowerCase() === this.description.toLowerCase()) parts.shift();
    return parts;
  }

  private lookup(path: string): SimObject | null {
    let parent = 0;
    let found: SimObject | undefined;
    const parts = this.split(path);
    if (parts.length === 0) return null;
    for (const name of parts) {
      found = this.findChild(parent, name);
      if (!found) return null;
      parent = found.handle;
    }
    return found ?? null;
  }
}
