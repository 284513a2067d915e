import { Worker } from 'node:worker_threads';

export interface Task<R> {
  (index: number): Promise<R>;
}

/**
 * Runs `task` for indices 0…count-1, at most `concurrency` at once, and hands
 * each result to `emit` in index order. No more than `window` results wait for
 * a slow predecessor, so memory stays bounded however many pages there are.
 */
export function mapOrdered<R>(
  count: number,
  concurrency: number,
  task: Task<R>,
  emit: (index: number, result: R) => void,
): Promise<void> {
  const window = Math.max(1, concurrency) * 4;
  const finished = new Map<number, R>();
  let dispatched = 0;
  let running = 0;
  let emitted = 0;
  return new Promise((resolve, reject) => {
    const pump = (): void => {
      while (finished.has(emitted)) {
        emit(emitted, finished.get(emitted) as R);
        finished.delete(emitted);
        emitted++;
      }
      if (emitted === count) return resolve();
      while (running < concurrency && dispatched < count && dispatched < emitted + window) {
        const index = dispatched++;
        running++;
        task(index).then((result) => {
          running--;
          finished.set(index, result);
          pump();
        }, reject);
      }
    };
    pump();
  });
}

interface Pending<R> {
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

/** A fixed set of worker threads, each doing one task at a time. */
export class WorkerPool<T, R> {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ message: T; pending: Pending<R> }> = [];
  private readonly busy = new Map<Worker, Pending<R>>();
  private readonly workers: Worker[];

  constructor(size: number, url: URL, workerData: unknown) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(url, { workerData });
      worker.on('message', (result: R) => this.settle(worker, (pending) => pending.resolve(result)));
      worker.on('error', (error) => this.settle(worker, (pending) => pending.reject(error)));
      this.idle.push(worker);
      return worker;
    });
  }

  run(message: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, pending: { resolve, reject } });
      this.next();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(worker: Worker, action: (pending: Pending<R>) => void): void {
    const pending = this.busy.get(worker);
    this.busy.delete(worker);
    this.idle.push(worker);
    if (pending) action(pending);
    this.next();
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const { message, pending } = this.queue.shift() as { message: T; pending: Pending<R> };
      this.busy.set(worker, pending);
      worker.postMessage(message);
    }
  }
}
