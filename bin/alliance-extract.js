#!/usr/bin/env node
// The only file that touches the process: it hands the real streams to the CLI,
// turns SIGINT and SIGTERM into a cancellation the CLI honours, and turns its
// result into the exit code. bin/ is CommonJS (bin/package.json): Node starts a
// CommonJS entry point about 4 ms sooner than an ES module, a tenth of what a
// run over one page costs beyond Node's own start-up.
'use strict';
const { fstatSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Readable, Writable } = require('node:stream');

/**
 * Node writes to a regular file given as standard output or error with one
 * write(2) a chunk and ignores a short count, so text past a file-size limit
 * (`ulimit -f`) would vanish without an error. This stream writes all of each
 * chunk or fails (Node ignores SIGXFSZ, so the limit surfaces as EFBIG).
 */
function standardStream(fd, stream) {
  let isFile = false;
  try {
    isFile = fstatSync(fd).isFile();
  } catch {
    // A closed descriptor: Node's own stream reports its errors.
  }
  if (!isFile) return stream;
  return new Writable({
    write(chunk, _encoding, callback) {
      try {
        writeFileSync(fd, chunk);
        callback();
      } catch (error) {
        callback(error);
      }
    },
  });
}

/**
 * Node reads a directory given as standard input (`- < dir`) as empty: a
 * stream that fails as reading a directory does lets the CLI say what it is.
 */
function standardInput() {
  try {
    if (!fstatSync(0).isDirectory()) return process.stdin;
  } catch {
    return process.stdin;
  }
  const error = Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR', errno: -21, syscall: 'read' });
  return new Readable({
    read() {
      this.destroy(error);
    },
  });
}

const stdout = standardStream(1, process.stdout);
const stderr = standardStream(2, process.stderr);

// A reader that stops early (`| head`) closes the pipe: nothing to say about
// that, but the output was not all delivered, so the run cannot end as if it
// had been (a `check` whose report was cut would pass under `set -o pipefail`).
// It ends as a tool that SIGPIPE stopped does: 128 + 13. Any other failed
// write is the CLI's to report (exit 3).
const CLOSED_PIPE_EXIT = 141;
stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(CLOSED_PIPE_EXIT);
});

const args = process.argv.slice(2);
// `--version` and `--help` alone are answered from the text the build saved by
// running the CLI itself (dist/answers.json), without loading it: shell
// scripts and completions call them often, and they should cost no more than
// starting Node.
const SAVED = new Set(['--help', '-h', '--version', '-V']);
if (args.length === 1 && SAVED.has(args[0])) {
  stdout.write(JSON.parse(readFileSync(join(__dirname, '..', 'dist', 'answers.json'), 'utf8'))[args[0]], (error) => {
    if (error && error.code !== 'EPIPE') {
      // Rare enough to load the CLI for: its words for the failure, as every other write has them.
      const { message } = require('./load-cli.js').loadCli().cli.stdoutError(error);
      stderr.on('error', () => undefined).write(`alliance-extract: ${message}\n`);
      process.exitCode = 3;
    }
  });
} else {
  // The first signal asks the run to stop (it removes what it was writing and
  // ends with 128 + the signal's number); a second one stops the process at once.
  // SIGHUP too: a closed terminal or a dropped ssh session must not leave a
  // temporary file behind.
  const controller = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(name, () => {
      if (controller.signal.aborted) process.exit(128 + require('node:os').constants.signals[name]);
      controller.abort(name);
    });
  }
  const { loadCli, fullCollection } = require('./load-cli.js');
  loadCli()
    .cli.run(args, {
      // Node sets standard input up the first time it is asked for (a few
      // milliseconds of a cold run), and only `-` reads it.
      get stdin() {
        return standardInput();
      },
      stdout,
      stderr,
      env: process.env,
      cwd: process.cwd(),
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      stderrIsTTY: Boolean(process.stderr.isTTY),
      signal: controller.signal,
      collectGarbage: fullCollection(),
    })
    .then((code) => {
      process.exitCode = code;
      // A stopped run may leave a read or an open still waiting in Node's
      // thread pool (a named pipe no one writes to), which would keep the
      // process alive: everything the run wrote has been taken already.
      if (controller.signal.aborted) process.exit(code);
    });
}
