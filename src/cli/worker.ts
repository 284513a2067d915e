// A batch worker thread: extracts the pages it is sent, answering each by id. Like
// bin/, an entry point, so it may reach for its thread's port.
import { parentPort, workerData } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { extractPage, recordWriter, type PageOptions } from './batch/page.js';

const { options, cwd } = workerData as { options: PageOptions; cwd: string };
const io = { cwd, stdin: Readable.from([]) };
const write = await recordWriter(options.format);

parentPort?.on('message', async ({ id, message: path }: { id: number; message: string }) => {
  parentPort?.postMessage({ id, result: await extractPage(path, options, io, write) });
});
