import { DOUBTED, SOURCE_LABEL } from '../rules/facts.js';

/** The most words a source may take after its label ("Källor: Regeringskansliet, pressmeddelande 5 december 2012"). */
const MAX_SOURCE_WORDS = 5;

/**
 * The source a note's words (`body`, after its mark) only give, or undefined: its label (`SOURCE_LABEL`), then a name
 * of a few words in one sentence, whatever words they are ("Källa: regeringen.", "Source: the government.",
 * "Sources: regeringen.se"). More after it is read as any note's words are ("Källa: regeringen. Sverige väntar på
 * riksdagen."), and a source the note doubts ("Källa: utkast.", `DOUBTED`) is no plain source: a figure or a listed
 * country under it is in doubt. Read so for a note under a figure and under a listed country alike.
 */
export function sourceGivenBy(body: string): string | undefined {
  const label = SOURCE_LABEL.exec(body);
  if (label === null) return undefined;
  const said = body.slice(label[0].length).trim().replace(/[.!]$/, '');
  if (said === '' || /[.!?;:]\s/.test(said) || said.split(/\s+/).length > MAX_SOURCE_WORDS || DOUBTED.test(said)) return undefined;
  return said;
}
