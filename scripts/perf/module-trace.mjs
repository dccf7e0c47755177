// Loaded with `node --import ./scripts/perf/module-trace.mjs ...`: writes every ES module URL the program loads
// to the file named by HOLOBENCH_MODULE_TRACE, one per line, when it exits. Used by the CLI start-up test.
import { register } from 'node:module';
import { writeFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';

const out = process.env.HOLOBENCH_MODULE_TRACE;
if (out) {
  const urls = [];
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (url) => urls.push(url));
  port1.unref();
  register(
    'data:text/javascript,' +
      encodeURIComponent(
        'let port; export function initialize(d) { port = d.port; }' +
          'export async function load(url, context, next) { port.postMessage(url); return next(url, context); }',
      ),
    { data: { port: port2 }, transferList: [port2] },
  );
  process.on('exit', () => writeFileSync(out, urls.join('\n')));
}
