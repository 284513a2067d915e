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

interface Slot<R> {
  worker: Worker;
  pending: Map<number, Pending<R>>;
}

/**
 * A fixed set of worker threads. Each holds up to `depth` tasks at a time, so
 * that it never waits on the dispatching thread between two of them.
 */
export class WorkerPool<T, R> {
  private readonly slots: Array<Slot<R>>;
  private readonly queue: Array<{ message: T; pending: Pending<R> }> = [];
  private nextId = 0;

  constructor(
    size: number,
    url: URL,
    workerData: unknown,
    private readonly depth = 2,
  ) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot<R> = { worker: new Worker(url, { workerData }), pending: new Map() };
      slot.worker.on('message', ({ id, result }: { id: number; result: R }) => {
        const pending = slot.pending.get(id);
        slot.pending.delete(id);
        pending?.resolve(result);
        this.next();
      });
      slot.worker.on('error', (error) => {
        for (const pending of slot.pending.values()) pending.reject(error);
        slot.pending.clear();
      });
      return slot;
    });
  }

  /** Whether a task given now would start at once rather than wait in the queue. */
  hasCapacity(): boolean {
    return this.queue.length === 0 && this.slots.some((slot) => slot.pending.size < this.depth);
  }

  run(message: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, pending: { resolve, reject } });
      this.next();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private next(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
      if (slot.pending.size >= this.depth) return;
      const { message, pending } = this.queue.shift() as { message: T; pending: Pending<R> };
      const id = this.nextId++;
      slot.pending.set(id, pending);
      slot.worker.postMessage({ id, message });
    }
  }
}
