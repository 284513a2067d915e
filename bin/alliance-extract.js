#!/usr/bin/env node
// The only file that touches the process: it hands the real streams to the CLI
// and turns its result into the exit code.
import { readFileSync } from 'node:fs';

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
  process.stdout.write(JSON.parse(readFileSync(new URL('../dist/answers.json', import.meta.url), 'utf8'))[args[0]]);
} else {
  const { loadCli } = await import('./load-cli.js');
  process.exitCode = await loadCli().cli.run(args, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  });
}
