import type { Position } from './load/positions.js';
import type { Warning } from './schema/output.js';

/**
 * The facts a page states that its extraction left out, each with the
 * warnings that say why. Not part of the output, whose warnings name no fact
 * by id (schemaVersion 1): `check` and `diff` hold it beside the extraction of
 * a page they read, to tell the post with its figures left out from a page
 * that does not state them.
 */
export type LeftOut = ReadonlyMap<string, readonly Warning[]>;

/** Collects the warnings of one extraction, each placed in the source where it can be. */
export class Warnings {
  readonly list: Warning[] = [];
  private readonly reasons = new Map<string, Warning[]>();
  constructor(private readonly locate: (offset: number) => Position) {}

  /** `leftOut`: the ids of the facts the page states that this warning leaves out. */
  add(code: string, message: string, offset?: number, leftOut: readonly string[] = []): void {
    const warning = { code, message, location: offset === undefined ? null : this.locate(offset) };
    this.list.push(warning);
    for (const id of leftOut) this.reasons.set(id, [...(this.reasons.get(id) ?? []), warning]);
  }

  /** The facts the warnings left out, but for those `found` (a figure left out in one sentence may be read from another). */
  leftOut(found: ReadonlySet<string>): LeftOut {
    return new Map([...this.reasons].filter(([id]) => !found.has(id)));
  }
}
