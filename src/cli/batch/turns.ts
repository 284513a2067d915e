/**
 * This thread's turns at a batch's pages: it extracts one page at a time,
 * and a page waiting for its turn goes to a worker as soon as one has room,
 * rather than wait behind the page this thread holds. That page may be
 * waiting on a slow standard input or a named pipe no one has written yet:
 * the large pages after `-` waited behind it while the worker sat idle.
 */
export class Turns {
  #busy = false;
  readonly #waiting = new Set<() => void>();

  /**
   * `'handed'` once `handOff` has given the page to a worker (it returns
   * whether it did), tried now and whenever `room` says a worker may have
   * some (without `room`, a batch with no workers, only now); else `'here'`
   * once this thread is free, which holds it until `release`.
   */
  async take(handOff: () => boolean, room?: () => Promise<void>): Promise<'here' | 'handed'> {
    for (;;) {
      if (handOff()) return 'handed';
      if (!this.#busy) {
        this.#busy = true;
        return 'here';
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.#waiting.delete(wake);
          resolve();
        };
        this.#waiting.add(wake);
        void room?.().then(wake);
      });
    }
  }

  release(): void {
    this.#busy = false;
    for (const wake of [...this.#waiting]) wake();
  }
}
