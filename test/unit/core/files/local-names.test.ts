import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainCopyError } from '../../../../src-main/core/files/copy-errors.ts';
import { reserveFreePath, safeLocalName } from '../../../../src-main/core/files/local-names.ts';
import { PartialCopies } from '../../../../src-main/core/files/partial-copies.ts';
import { canceledError, disconnectedError } from '../../../../src-main/core/mtp/errors.ts';
import { StationError } from '../../../../src-main/shared/errors.ts';
import { tempDir } from '../../../support/station.ts';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('names of pulled files on this PC', () => {
  it.each([
    ['photo.jpg', 'photo.jpg'],
    ['a/b\\c.txt', 'a_b_c.txt'],
    ['what?<>:"|*.txt', 'what_______.txt'],
    ['tab\there\n.txt', 'tab_here_.txt'],
    ['trailing. . ', 'trailing'],
    ['..', 'file'],
    ['', 'file'],
    ['CON.txt', '_CON.txt'],
    ['lpt1', '_lpt1'],
    ['x'.repeat(300), 'x'.repeat(200)],
  ])('%j -> %j', (name, safe) => {
    expect(safeLocalName(name)).toBe(safe);
  });

  it('never names an existing file or one promised to another copy', () => {
    const d = tempDir();
    dirs.push(d);
    writeFileSync(join(d.path, 'photo.jpg'), 'x');
    const reserved = new Set<string>();
    const first = reserveFreePath(d.path, 'photo.jpg', reserved);
    const second = reserveFreePath(d.path, 'photo.jpg', reserved);
    expect([first, second]).toEqual([join(d.path, 'photo (2).jpg'), join(d.path, 'photo (3).jpg')]);
    reserved.delete(first);
    expect(reserveFreePath(d.path, 'photo.jpg', reserved)).toBe(first);
  });
});

describe('copy errors in plain words', () => {
  it('an unplug says which file and that nothing was kept; cancels pass through', () => {
    const e = explainCopyError(disconnectedError('copy'), 'pull', 'a.zip') as StationError;
    expect(e).toMatchObject({ code: 'copy-unplugged', disconnected: true });
    expect(e.message).toBe(
      'The copy of "a.zip" stopped part-way. Nothing was saved on this PC. Plug the device back in and copy it again.',
    );
    const canceled = canceledError();
    expect(explainCopyError(canceled, 'push', 'a.zip')).toBe(canceled);
    const closed = new StationError('mtp-closed', 'The connection is closed', 'x');
    expect(explainCopyError(closed, 'push', 'a.zip', true)).toMatchObject({ code: 'copy-unplugged' });
    expect(explainCopyError(closed, 'push', 'a.zip', false)).toBe(closed);
  });
});

describe('partial copies left on a device', () => {
  it('are removed once reachable, only while still shorter than what was sent', async () => {
    const files = new Map([
      ['S/Documents/cut.bin', 100],
      ['S/Documents/replaced.bin', 4000],
    ]);
    const deleted: string[] = [];
    let reachable = false;
    const storage = {
      stat: (path: string) => {
        if (!reachable) return Promise.reject(new Error('locked'));
        const size = files.get(path);
        return Promise.resolve(
          size === undefined ? null : { name: '', path, kind: 'file', size, modified: null, id: 1 },
        );
      },
      delete: (path: string) => {
        deleted.push(path);
        return Promise.resolve();
      },
    } as unknown as Parameters<PartialCopies['sweep']>[1];
    const partials = new PartialCopies();
    partials.remember('dev', 'S/Documents/cut.bin', 4000);
    partials.remember('dev', 'S/Documents/replaced.bin', 4000);
    partials.remember('dev', 'S/Documents/gone.bin', 4000);
    expect(await partials.sweep('dev', storage)).toEqual([]);
    expect(partials.pending('dev')).toHaveLength(3);
    reachable = true;
    expect(await partials.sweep('dev', storage)).toEqual(['S/Documents/cut.bin']);
    expect(deleted).toEqual(['S/Documents/cut.bin']);
    expect(partials.pending('dev')).toEqual([]);
  });
});
