import { say } from '../core/language.ts';
import type { TransferProgress } from '../core/mtp/storage-port.ts';
import type { Output } from './context.ts';

/** Progress on stderr for people at a terminal; silent in scripts (not a TTY) so stderr stays for errors. */
export function progressPrinter(_io: Output, label: string): ((p: TransferProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 200 && p.bytes !== p.total) return;
    last = now;
    const options = { label, phase: say(`cli:progress.phase.${p.phase}`), bytes: p.bytes };
    const line = p.total
      ? say('cli:progress.percent', { ...options, percent: Math.floor((p.bytes / p.total) * 100) })
      : say('cli:progress.bytes', options);
    process.stderr.write(`\r${line}   `);
    if (p.total !== null && p.bytes >= p.total && p.phase !== 'send') process.stderr.write('\n');
  };
}
