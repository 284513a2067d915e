// A batch worker thread. Like bin/alliance-extract.js an entry point, the one
// place that reaches for the thread's port; it loads the same code-cached
// bundle, so a worker starts warm rather than compiling the extractor anew.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCli } from './load-cli.js';

await loadCli().cli.serveBatch(parentPort, workerData);
