import type { MessagePort } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { extractPage, recordWriter, type PageOptions } from './page.js';
import { useLinked, type LinkedPage } from '../commands/shared.js';
import { collectorAfterPages, type CliIO } from '../io.js';

export interface WorkerSetup {
  options: PageOptions;
  cwd: string;
  /** The --linked page, read once by the main thread when it is standard input or an address. */
  linked?: LinkedPage | undefined;
}

/**
 * The work of a batch worker thread: extract each page it is sent and answer
 * by id. `bin/batch-worker.js` hands it the thread's port.
 */
export async function serveBatch(
  port: Pick<MessagePort, 'on' | 'postMessage'>,
  setup: WorkerSetup,
  collectGarbage?: CliIO['collectGarbage'],
): Promise<void> {
  if (setup.linked) useLinked(setup.linked, setup.cwd);
  const io = { cwd: setup.cwd, stdin: Readable.from([]), collectGarbage };
  const write = await recordWriter(setup.options.format);
  const afterPage = collectorAfterPages(io);
  port.on('message', async ({ id, message: path }: { id: number; message: string }) => {
    const result = await extractPage(path, setup.options, io, write);
    afterPage();
    port.postMessage({ id, result });
  });
}
