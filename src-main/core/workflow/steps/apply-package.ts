import { z } from 'zod';
import { StationError } from '../../../shared/errors.ts';
import { defineStep, type PackageInfo, type PackagesPort, type StepContext, type StepOutcome } from '../types.ts';
import { done, failed, needsTech, where } from './outcome.ts';
import { say } from '../../language.ts';
import { words } from '../../ledger/words.ts';

interface Copied {
  sha256: string;
  remotePath: string;
  verified: boolean;
  /** The attempt that copied it: a new attempt (after a replug or a crash) copies again, the device may differ. */
  attempt: number;
}

/**
 * Applies the batch's provisioning package at the first setup page: Volume Down + Power opens provisioning, the
 * station copies the package, Volume Down + Power again asks the device to trust it, the tech accepts. Each run
 * looks at where the device stands and does only what is left, so a rerun after a crash or replug is harmless.
 */
export const applyPackageStep = defineStep({
  kind: 'apply-package-oobe',
  label: 'Apply package',
  params: z.strictObject({}),
  requires: { packageFile: true, ports: ['packages'] },
  run: (ctx, _p, signal) => applyPackage(ctx, signal),
});

async function applyPackage(ctx: StepContext, signal: AbortSignal): Promise<StepOutcome> {
  const port = ctx.ports.packages;
  const path = ctx.params.packagePath;
  if (!port || !path) {
    return failed('no-package', words('workflow:apply.noPackage.title'), words('workflow:apply.noPackage.message'));
  }
  const d = ctx.device;
  const pkg = await describe(ctx, path);
  const copied = (ctx.scratch.get().copied as Copied | undefined) ?? null;
  const result = (extra: Record<string, unknown> = {}) =>
    done({ package: pkg.name, sha256: pkg.sha256, remotePath: copied?.remotePath ?? null, ...extra });
  const state = await port.oobeState(d, pkg, signal);
  switch (state) {
    case 'applied':
      return result({ verified: copied?.verified ?? false });
    case 'first-page':
      return needsTech({
        title: say('workflow:apply.open.title'),
        detail: say('workflow:apply.open.detail', where(d)),
        chord: 'volume-down-power',
        deviceShould: say('workflow:apply.open.should'),
        sim: [{ act: 'volume-down-power' }],
      });
    case 'provisioning-open': {
      if (copied?.sha256 !== pkg.sha256 || copied.attempt !== ctx.attempt) {
        const r = await port.copyToDevice(d, pkg, signal);
        if (r.sha256 !== pkg.sha256) {
          return failed(
            'package-changed',
            words('workflow:apply.changed.title'),
            words('workflow:apply.changed.message', { name: pkg.name }),
          );
        }
        const record: Copied = {
          sha256: r.sha256,
          remotePath: r.remotePath,
          verified: r.verified,
          attempt: ctx.attempt,
        };
        ctx.scratch.set({ copied: record });
      }
      return needsTech({
        title: say('workflow:apply.again.title'),
        detail: say('workflow:apply.again.detail', where(d)),
        chord: 'volume-down-power',
        deviceShould: say('workflow:apply.again.should', { name: pkg.name }),
        sim: [{ act: 'volume-down-power' }],
      });
    }
    case 'trust-prompt':
      // Over USB the provisioning page with the package on it and the trust prompt look the same (storage open,
      // package there), so the card asks for both: the chord if the prompt is not showing yet, then accepting.
      return needsTech({
        title: say('workflow:apply.accept.title'),
        detail: say('workflow:apply.accept.detail', { ...where(d), name: pkg.name }),
        chord: 'volume-down-power',
        deviceShould: say('workflow:apply.accept.should'),
        sim: [{ act: 'volume-down-power' }, { act: 'accept-trust-prompt' }],
      });
    case 'past-setup':
      return failed(
        'package-past-setup',
        words('workflow:apply.pastSetup.title'),
        words('workflow:apply.pastSetup.message', where(d)),
      );
    case 'unknown':
      if (ctx.confirmed) return result({ confirmedByTech: true });
      return needsTech({
        title: say('workflow:apply.confirm.title'),
        detail: say('workflow:apply.confirm.detail', { ...where(d), name: pkg.name }),
        confirm: true,
        sim: [{ confirm: true }],
      });
  }
}

async function describe(ctx: StepContext, path: string): Promise<PackageInfo> {
  // The batch hashed the file once at its start; a file swapped since then shows up in the copy's hash.
  const { packageName, packageSha256, packageSize } = ctx.params;
  if (packageSha256 && packageName && packageSize !== null) {
    return { path, name: packageName, sha256: packageSha256, size: packageSize };
  }
  return describePackageFile(ctx.ports.packages!, path);
}

/**
 * Reads the package file's name, size and hash through the port. Whoever asks (the batch at its start, the step
 * for a batch recorded without the hash), a file that cannot be read is the same one clear refusal; a refusal the
 * port worded itself passes as it is.
 */
export async function describePackageFile(packages: PackagesPort, path: string): Promise<PackageInfo> {
  try {
    return await packages.describe(path);
  } catch (error) {
    if (error instanceof StationError) throw error;
    throw new StationError(
      'package-unreadable',
      say('workflow:apply.unreadable.title'),
      say('workflow:apply.unreadable.message', { path }),
      { cause: error },
    );
  }
}
