// Preloaded with `node --import` when /usr/bin/time is missing: writes the
// process's peak resident set size (KiB, worker threads included) to the file
// named by BENCH_MAXRSS_FILE when the process exits.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`));
