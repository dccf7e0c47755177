// Loaded with `node --import ./scripts/perf/report-rss.mjs ...`: writes the process's peak resident memory (bytes)
// to the file named by HOLOBENCH_RSS_OUT when it exits. The bench measures a command's memory this way.
import { writeFileSync } from 'node:fs';

const out = process.env.HOLOBENCH_RSS_OUT;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
