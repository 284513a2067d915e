import type { Position } from './load/positions.js';
import type { Warning } from './schema/output.js';

/** Collects the warnings of one extraction, each placed in the source where it can be. */
export class Warnings {
  readonly list: Warning[] = [];
  constructor(private readonly locate: (offset: number) => Position) {}

  add(code: string, message: string, offset?: number): void {
    this.list.push({ code, message, location: offset === undefined ? null : this.locate(offset) });
  }
}
