import type { Block } from '../text/blocks.js';
import { COMMITMENT_RULES, LIST_INTRO } from '../rules/facts.js';
import type { CommitmentId } from '../schema/output.js';
import { withoutMarks } from '../text/marks.js';

export interface ListItem {
  text: string;
  start: number;
}

export interface FoundCommitments {
  items: Array<ListItem & { id: CommitmentId }>;
  unrecognised: ListItem[];
  duplicates: Array<ListItem & { id: CommitmentId }>;
}

export function classifyCommitment(text: string): CommitmentId | undefined {
  return COMMITMENT_RULES.find((rule) => rule.all.every((pattern) => pattern.test(text)))?.id;
}

interface ListRun {
  items: Block[];
  introduced: boolean;
}

/** Consecutive list items, each with whether a paragraph ending in a colon announced it. */
export function listRuns(blocks: readonly Block[]): ListRun[] {
  const runs: ListRun[] = [];
  let current: ListRun | undefined;
  blocks.forEach((block, index) => {
    if (block.kind !== 'item') {
      current = undefined;
      return;
    }
    if (!current) {
      const previous = blocks[index - 1];
      current = { items: [], introduced: previous !== undefined && previous.kind === 'paragraph' && LIST_INTRO.test(previous.text) };
      runs.push(current);
    }
    current.items.push(block);
  });
  return runs;
}

/**
 * The commitments are the list the post announces with "bland annat:" (or
 * "among other things:"): whatever its markup — <ul>, Word's list paragraphs,
 * typed bullets or dash paragraphs — it is the run of items whose texts name
 * the most of the four targets, an announced run winning a tie.
 */
export function extractCommitments(blocks: readonly Block[]): FoundCommitments {
  let best: { run: ListRun; ids: Array<CommitmentId | undefined>; score: number } | undefined;
  for (const run of listRuns(blocks)) {
    // Classified without its footnote marks ("tillgången<sup>2</sup>"), which no word of a rule allows for; quoted as written.
    const ids = run.items.map((item) => classifyCommitment(withoutMarks(item.text, item.cuts)));
    const score = ids.filter(Boolean).length * 2 + (run.introduced ? 1 : 0);
    if (ids.some(Boolean) && (!best || score > best.score)) best = { run, ids, score };
  }
  const result: FoundCommitments = { items: [], unrecognised: [], duplicates: [] };
  if (!best) return result;
  const seen = new Set<CommitmentId>();
  best.run.items.forEach((item, index) => {
    const id = best.ids[index];
    const entry = { text: item.text, start: item.start };
    if (!id) result.unrecognised.push(entry);
    else if (seen.has(id)) result.duplicates.push({ ...entry, id });
    else {
      seen.add(id);
      result.items.push({ ...entry, id });
    }
  });
  return result;
}
