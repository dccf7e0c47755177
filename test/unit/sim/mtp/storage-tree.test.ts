import { describe, expect, it } from 'vitest';
import { SimStorageTree, type TreeChange } from '../../../../src-main/sim/mtp/index.ts';

describe('SimStorageTree', () => {
  it('starts as a HoloLens: Internal Storage with its usual folders', () => {
    const tree = new SimStorageTree();
    expect(tree.description).toBe('Internal Storage');
    expect(tree.list().map((e) => e.name)).toEqual([
      '3D Objects',
      'Documents',
      'Downloads',
      'Music',
      'Pictures',
      'Videos',
    ]);
  });

  it('adds, reads, lists, replaces and removes files by path', () => {
    const tree = new SimStorageTree();
    tree.addFile('Documents/a.txt', 'one');
    tree.addFile('Internal Storage/Documents/a.txt', 'two');
    tree.addFile('Documents/deep/er/b.bin', Uint8Array.of(1, 2, 3));
    expect(tree.readFile('documents/A.TXT').toString()).toBe('two');
    expect(tree.list('Documents')).toEqual([
      { name: 'a.txt', kind: 'file', size: 3 },
      { name: 'deep', kind: 'folder', size: 0 },
    ]);
    expect(tree.exists('Documents/deep/er/b.bin')).toBe(true);
    tree.remove('Documents/deep');
    expect(tree.exists('Documents/deep/er/b.bin')).toBe(false);
    expect(() => tree.readFile('Documents/none')).toThrow();
  });

  it('pattern files are deterministic and take no memory for their size', () => {
    const tree = new SimStorageTree();
    tree.addPatternFile('Videos/a.mp4', 5_000_000, 3);
    tree.addPatternFile('Videos/b.mp4', 5_000_000, 3);
    expect(tree.readFile('Videos/a.mp4').equals(tree.readFile('Videos/b.mp4'))).toBe(true);
    expect(tree.stat('Videos/a.mp4')?.size).toBe(5_000_000);
  });

  it('announces changes with their source, and storage visibility flips', () => {
    const tree = new SimStorageTree({ visible: false });
    const changes: TreeChange[] = [];
    tree.events.on('change', (c) => changes.push(c));
    tree.setVisible(true);
    tree.setVisible(true);
    const h = tree.addFile('Documents/AutopilotDiagnostics.zip', 'PK');
    tree.remove('Documents/AutopilotDiagnostics.zip');
    expect(changes).toEqual([
      { kind: 'visibility', visible: true },
      { kind: 'object-added', handle: h, source: 'sim' },
      { kind: 'object-removed', handle: h, source: 'sim' },
    ]);
  });

  it('free space counts the OS, the files and reservations', () => {
    const tree = new SimStorageTree({ capacityBytes: 1000, systemBytes: 100 });
    tree.addFile('Documents/a', Buffer.alloc(200));
    tree.reserve(300);
    expect(tree.freeBytes).toBe(400);
    tree.release(300);
    expect(tree.freeBytes).toBe(700);
  });
});
