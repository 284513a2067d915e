#!/usr/bin/env node
// The only file that touches the process: it hands the real streams to the CLI
// and turns its result into the exit code. bin/ is CommonJS (bin/package.json):
// Node starts a CommonJS entry point about 4 ms sooner than an ES module, a
// tenth of what a run over one page costs beyond Node's own start-up.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

// A reader that stops early (`| head`) closes the pipe; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const args = process.argv.slice(2);
// `--version` and `--help` alone are answered from the text the build saved by
// running the CLI itself (dist/answers.json), without loading it: shell
// scripts and completions call them often, and they should cost no more than
// starting Node.
const SAVED = new Set(['--help', '-h', '--version', '-V']);
if (args.length === 1 && SAVED.has(args[0])) {
  process.stdout.write(JSON.parse(readFileSync(join(__dirname, '..', 'dist', 'answers.json'), 'utf8'))[args[0]]);
} else {
  const { loadCli } = require('./load-cli.js');
  loadCli()
    .cli.run(args, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      cwd: process.cwd(),
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      stderrIsTTY: Boolean(process.stderr.isTTY),
    })
    .then((code) => {
      process.exitCode = code;
    });
}
