import { unknownWord, unknownWordOf } from './unknownWord.js';
import { shownText, type Block } from '../text/blocks.js';
import {
  ADOPTED, AS_DUE, COMMITMENT_RULES, COMMITMENT_REVERSAL, COMMITMENTS_TOPIC, DENIAL_EXCEPTED, LIST_ADOPTION, LIST_DENIAL, LIST_NOT_IN_FORCE, LIST_REFERENCE, LIST_WITHDRAWAL, NEGATION, LIST_INTRO, LIST_NOT_YET, NONE_REJECTED, NOT_WITHDRAWN, PART_OF_LIST, PROPOSED, WITHDRAWN,
} from '../rules/facts.js';
import type { CommitmentId } from '../schema/output.js';
import type { Language } from './numbers.js';
import { withoutMarks } from '../text/marks.js';
import { wordNotRead } from './wordNotRead.js';
import { clipped } from '../text/clip.js';
import { asideName, blocksAndAsides } from '../text/pageOrder.js';
import { amends, heardBlocks, speaksOfList, unknownWordHeard } from './speaking.js';
import { unreadListTalk } from './figureTalk.js';

export interface ListItem {
  text: string;
  start: number;
}

/** An item that names a commitment but says something the tool does not read as it: left out. */
export interface UnclearCommitment extends ListItem {
  id: CommitmentId;
  reason: string;
}

/** A commitment that two items in the same language state in different words: which is the post's own the page does not say. */
export interface ConflictingCommitments {
  id: CommitmentId;
  /** Each different wording once, in the order read; at least two. */
  items: ListItem[];
}

export interface FoundCommitments {
  items: Array<ListItem & { id: CommitmentId }>;
  unrecognised: ListItem[];
  duplicates: Array<ListItem & { id: CommitmentId }>;
  unclear: UnclearCommitment[];
  conflicts: ConflictingCommitments[];
}

/** What an item's text says of a commitment: which one it is about, in which language, and whether it states it. */
export interface ReadCommitment {
  id: CommitmentId;
  language: Language;
  /** Whether it says what the commitment says (see `CommitmentRule.says`), clearly or not. */
  states: boolean;
  /** Why the item states no commitment though it says one's words; null when it states it clearly. */
  unclear: string | null;
}

/**
 * The commitment an item's text is about, by its words in either language
 * (see COMMITMENT_RULES), and whether it states it. One that a negation or
 * reversal turns, or that holds the opposite verb too, states it unclearly.
 */
export function readCommitment(text: string): ReadCommitment | undefined {
  for (const rule of COMMITMENT_RULES) {
    for (const language of ['sv', 'en'] as const) {
      if (!rule.topic[language].every((pattern) => pattern.test(text))) continue;
      const states = rule.says[language].every((pattern) => pattern.test(text));
      const reversal = COMMITMENT_REVERSAL.exec(text)?.[0];
      const opposite = rule.opposite?.[language].reduce<string | undefined>((found, pattern) => found ?? pattern.exec(text)?.[0], undefined);
      const unclear =
        reversal !== undefined
          ? `"${reversal}" may deny or reverse what it says`
          : opposite !== undefined
            ? `"${opposite}" says the opposite of what it says`
            : null;
      return { id: rule.id, language, states, unclear };
    }
  }
  return undefined;
}

/** The commitment an item's text states, if it states one clearly. */
export function classifyCommitment(text: string): CommitmentId | undefined {
  const read = readCommitment(text);
  return read?.states && read.unclear === null ? read.id : undefined;
}

/**
 * The word of a list's lead-in that makes its items other than commitments
 * made, or null: one that denies or turns them around (`COMMITMENT_REVERSAL`,
 * `LIST_DENIAL`), one that makes them proposals not said to be adopted
 * (`PROPOSED`, `ADOPTED`), or one that makes them undertakings still to be made (`LIST_NOT_YET`). "Inget förslag avvisades" denies nothing (`NONE_REJECTED`).
 */
/** What the first of `patterns` that matches `text` matches there, or undefined. */
function firstMatch(patterns: readonly RegExp[], text: string): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

function leadInDenial(leadIn: string): string | null {
  // The aside leaves a mark, not a space: with it gone from before the verb ("Som sig bör förbinder sig…") the verb
  // would open the lead-in as a question's does.
  const read = leadIn.replace(NONE_REJECTED, ' ').replace(AS_DUE, ',');
  const denial = firstMatch([COMMITMENT_REVERSAL, ...LIST_DENIAL], read);
  if (denial !== undefined) return denial;
  const proposed = ADOPTED.test(read) ? undefined : PROPOSED.exec(read)?.[0];
  return proposed ?? firstMatch(LIST_NOT_YET, read) ?? null;
}

interface ListRun {
  items: Block[];
  introduced: boolean;
  /** A word of its lead-in that makes its items other than commitments made (see `LIST_DENIAL`), or null. */
  denied: string | null;
  /** The paragraph that announced it, or the heading right above it; empty when neither. */
  leadIn: string;
}

/**
 * Consecutive list items, each run with whether a paragraph ending in a
 * colon announced it, and whether that paragraph, or a heading right above
 * it, denies it.
 */
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
      const introduced = previous !== undefined && previous.kind === 'paragraph' && LIST_INTRO.test(previous.text);
      const leadIn = introduced || previous?.kind === 'heading' ? (previous as Block).text : '';
      current = { items: [], introduced, denied: leadInDenial(leadIn), leadIn };
      runs.push(current);
    }
    current.items.push(block);
  });
  return runs;
}

/**
 * An item's wording as compared with another's: typography and white space
 * are how a page is set, not what it says ("children’s" and "children's").
 */
export function wording(text: string): string {
  return text
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The language most of a list's items name their commitments in, the first
 * item's among equals: an item in the other language, a translation quoted
 * in the list, is neither a repetition of the list's nor another wording.
 */
function listLanguage(read: ReadonlyArray<ReadCommitment | undefined>): Language {
  const named = read.filter((item): item is ReadCommitment => item !== undefined);
  const english = named.filter((item) => item.language === 'en').length;
  if (english * 2 === named.length) return named[0]?.language ?? 'sv';
  return english * 2 > named.length ? 'en' : 'sv';
}

type ReadRun = { run: ListRun; read: Array<ReadCommitment | undefined> };
type Statement = ListItem & { read: ReadCommitment };

/**
 * What each item says of a commitment, kept while the item lives: locate
 * reads the post's list once to choose the post and again beside the rest of
 * the page (`withCommitmentsAround`). A reading depends on the item's text
 * and cuts alone.
 */
const itemReadings = new WeakMap<Block, ReadCommitment | null>();

function readItem(item: Block): ReadCommitment | undefined {
  let read = itemReadings.get(item);
  if (read === undefined) {
    // Read without its footnote marks ("tillgången<sup>2</sup>"), which no word of a rule allows for; quoted as written.
    read = readCommitment(withoutMarks(item.text, item.cuts)) ?? null;
    itemReadings.set(item, read);
  }
  return read ?? undefined;
}

/** Each list run of the blocks, with what each of its items says of a commitment. */
function readRuns(blocks: readonly Block[]): ReadRun[] {
  return listRuns(blocks).map((run) => ({ run, read: run.items.map(readItem) }));
}

const byStart = (a: ListItem, b: ListItem) => a.start - b.start;

/** Whether text names what the list is about or points back at it (`COMMITMENTS_TOPIC`, `LIST_REFERENCE`). */
const refersToList = (text: string): boolean => COMMITMENTS_TOPIC.test(text) || LIST_REFERENCE.some((pattern) => pattern.test(text));

/**
 * The words with which the block right after the list takes it back, or undefined: it refers to the list
 * (`refersToList`) and says it was withdrawn, struck, turned down or is no longer in force (`LIST_WITHDRAWAL`,
 * `LIST_NOT_IN_FORCE`, `WITHDRAWN`: "Förslagen ovan antogs aldrig.", "Allt detta ströks senare.", "These were later withdrawn."), or
 * denies a part of it an adoption (`PART_OF_LIST` with a `NEGATION` and `LIST_ADOPTION`: "Inget av detta antogs.",
 * "Länderna förbinder sig inte till något av detta.", "None of the above applies any more."), read without a
 * withdrawal it denies (`NOT_WITHDRAWN`, `NONE_REJECTED`) unless it makes an exception (`DENIAL_EXCEPTED`). A negation alone is
 * no withdrawal: "Inget av detta är lätt.", "Dessa mål är inte lätta att nå", "This will not happen overnight."
 * point back at the list and go on to what it takes to reach it.
 */
function takesBack(text: string): string | undefined {
  if (!refersToList(text)) return undefined;
  // A withdrawal denied ("None of these were rejected.", "Inget av detta har strukits.") withdraws nothing.
  const said = text.replace(NONE_REJECTED, ' ').replace(NOT_WITHDRAWN, ' ');
  // …unless it makes an exception, or an end ("Inget av detta har dragits tillbaka, utom den sista punkten.").
  const excepted = said !== text ? DENIAL_EXCEPTED.exec(said)?.[0] : undefined;
  if (excepted !== undefined) return excepted;
  const withdrawal = LIST_WITHDRAWAL.exec(said)?.[0] ?? LIST_NOT_IN_FORCE.exec(said)?.[0] ?? WITHDRAWN.exec(said)?.[0];
  if (withdrawal !== undefined) return withdrawal;
  return PART_OF_LIST.test(said) && NEGATION.test(said) ? LIST_ADOPTION.exec(said)?.[0] : undefined;
}

/**
 * Why the list's items are left out for what another block of the post says:
 * the block right after the list, an aside the post holds there too, as a withdrawal follows what it takes back
 * (`takesBack`), or calls it wrong with a word the lexicon lacks
 * (`amends`: "Detta var felaktigt."); or any block with such a word that speaks of the list
 * (`speaksOf` its topic: "Rättelse: en av punkterna ovan har strukits"),
 * wherever it stands, heard after a label alone in the block before it
 * (`heardBlocks`), in the post's asides too (`asides`). Undefined if none does.
 */
function speakingOfList(blocks: readonly Block[], items: readonly Block[], language: Language, asides: ReadonlyArray<readonly Block[]>): string | undefined {
  const listed = new Set(items);
  // An aside the post holds right after the list follows it as a paragraph would (`blocksAndAsides`).
  const read = blocksAndAsides(blocks, asides);
  const after = read[read.indexOf(items[items.length - 1] as Block) + 1];
  if (after) {
    const text = shownText(after);
    const block = read === blocks || blocks.includes(after) ? 'the block' : asideName(after, true);
    const withdrawal = takesBack(text);
    if (withdrawal) return `${block} right after the list takes it back ("${withdrawal}", in "${clipped(text)}")`;
    const next = refersToList(text) && amends(text) ? unknownWordOf(after, language, { countries: true }) : undefined;
    if (next !== undefined) return `${block} right after the list takes it back, with ${wordNotRead(next, text, clipped(text))}`;
  }
  // The list's lead-in, the block right before it that announces it, is the list's reader's (`leadInDenial`).
  const leadIn = blocks[blocks.indexOf(items[0] as Block) - 1];
  for (const run of [blocks, ...asides]) {
    for (const heard of heardBlocks(run)) {
      if (listed.has(heard.block)) continue;
      const where = run === blocks ? 'another block of the post' : asideName(heard.block);
      if (speaksOfList(heard.text)) {
        const word = unknownWordHeard(heard, language);
        if (word !== undefined) return `${where} speaks of the list, with ${wordNotRead(word, heard.text, clipped(heard.text))}`;
      }
      // Since the evening of 5 December, a sentence that doubts, changes or narrows the list's goals in words no reader
      // here hears ("Målen ovan har ändrats sedan dess.", "The commitments are provisional.": `unreadListTalk`), as the
      // figures' guard hears of them; in an aside, only one that amends the post.
      const announces = heard.block === leadIn && heard.text.trimEnd().endsWith(':');
      const talk = !announces && (run === blocks || amends(heard.text)) ? unreadListTalk(heard.text) : undefined;
      if (talk) return `${where} says of the list what the tool does not read ("${talk.word}", in "${clipped(talk.sentence)}")`;
    }
  }
  return undefined;
}

/**
 * The commitments are the list the post announces with "bland annat:" (or
 * "among other things:"): whatever its markup — <ul>, Word's list paragraphs,
 * typed bullets or dash paragraphs — it is the run of items that are about
 * the most of the four targets, then that states the most of them clearly,
 * an announced run winning a tie. An item of it that does not say what its
 * commitment says is unrecognised; one that says it unclearly is left out.
 * Every item in the blocks about a commitment in
 * the same language — a draft quoted, a second copy of the list — must word
 * it as the list does, or the commitment is left out: which wording is the
 * post's own the page does not say. An item in the other language is a
 * translation, not another wording. `elsewhere`: the rest of the page's
 * readable text, each part read apart, whose items are compared so but are
 * never the list. `asides`: furniture the post holds, which may amend the
 * list (see `speakingOfList`).
 */
export function extractCommitments(blocks: readonly Block[], elsewhere: ReadonlyArray<readonly Block[]> = [], asides: ReadonlyArray<readonly Block[]> = []): FoundCommitments {
  const result: FoundCommitments = { items: [], unrecognised: [], duplicates: [], unclear: [], conflicts: [] };
  const runs = readRuns(blocks);
  let best: (ReadRun & { score: number }) | undefined;
  for (const candidate of runs) {
    const about = candidate.read.filter(Boolean).length;
    const stated = candidate.read.filter((read) => read?.states && read.unclear === null).length;
    // A list its lead-in denies is the list only where no other is about a commitment.
    const score = about * 4 + stated * 2 + (candidate.run.introduced ? 1 : 0) - (candidate.run.denied === null ? 0 : 1000);
    if (candidate.read.some(Boolean) && (!best || score > best.score)) best = { ...candidate, score };
  }
  if (!best) return result;
  const { denied, leadIn, items } = best.run;
  if (denied !== null) {
    best = { ...best, read: best.read.map((read) => read && { ...read, unclear: read.unclear ?? `"${denied}" in the list's lead-in may deny or reverse what it says` }) };
  }
  // As a figure is read only from words the tool reads (src/rules/lexicon.ts), so is a commitment: its item's, and its
  // lead-in's ("Förra året förband sig länderna…", "Försvåra arbetet att minska tillgången…").
  const strangerInLeadIn = unknownWord(leadIn, listLanguage(best.read));
  const aside = speakingOfList(blocks, items, listLanguage(best.read), asides);
  best = {
    ...best,
    read: best.read.map((read, index) => {
      if (!read) return read;
      // What the item or its lead-in says, the tool does not read; a block that amends the list (`aside`) it reads, and says so.
      if (read.unclear !== null) return { ...read, unclear: `${read.unclear}, which the tool does not read` };
      if (strangerInLeadIn !== undefined) return { ...read, unclear: `its list's lead-in has the word "${strangerInLeadIn}", which the tool does not read` };
      if (aside !== undefined) return { ...read, unclear: aside };
      const item = items[index] as Block;
      const stranger = unknownWordOf(item, read.language, { text: withoutMarks(item.text, item.cuts) });
      return stranger === undefined ? read : { ...read, unclear: `it has the word "${stranger}", which the tool does not read` };
    }),
  };
  const statements: Statement[] = [...runs, ...elsewhere.flatMap(readRuns)].flatMap(({ run, read }) =>
    run.items.flatMap((item, index) => {
      const about = read[index];
      return about ? [{ text: item.text, start: item.start, read: about }] : [];
    }),
  );
  const listed = best.run.items.map((item, index) => ({ text: item.text, start: item.start, read: best.read[index] }));
  for (const { text, start, read } of listed) if (!read) result.unrecognised.push({ text, start });
  const language = listLanguage(best.read);
  for (const id of new Set(listed.flatMap(({ read }) => (read?.language === language ? [read.id] : [])))) {
    const own = listed.filter((item): item is Statement => item.read?.id === id && item.read.language === language);
    const stated = own.find((item) => item.read.states);
    if (!stated) {
      result.unrecognised.push(...own.map(({ text, start }) => ({ text, start })));
      continue;
    }
    const wordings = new Map<string, ListItem>();
    for (const { text, start, read } of statements) {
      if (read.id !== id || read.language !== stated.read.language) continue;
      const worded = wording(text);
      if (!wordings.has(worded)) wordings.set(worded, { text, start });
    }
    const entry = { text: stated.text, start: stated.start, id };
    if (wordings.size > 1) result.conflicts.push({ id, items: [...wordings.values()].sort(byStart) });
    else if (stated.read.unclear !== null) result.unclear.push({ ...entry, reason: stated.read.unclear });
    else {
      result.items.push(entry);
      // The same words twice in the list: a repetition, said; in other words, a conflict (above).
      result.duplicates.push(...own.filter((item) => item !== stated).map(({ text, start }) => ({ text, start, id })));
    }
  }
  result.items.sort(byStart);
  result.unrecognised.sort(byStart);
  result.duplicates.sort(byStart);
  return result;
}
