/**
 * A page's bytes (or text) handed to the pipeline, which takes them once and
 * keeps them no longer than it needs them: to hash, unpack and decode them.
 *
 * A 40 MiB page is 40 MiB of bytes and as much again decoded, and past the
 * decoding the bytes are of no use; but a frame that still holds them — a
 * parameter, or the register an awaited read's result was left in — keeps
 * them alive to the end of the run, over the peak of everything else. So
 * whoever reads a page hands it over from the function that read it (whose
 * frame ends there), and the pipeline takes it out in the function that
 * decodes it.
 */
export interface HandedOver<T> {
  /** The value, which the handle no longer holds; a second take is a bug. */
  take(): T;
  /** What `read` says of the value, which the handle still holds. */
  peek<R>(read: (value: T) => R): R;
}

export function handOver<T>(value: T): HandedOver<T> {
  let held: { value: T } | undefined = { value };
  const holding = (): { value: T } => {
    if (held === undefined) throw new Error('a page handed over was taken twice');
    return held;
  };
  return {
    take() {
      const { value: taken } = holding();
      held = undefined;
      return taken;
    },
    peek: (read) => read(holding().value),
  };
}
