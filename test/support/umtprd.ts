/**
 * uMTP-Responder (Debian package umtp-responder) as an independent MTP device: it runs unmodified under the
 * ffs-loopback shim (shared/tools/ffs-loopback), built here with gcc into a temporary folder. Tests skip with the
 * reason from `umtprdMissing()` where umtprd, gcc or the shim's source is not on this machine.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHIM_RELATIVE = join('shared', 'tools', 'ffs-loopback', 'ffs_shim.c');

/** The shim's source: $HOLOBENCH_FFS_SHIM_SRC, or shared/ beside the repository or beside any folder above it. */
export function findShimSource(): string | null {
  const fromEnv = process.env.HOLOBENCH_FFS_SHIM_SRC;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (let dir = REPO_ROOT; ; dir = dirname(dir)) {
    const candidate = join(dirname(dir), SHIM_RELATIVE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const UMTPRD = process.env.UMTPRD ?? 'umtprd';

/** Why uMTP-Responder cannot run here, or null when it can. */
export function umtprdMissing(): string | null {
  if (process.platform !== 'linux') return 'uMTP-Responder runs on Linux only';
  if (!onPath(UMTPRD)) return 'umtprd is not installed (Debian package umtp-responder)';
  if (!onPath('gcc')) return 'gcc is not installed (needed to build the ffs-loopback shim)';
  if (!findShimSource()) return `the ffs-loopback shim source (../${SHIM_RELATIVE}) is not beside the repository`;
  return null;
}

let built: string | null = null;

/** Builds ffs_shim.so once per process into a temporary folder (never into the repository). */
export function buildShim(): string {
  if (built && existsSync(built)) return built;
  const source = findShimSource();
  if (!source) throw new Error('the ffs-loopback shim source is missing');
  const out = join(mkdtempSync(join(tmpdir(), 'holobench-ffs-shim-')), 'ffs_shim.so');
  const r = spawnSync('gcc', ['-O2', '-Wall', '-shared', '-fPIC', '-o', out, source, '-ldl'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the ffs-loopback shim failed: ${r.stderr}`);
  built = out;
  return out;
}

export interface UmtprdOptions {
  /** The folder the device shares as its storage. */
  storeDir: string;
  /** The folder holding the host's endpoint sockets (ep0..ep3). */
  ffsDir: string;
  storageName?: string;
  serial?: string;
  maxPacketSize?: number;
}

export interface RunningUmtprd {
  process: ChildProcess;
  /** What umtprd printed, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

/** Writes a config for umtprd and starts it under the shim; it connects to the sockets in `ffsDir`. */
export function startUmtprd(options: UmtprdOptions): RunningUmtprd {
  const shim = buildShim();
  const mps = options.maxPacketSize ?? 512;
  const confDir = mkdtempSync(join(tmpdir(), 'holobench-umtprd-'));
  mkdirSync(options.storeDir, { recursive: true });
  const conf = join(confDir, 'umtprd.conf');
  writeFileSync(
    conf,
    [
      'loop_on_disconnect 0',
      `storage "${options.storeDir}" "${options.storageName ?? 'Internal Storage'}" "rw"`,
      'manufacturer "Viveris Technologies"',
      'product "uMTP test responder"',
      `serial "${options.serial ?? 'UMTP0001'}"`,
      'firmware_version "1.0"',
      'interface "MTP"',
      'usb_vendor_id 0x1D6B',
      'usb_product_id 0x0100',
      'usb_class 0x6',
      'usb_subclass 0x1',
      'usb_protocol 0x1',
      'usb_dev_version 0x3008',
      'usb_functionfs_mode 0x1',
      `usb_dev_path "${join(options.ffsDir, 'ep0')}"`,
      `usb_epin_path "${join(options.ffsDir, 'ep1')}"`,
      `usb_epout_path "${join(options.ffsDir, 'ep2')}"`,
      `usb_epint_path "${join(options.ffsDir, 'ep3')}"`,
      `usb_max_packet_size 0x${mps.toString(16)}`,
      '',
    ].join('\n'),
  );
  const child = spawn(UMTPRD, ['-conf', conf], {
    env: { ...process.env, LD_PRELOAD: shim, FFS_SHIM_MPS: String(mps) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        child.kill('SIGTERM');
        const late = setTimeout(() => child.kill('SIGKILL'), 2000);
        await exited;
        clearTimeout(late);
      }
      rmSync(confDir, { recursive: true, force: true });
    },
  };
}
