import { missingFacts } from '../../pipeline.js';
import { serializerFor, type Format } from '../../emit/emit.js';
import { PagePath } from '../../schema/batch.js';
import type { Outcome } from '../exit.js';
import { openSink, stopIfSignalled, writeData, type CliIO, type Sink } from '../io.js';
import { outputTarget, type OutputTarget } from '../outputTarget.js';
import { inputName, safe } from '../../text/escape.js';
import { describeMissing, extractFile, type SourceOptions } from './shared.js';
import type { Extraction } from '../../schema/output.js';

export interface ExtractOptions extends SourceOptions {
  format: Format;
  output?: string | undefined;
  partial: boolean;
  quiet: boolean;
}

function reportWarnings(path: string, extraction: Extraction, io: CliIO): void {
  for (const warning of extraction.warnings) {
    if (warning.code.startsWith('missing-')) continue;
    const where = warning.location ? `:${warning.location.line}:${warning.location.column}` : '';
    io.stderr.write(`alliance-extract: ${safe(`${inputName(path)}${where}: warning: ${warning.message} [${warning.code}]`)}\n`);
  }
}

/**
 * One page to one document. An incomplete post prints nothing on standard
 * output unless --partial asks for what was found; either way it ends with
 * code 4, so a pipeline never mistakes a partial document for the post.
 */
export async function extractCommand(path: string, options: ExtractOptions, io: CliIO): Promise<Outcome> {
  const output = options.output === undefined ? undefined : outputTarget(options.output, io);
  // A device or a named pipe is opened before the page is read, so that a
  // named pipe no one reads ends the run at once, not after a page that keeps
  // it waiting; a file is replaced only once the page is read (it may be the page).
  const device = output?.kind === 'device' ? await openSink(output, io) : undefined;
  try {
    return await extractTo(path, output, device, options, io);
  } finally {
    device?.abort();
  }
}

async function extractTo(path: string, output: OutputTarget | undefined, device: Sink | undefined, options: ExtractOptions, io: CliIO): Promise<Outcome> {
  const extraction = await extractFile(path, options, io);
  // A signal that came while the page was extracted is heard before the run says anything of the page.
  await stopIfSignalled(io);
  const missing = missingFacts(extraction);
  if (!options.quiet) reportWarnings(path, extraction, io);
  if (missing.length === 0 || options.partial) {
    // Validated as it was made (`extractPost`): of an NDJSON record only its path is left to check, as a batch's (`recordWriter`).
    const document = options.format === 'ndjson' ? { path: PagePath.parse(path), ...extraction } : extraction;
    const text = (await serializerFor(options.format))(document);
    if (device === undefined) await writeData(text, output, io);
    else {
      await device.write(text);
      await device.commit();
    }
  }
  if (missing.length > 0) {
    io.stderr.write(`alliance-extract: ${safe(describeMissing(path, extraction))}${options.partial ? '' : ' (--partial prints what was found)'}\n`);
  }
  return { kind: 'extracted', missing };
}
