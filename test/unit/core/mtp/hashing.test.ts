import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamHash } from '../../../../src-main/core/mtp/hashing.ts';

describe('SHA-256 in the hashing worker', () => {
  it('gives the same digest as hashing in order here, for chunks of every size, several streams at once', async () => {
    const bodies = [0, 1, 511, 4 * 1024 * 1024 + 3, 20 * 1024 * 1024].map((n) => randomBytes(n));
    const results = await Promise.all(
      bodies.map(async (body) => {
        const h = streamHash();
        for (let at = 0; at < body.length; at += 777_777) await h.update(body.subarray(at, at + 777_777));
        return h.digest();
      }),
    );
    expect(results).toEqual(bodies.map((b) => createHash('sha256').update(b).digest('hex')));
  });

  it('copies each chunk when given: the caller may reuse its buffer at once', async () => {
    const h = streamHash();
    const buffer = Buffer.alloc(1024, 1);
    await h.update(buffer);
    buffer.fill(2);
    await h.update(buffer);
    const expected = createHash('sha256').update(Buffer.alloc(1024, 1)).update(Buffer.alloc(1024, 2)).digest('hex');
    expect(await h.digest()).toBe(expected);
  });

  it('reset starts over (a retried transaction); abandon forgets a stream', async () => {
    const h = streamHash();
    await h.update(Buffer.from('lost'));
    h.reset();
    await h.update(Buffer.from('kept'));
    expect(await h.digest()).toBe(createHash('sha256').update('kept').digest('hex'));
    const gone = streamHash();
    await gone.update(Buffer.from('never finished'));
    gone.abandon();
  });

  // The worker is shared by every transfer of the process. A transfer cut off before its first chunk (a device that
  // goes silent when the copy starts) opens a stream and never feeds it: that process must still exit.
  it.each([
    {
      name: 'hashes one stream, abandons another',
      body: `const h = streamHash(); await h.update(Buffer.alloc(1 << 20));
             const d = streamHash(); await d.update(Buffer.from('x')); console.log((await d.digest()).length);`,
      out: '64',
    },
    { name: 'opens a stream and never feeds it', body: `streamHash(); console.log('opened');`, out: 'opened' },
    { name: 'abandons a stream it never fed', body: `streamHash().abandon(); console.log('gone');`, out: 'gone' },
  ])('never keeps a process alive: a script that $name exits at once', ({ body, out }) => {
    const script = `
      import { streamHash } from ${JSON.stringify(join(import.meta.dirname, '../../../../src-main/core/mtp/hashing.ts'))};
      ${body}
    `;
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 8_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(out);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
