// A batch worker thread. Like bin/alliance-extract.js an entry point, the one
// place that reaches for the thread's port; it loads the same code-cached
// bundle, so a worker starts warm rather than compiling the extractor anew.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { loadCli, fullCollection } = require('./load-cli.js');

loadCli().cli.serveBatch(parentPort, workerData, fullCollection());
