import { say } from '../../core/language.ts';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { USB_RULES } from '../../core/packages/kit.ts';
import { COMMON_OPTIONS, UsageError, parseCommandArgs } from '../args.ts';
import { openStationFromFlags, printJson, type CommandContext } from '../context.ts';

const OPTIONS = { ...COMMON_OPTIONS, 'sim-drive': { type: 'string', multiple: true } } as const;

/** How HoloLens 2 reads a kit, build by build; the rules' words are the packages part's. */
const rulesText = () =>
  [say('cli:kit.rules'), ...USB_RULES.map((r) => `  ${say('cli:kit.ruleFrom', { build: r.from, what: r.what })}`)].join(
    '\n',
  );

/**
 * `holobench ppkg kit <drive-mount> <files...>`: copies packages to the root of a USB drive for HoloLens 2
 * auto-provisioning. The drive must be in the system's drive list and pass every drive rule; otherwise exit 1
 * with the reasons. `--sim-drive <folder>` makes a folder play a removable drive (training, tests).
 */
export async function kitSubcommand(args: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 64);
  const [mount, ...files] = positionals;
  if (!mount || files.length === 0) throw new UsageError(say('cli:kit.needs'));
  let kitBytes = 0;
  for (const file of files) {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new UsageError(say('cli:ppkg.noFile', { file }));
    kitBytes += info.size;
  }
  const station = await openStationFromFlags({ 'data-dir': values['data-dir'], 'no-usb': true }, ctx);
  try {
    for (const dir of values['sim-drive'] ?? []) {
      station.packages.extraDrives.add({
        mount: dir,
        label: 'SIM-STICK',
        size: 8e9,
        removable: true,
        fileSystem: 'vfat',
      });
    }
    const { drive, verdict } = await station.packages.kitTarget(resolve(mount), kitBytes);
    if (!verdict.allowed) {
      if (values.json) {
        printJson(ctx.io, {
          ok: false,
          drive: drive.description,
          reasons: verdict.reasons,
          warnings: verdict.warnings,
        });
      }
      ctx.io.err(`holobench ppkg kit: ${say('cli:kit.refused', { drive: drive.description })}`);
      for (const r of verdict.reasons) ctx.io.err(`  ${r.message}`);
      return 1;
    }
    const abort = new AbortController();
    const onSigint = () => abort.abort();
    process.once('SIGINT', onSigint);
    try {
      const result = await station.packages.writeKitFiles(
        resolve(mount),
        files.map((f) => resolve(f)),
        abort.signal,
      );
      if (values.json) {
        printJson(ctx.io, { ok: true, ...result, warnings: verdict.warnings });
        return 0;
      }
      ctx.io.out(say('cli:kit.written', { drive: drive.description, path: result.mountPath }));
      for (const f of result.files) {
        ctx.io.out(`  ${f.name}  ${say('cli:kit.file', { size: f.size, sha256: f.sha256 })}`);
      }
      const others = result.packagesOnDrive.filter((n) => !result.files.some((f) => f.name === n));
      if (others.length) ctx.io.out(say('cli:kit.others', { names: others.join(', ') }));
      for (const w of verdict.warnings) ctx.io.out(say('cli:error.note', { note: w.message }));
      ctx.io.out(`\n${rulesText()}`);
      return 0;
    } finally {
      process.off('SIGINT', onSigint);
    }
  } finally {
    await station.close();
  }
}
