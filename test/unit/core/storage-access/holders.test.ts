import { describe, expect, it } from 'vitest';
import { findStorageHolders } from '../../../../src-main/core/storage-access/holders.ts';

const ps =
  (...names: [string, string?][]) =>
  () =>
    names.map(([name, commandLine]) => ({ name, commandLine: commandLine ?? name }));

describe('naming the programs that may hold an MTP device', () => {
  it.each([
    ['gvfs', ps(['gvfsd-mtp'], ['gvfsd'], ['bash']), ['gvfsd-mtp']],
    ['libmtp tools', ps(['mtp-detect'], ['jmtpfs'], ['simple-mtpfs']), ['jmtpfs', 'mtp-detect', 'simple-mtpfs']],
    ['KDE with its MTP worker', ps(['kiod6', '/usr/lib/kf6/kiod6 kio_mtp']), ['kiod6 (kio-mtp)']],
    // kiod without MTP is everywhere on KDE: it must not be blamed.
    ['KDE without MTP', ps(['kiod6', '/usr/lib/kf6/kiod6 file']), []],
    ['nothing known', ps(['systemd'], ['node']), []],
  ] as const)('linux: %s', (_name, processes, expected) => {
    expect(findStorageHolders('linux', processes)).toEqual(expected);
  });

  it('macOS names ptpcamerad only', () => {
    expect(findStorageHolders('darwin', ps(['ptpcamerad'], ['gvfsd-mtp']))).toEqual(['ptpcamerad']);
  });

  it('a process list that cannot be read names nobody rather than failing', () => {
    expect(
      findStorageHolders('linux', () => {
        throw new Error('EACCES');
      }),
    ).toEqual([]);
  });
});
