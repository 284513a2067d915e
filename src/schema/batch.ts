import * as z from 'zod/mini';
import { Extraction, Warning } from './output.js';

/**
 * The records of a batch's output stream (one NDJSON line, or one document of
 * a YAML stream, a page), part of the output contract like the document
 * itself: every record is validated against `BatchRecord` before it is written.
 */

/** The page's path as it was given (a directory's pages as that directory, as given, joined with their path below it; an address's password masked, `withoutPassword`), or "-". */
export const PagePath = z.string().check(z.minLength(1));

/** A page that yielded the post (or, with --partial, what was found): its path, then the document. */
export const PageRecord = z.object({ path: PagePath, ...Extraction.shape });

/** A page that failed: its exit code and one-line message, with the warnings that explain it. */
export const ErrorRecord = z.object({
  path: PagePath,
  error: z.object({
    /** 3: unreadable input; 4: not the complete post; 70: a bug in this tool. */
    exitCode: z.literal([3, 4, 70]),
    message: z.string().check(z.minLength(1)),
  }),
  warnings: z.array(Warning),
});

export const BatchRecord = z.union([PageRecord, ErrorRecord]);

export type PageRecord = z.infer<typeof PageRecord>;
export type ErrorRecord = z.infer<typeof ErrorRecord>;
export type BatchRecord = z.infer<typeof BatchRecord>;
