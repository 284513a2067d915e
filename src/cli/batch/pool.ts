import { Worker } from 'node:worker_threads';

export interface Task<R> {
  (index: number): Promise<R>;
}

/**
 * Runs `task` for indices 0…count-1, at most `concurrency` at once, and hands
 * each result to `emit` in index order, waiting for it (so a slow output slows
 * the run instead of filling memory). No more than `window` results wait for a
 * slow predecessor, so memory stays bounded however many pages there are. The
 * first failure — of a task, of `emit`, or `interruption` rejecting — ends the
 * run: no task starts after it and nothing more is emitted.
 */
export async function mapOrdered<R>(
  count: number,
  concurrency: number,
  task: Task<R>,
  emit: (index: number, result: R) => Promise<void> | void,
  interruption: Promise<never> = new Promise<never>(() => undefined),
): Promise<void> {
  const window = Math.max(1, concurrency) * 4;
  const results = new Map<number, Promise<R>>();
  let dispatched = 0;
  let running = 0;
  let emitted = 0;
  let stopped = false;
  const dispatch = (): void => {
    while (!stopped && running < concurrency && dispatched < count && dispatched < emitted + window) {
      const index = dispatched++;
      running++;
      const result = task(index);
      const settled = () => {
        running--;
        dispatch();
      };
      result.then(settled, settled);
      results.set(index, result);
    }
  };
  try {
    for (; emitted < count; emitted++) {
      dispatch();
      const result = await Promise.race([results.get(emitted) as Promise<R>, interruption]);
      results.delete(emitted);
      await Promise.race([emit(emitted, result), interruption]);
    }
  } finally {
    stopped = true;
  }
}

interface Pending<R> {
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

interface Slot<R> {
  worker: Worker;
  pending: Map<number, Pending<R> & { weight: number }>;
  /** The weight of the tasks it holds. */
  weight: number;
}

/**
 * A fixed set of worker threads. Each holds up to `depth` tasks at a time, so
 * that it never waits on the dispatching thread between two of them, and no
 * more than `maxWeight` of them (a task's weight is its caller's: a page's
 * bytes), so that a few large tasks are not all held by one worker while the
 * dispatching thread, which could take one, waits: four 40 MiB pages went to
 * one worker and ran one after another. A worker that holds nothing takes a
 * task of any weight.
 */
export class WorkerPool<T, R> {
  private slots: Array<Slot<R>>;
  private readonly queue: Array<{ message: T; pending: Pending<R>; weight: number }> = [];
  private nextId = 0;
  /** Who waits for a worker to finish a task (see `room`). */
  private rooms: Array<() => void> = [];

  constructor(
    size: number,
    url: URL,
    workerData: unknown,
    private readonly depth = 2,
    private readonly maxWeight = Number.POSITIVE_INFINITY,
  ) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot<R> = { worker: new Worker(url, { workerData }), pending: new Map(), weight: 0 };
      slot.worker.on('message', ({ id, result }: { id: number; result: R }) => {
        const pending = slot.pending.get(id);
        slot.pending.delete(id);
        slot.weight -= pending?.weight ?? 0;
        pending?.resolve(result);
        this.next();
        this.wake();
      });
      slot.worker.on('error', (error) => this.fail(slot, error));
      return slot;
    });
  }

  /** Whether a task of `weight` given now would be held by a worker at once rather than wait in the queue. */
  hasCapacity(weight = 0): boolean {
    return this.queue.length === 0 && this.slots.some((slot) => this.takes(slot, weight));
  }

  run(message: T, weight = 0): Promise<R> {
    if (this.slots.length === 0) return Promise.reject(new Error('every batch worker thread has died'));
    return new Promise((resolve, reject) => {
      this.queue.push({ message, pending: { resolve, reject }, weight });
      this.next();
    });
  }

  /** Resolves when a worker next finishes a task or dies: then one may have room (`hasCapacity`). */
  room(): Promise<void> {
    return new Promise((resolve) => this.rooms.push(resolve));
  }

  private wake(): void {
    for (const resolve of this.rooms.splice(0)) resolve();
  }

  private takes(slot: Slot<R>, weight: number): boolean {
    return slot.pending.size === 0 || (slot.pending.size < this.depth && slot.weight + weight <= this.maxWeight);
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  /** A worker that died takes no more tasks; when none is left, nothing queued will run. */
  private fail(slot: Slot<R>, error: Error): void {
    for (const pending of slot.pending.values()) pending.reject(error);
    slot.pending.clear();
    this.slots = this.slots.filter((candidate) => candidate !== slot);
    if (this.slots.length === 0) for (const { pending } of this.queue.splice(0)) pending.reject(error);
    this.wake();
  }

  private next(): void {
    while (this.queue.length > 0 && this.slots.length > 0) {
      const { message, pending, weight } = this.queue[0] as { message: T; pending: Pending<R>; weight: number };
      const slot = this.slots.filter((candidate) => this.takes(candidate, weight)).reduce<Slot<R> | undefined>(
        (least, candidate) => (least === undefined || candidate.pending.size < least.pending.size ? candidate : least),
        undefined,
      );
      if (slot === undefined) return;
      this.queue.shift();
      const id = this.nextId++;
      slot.pending.set(id, { ...pending, weight });
      slot.weight += weight;
      slot.worker.postMessage({ id, message });
    }
  }
}
