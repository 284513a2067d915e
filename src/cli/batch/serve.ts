import type { MessagePort } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { extractPage, recordWriter, type PageOptions } from './page.js';

export interface WorkerSetup {
  options: PageOptions;
  cwd: string;
  /** Standard input, read once by the main thread, when the --linked page is "-". */
  stdin?: Uint8Array | undefined;
}

/**
 * The work of a batch worker thread: extract each page it is sent and answer
 * by id. `bin/batch-worker.js` hands it the thread's port.
 */
export async function serveBatch(port: Pick<MessagePort, 'on' | 'postMessage'>, setup: WorkerSetup): Promise<void> {
  const io = { cwd: setup.cwd, stdin: Readable.from(setup.stdin ? [Buffer.from(setup.stdin)] : []) };
  const write = await recordWriter(setup.options.format);
  port.on('message', async ({ id, message: path }: { id: number; message: string }) => {
    port.postMessage({ id, result: await extractPage(path, setup.options, io, write) });
  });
}
