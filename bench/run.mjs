#!/usr/bin/env node
// The benchmark: `npm run bench` (about a minute here), `npm run bench -- --quick`
// (about 15 s). Every target is judged on whole-process wall times (or peak
// RSS) taken in rounds that interleave the CLI with its baselines (A, B, C, A,
// B, C, …, starting each round one step further along), so that noise from a
// shared machine falls on all of them alike; ratios compare medians from this
// run only. One section (3b, info only) times warm loops inside a process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { deepPage, grownPage } from './pages.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = path.join(ROOT, 'bench');
const BIN = path.join(ROOT, 'bin', 'alliance-extract.js');
const FIXTURE = path.join(ROOT, 'fixtures', 'wordpress-2012', 'source.html');
const FIXTURE_REL = path.relative(ROOT, FIXTURE);
const PEERS = path.join(BENCH, '.peers');
const NODE = process.execPath;
const MiB = 1024 ** 2;

const USAGE = `usage: node bench/run.mjs [options]   (npm run bench -- [options])

  --quick          about 15 s instead of about a minute (fewer rounds)
  --rounds N       N measured rounds in every section (after one warm-up where noted)
  --pages N        pages in the batch measurement (default 400)
  --jobs N         --jobs for the batch (default: one a core, ${os.availableParallelism()} here)
  --peers          also time @mozilla/readability on jsdom, installing it into bench/.peers/
  --json FILE      also write every figure to FILE as JSON
  --rss-via-node   read peak RSS from node itself even if /usr/bin/time exists
  -h, --help       this text`;

// ---------------------------------------------------------------- options

let opts;
try {
  opts = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      pages: { type: 'string' },
      jobs: { type: 'string' },
      peers: { type: 'boolean', default: false },
      json: { type: 'string' },
      'rss-via-node': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (opts.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

function wholeNumber(name, text, fallback) {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`bench: --${name} must be a whole number of 1 or more\n`);
    process.exit(2);
  }
  return value;
}

const ROUNDS = opts.quick ? { cold: 10, batch: 3, warm: 1, scaling: 2, peers: 3 } : { cold: 60, batch: 10, warm: 3, scaling: 8, peers: 15 };
// Pages of warm-up, then pages measured, per run of bench/warm.mjs: by 1 500 the
// extractor's rate has levelled off here.
const WARM = { warm: 1500, pages: 1000 };
const fixedRounds = wholeNumber('rounds', opts.rounds, undefined);
if (fixedRounds) for (const key of Object.keys(ROUNDS)) ROUNDS[key] = fixedRounds;
const PAGES = wholeNumber('pages', opts.pages, 400);
const JOBS = wholeNumber('jobs', opts.jobs, os.availableParallelism());

// ---------------------------------------------------------------- environment

// Every timed command runs with this environment. NODE_EXTRA_CA_CERTS makes
// Node 20 read and parse a CA bundle at startup (about three times the cost of
// `node -e 0`), which would bury what the CLI itself costs.
const ENV = { ...process.env };
const extraCaCerts = ENV.NODE_EXTRA_CA_CERTS;
delete ENV.NODE_EXTRA_CA_CERTS;

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-bench-'));
const OUT = path.join(TMP, 'stdout');
const ERR = path.join(TMP, 'stderr');
const RSS_FILE = path.join(TMP, 'maxrss');
process.on('exit', () => fs.rmSync(TMP, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const TIME = !opts['rss-via-node'] && fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const started = Date.now();

// ---------------------------------------------------------------- running

/**
 * Runs argv once with the bench environment, stdout and stderr to files, and
 * returns the wall time in ms (and the peak RSS in KiB when asked for).
 */
function timed(argv, { rss = false, timeoutMs = 600_000 } = {}) {
  let [command, ...args] = argv;
  let env = ENV;
  if (rss) {
    fs.rmSync(RSS_FILE, { force: true });
    if (TIME) {
      args = ['-o', RSS_FILE, '-f', '%M', command, ...args];
      command = TIME;
    } else {
      if (command !== NODE) throw new Error('peak RSS without /usr/bin/time works for node commands only');
      args = ['--import', pathToFileURL(path.join(BENCH, 'maxrss.mjs')).href, ...args];
      env = { ...ENV, BENCH_MAXRSS_FILE: RSS_FILE };
    }
  }
  const out = fs.openSync(OUT, 'w');
  const err = fs.openSync(ERR, 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: ['ignore', out, err], timeout: timeoutMs });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  fs.closeSync(out);
  fs.closeSync(err);
  let rssKiB = null;
  if (rss && fs.existsSync(RSS_FILE)) {
    // GNU time puts "Command exited with non-zero status N" before the figure.
    const last = fs.readFileSync(RSS_FILE, 'utf8').trim().split('\n').pop();
    rssKiB = Number(last) || null;
  }
  return { ms, rssKiB, code: result.status, signal: result.signal, error: result.error };
}

const stdoutText = () => fs.readFileSync(OUT, 'utf8');
/** The telling line of a failed run's stderr: the error, not Node's version footer. */
function stderrLine() {
  const lines = fs.readFileSync(ERR, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  return (lines.find((line) => /^(\w*Error\b|alliance-extract:)/.test(line)) ?? lines.pop() ?? '').slice(0, 300);
}

/** Why a run failed, or null: a bad exit, or what the variant's check says. */
function failure(variant, result) {
  if (result.error) return result.error.code === 'ETIMEDOUT' ? 'timed out' : result.error.message;
  if (result.signal) return `killed by ${result.signal}`;
  if (result.code !== 0) return `exit ${result.code}: ${stderrLine()}`;
  return variant.check ? variant.check(stdoutText()) : null;
}

/**
 * Measures variants in interleaved rounds. A failed run is not a sample: it is
 * counted and reported, and the variant stays in later rounds (a rebuild of
 * dist/ during the run fails a round or two, not the whole section), except
 * when it fails in the warm-up or twice in a row with nothing measured.
 * Returns { key: { label, samples, rss, failures } }.
 */
function interleave(title, variants, rounds, { warmup = false } = {}) {
  const results = Object.fromEntries(variants.map((v) => [v.key, { label: v.label, samples: [], rss: [], failures: [], dropped: false }]));
  const live = () => variants.filter((v) => !results[v.key].dropped);
  const once = (variant) => {
    const result = timed(variant.argv, { rss: variant.rss });
    const why = failure(variant, result);
    if (!why) return result;
    const r = results[variant.key];
    r.failures.push(why);
    if (r.samples.length === 0 && r.failures.length >= 2) r.dropped = true;
    return null;
  };
  process.stdout.write(`  ${rounds} rounds${warmup ? ' after a warm-up round' : ''}; ms per run${variants.some((v) => v.rss) ? ' (peak RSS MiB)' : ''}\n`);
  if (warmup) {
    for (const variant of variants) if (!once(variant)) results[variant.key].dropped = true;
  }
  for (let round = 0; round < rounds; round++) {
    const order = live();
    if (order.length === 0) break;
    const shift = round % order.length;
    const row = {};
    for (const variant of [...order.slice(shift), ...order.slice(0, shift)]) {
      const result = once(variant);
      if (!result) {
        row[variant.key] = 'FAILED';
        continue;
      }
      results[variant.key].samples.push(result.ms);
      if (result.rssKiB) results[variant.key].rss.push(result.rssKiB / 1024);
      row[variant.key] = variant.rss && result.rssKiB ? `${fmt(result.ms)} (${fmt(result.rssKiB / 1024, 0)})` : fmt(result.ms);
    }
    const cells = variants.map((v) => `${v.short ?? v.key} ${row[v.key] ?? '—'}`);
    process.stdout.write(`  ${title} ${String(round + 1).padStart(String(rounds).length)}/${rounds}  ${cells.join('  ')}\n`);
  }
  for (const variant of variants) {
    const { failures, dropped } = results[variant.key];
    if (failures.length) process.stdout.write(`  ! ${variant.label}: ${failures.length} run(s) failed${dropped ? ', left out' : ''}: ${failures[0]}\n`);
  }
  return results;
}

// ---------------------------------------------------------------- figures

function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function fmt(value, digits = 1) {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}

function spread(result) {
  const { samples, failures } = result;
  if (samples.length === 0) return `failed (${failures[0] ?? 'no samples'})`;
  const failed = failures.length ? `, ${failures.length} failed` : '';
  return `median ${fmt(median(samples))} ms  (min ${fmt(Math.min(...samples))}, max ${fmt(Math.max(...samples))}, n=${samples.length}${failed})`;
}

const ms = (value) => (value === null ? '—' : `${fmt(value)} ms`);
const mib = (value) => (value === null ? '—' : `${fmt(value, 0)} MiB`);
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);
const times = (value) => (value === null ? '—' : `${value.toFixed(2)}×`);

const summary = [];
const figures = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? null,
    loadAverageStart: os.loadavg(),
    quick: opts.quick,
    rounds: ROUNDS,
    nodeExtraCaCertsUnset: extraCaCerts !== undefined,
    peakRssVia: TIME ? '/usr/bin/time -f %M' : 'node --import bench/maxrss.mjs (process.resourceUsage().maxRSS)',
  },
  sections: {},
  summary,
};

/**
 * One line of the closing table; `ok` is true, false, or null (no target).
 * `from` are the results it was computed from: a failed run in any of them
 * makes the line ✗, whatever the figures say.
 */
function row(measurement, value, ratioText, target, ok, from = []) {
  const failures = from.flatMap((r) => r.failures.map((why) => `${r.label}: ${why}`));
  summary.push({ measurement, value, ratio: ratioText, target, ok: failures.length ? false : ok, failures });
}

const check = (ok) => (ok === null ? '–' : ok ? '✓' : '✗');

function section(title) {
  process.stdout.write(`\n== ${title}\n`);
}

function samplesOf(results) {
  return Object.fromEntries(
    Object.entries(results).map(([key, r]) => [
      key,
      { label: r.label, medianMs: median(r.samples), samplesMs: r.samples, ...(r.rss.length ? { medianRssMiB: median(r.rss), rssMiB: r.rss } : {}), failures: r.failures },
    ]),
  );
}

// ---------------------------------------------------------------- preamble

process.stdout.write(`alliance-extract benchmark — node ${process.version}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
process.stdout.write(
  extraCaCerts !== undefined
    ? `NODE_EXTRA_CA_CERTS unset for every timed command (it was ${extraCaCerts}); on Node 20 it triples startup.\n`
    : 'NODE_EXTRA_CA_CERTS unset for every timed command (it was not set here); on Node 20 it triples startup.\n',
);
if (ENV.NODE_OPTIONS) process.stdout.write(`note: NODE_OPTIONS is set (${ENV.NODE_OPTIONS}) and applies to every timed node process.\n`);
process.stdout.write(`mode: ${opts.quick ? 'quick' : 'full'}; rounds: cold ${ROUNDS.cold}, batch ${ROUNDS.batch}, warm ${ROUNDS.warm}, scaling ${ROUNDS.scaling}, peers ${ROUNDS.peers}\n`);

// The CLI bundle: dist/cli.js, or whatever cli.* the build now writes (cli.cjs).
const builtCli = () => {
  const dist = path.join(ROOT, 'dist');
  const name = fs.existsSync(dist) ? fs.readdirSync(dist).find((file) => /^cli\.[cm]?js$/.test(file)) : undefined;
  return name ? path.join(dist, name) : null;
};
if (!builtCli()) {
  process.stdout.write('dist/cli.js is missing: running npm run build\n');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0 || !builtCli()) {
    process.stderr.write('bench: npm run build failed\n');
    process.exit(1);
  }
} else {
  const cli = builtCli();
  const built = fs.statSync(cli).mtimeMs;
  const newer = fs
    .readdirSync(path.join(ROOT, 'src'), { recursive: true })
    .filter((file) => fs.statSync(path.join(ROOT, 'src', file)).mtimeMs > built);
  if (newer.length) process.stdout.write(`note: ${newer.length} file(s) under src/ are newer than ${path.relative(ROOT, cli)} (e.g. src/${newer[0]}); this run measures dist/ as built.\n`);
}

// ---------------------------------------------------------------- 1–2. cold start

const nodeNothing = { key: 'node', short: 'node-e0', label: 'node -e 0', argv: [NODE, '-e', '0'] };
let referenceFacts = null;
const factsOf = (json) => JSON.stringify(['commitments', 'statistics', 'countries'].map((key) => json[key]));
const cliSingle = {
  key: 'cli',
  label: `alliance-extract ${FIXTURE_REL}`,
  argv: [NODE, BIN, FIXTURE],
  check(text) {
    const json = JSON.parse(text);
    if (!Array.isArray(json.commitments) || json.commitments.length === 0) return 'no commitments in the output';
    referenceFacts ??= factsOf(json);
    return null;
  },
};

section(`1–2. cold start: ${FIXTURE_REL} (${fmt(fs.statSync(FIXTURE).size / 1024)} KiB), --version, --help`);
const cold = interleave(
  'cold',
  [
    nodeNothing,
    cliSingle,
    { key: 'parse', label: 'htmlparser2 read + parseDocument only (bench/baseline-parse.mjs)', argv: [NODE, path.join(BENCH, 'baseline-parse.mjs'), FIXTURE] },
    { key: 'version', label: 'alliance-extract --version', argv: [NODE, BIN, '--version'], check: (text) => (/^\d+\.\d+\.\d+/.test(text) ? null : `unexpected output ${JSON.stringify(text.slice(0, 40))}`) },
    { key: 'help', label: 'alliance-extract --help', argv: [NODE, BIN, '--help'], check: (text) => (/usage/i.test(text) ? null : 'no usage in the output') },
  ],
  ROUNDS.cold,
  { warmup: true },
);
figures.sections.cold = samplesOf(cold);
{
  const base = median(cold.node.samples);
  const cli = median(cold.cli.samples);
  const parse = median(cold.parse.samples);
  process.stdout.write('\n1. cold single page\n');
  for (const key of ['node', 'cli', 'parse']) process.stdout.write(`  ${cold[key].label.padEnd(70)} ${spread(cold[key])}\n`);
  const vsNode = ratio(cli, base);
  const vsParse = ratio(cli, parse);
  process.stdout.write(`  ratio CLI / node -e 0:  ${times(vsNode)}   (target ≤ 4×) ${check(vsNode === null ? false : vsNode <= 4)}\n`);
  process.stdout.write(`  ratio CLI / parse-only: ${times(vsParse)}   (parse-only / node -e 0: ${times(ratio(parse, base))})\n`);
  row('cold single page', ms(cli), `${times(vsNode)} node -e 0`, '≤ 4×', vsNode === null ? false : vsNode <= 4, [cold.cli, cold.node]);
  row('cold single page vs parse-only', ms(cli), `${times(vsParse)} parse-only`, '(info)', null, [cold.cli, cold.parse]);

  process.stdout.write('\n2. --version and --help\n');
  process.stdout.write(`  ${cold.node.label.padEnd(70)} ${spread(cold.node)}\n`);
  for (const key of ['version', 'help']) {
    const value = median(cold[key].samples);
    const r = ratio(value, base);
    process.stdout.write(`  ${cold[key].label.padEnd(70)} ${spread(cold[key])}\n`);
    process.stdout.write(`  ratio ${key === 'version' ? '--version' : '--help'} / node -e 0: ${times(r)}   (target ≤ 1.5×) ${check(r === null ? false : r <= 1.5)}\n`);
    row(key === 'version' ? '--version' : '--help', ms(value), `${times(r)} node -e 0`, '≤ 1.5×', r === null ? false : r <= 1.5, [cold[key], cold.node]);
  }
}

// ---------------------------------------------------------------- 3. batch

section(`3. batch throughput: ${PAGES} copies of the fixture, --format ndjson --jobs ${JOBS}`);
{
  const dir = path.join(TMP, 'batch');
  fs.mkdirSync(dir);
  const files = Array.from({ length: PAGES }, (_, i) => path.join(dir, `page-${String(i + 1).padStart(4, '0')}.html`));
  for (const file of files) fs.copyFileSync(FIXTURE, file);
  const ndjsonCheck = (count) => (text) => {
    const lines = text.split('\n').filter(Boolean);
    if (lines.length !== count) return `${lines.length} lines for ${count} pages`;
    const bad = lines.findIndex((line) => 'error' in JSON.parse(line));
    return bad >= 0 ? `page ${bad + 1} failed: ${lines[bad].slice(0, 200)}` : null;
  };
  const probe = timed([NODE, BIN, files[0], files[1], '--format', 'ndjson', '--jobs', String(Math.min(JOBS, 2))]);
  const probeFailure = failure({ check: ndjsonCheck(2) }, probe);
  if (probeFailure) {
    process.stdout.write(`batch: not available (${probeFailure})\n`);
    figures.sections.batch = { available: false, reason: probeFailure };
    row('batch throughput', 'not available', '—', '≥ 1× baseline', null);
  } else {
    const variants = [
      { key: 'batch', short: `cli-j${JOBS}`, label: `alliance-extract ${PAGES} pages --format ndjson --jobs ${JOBS}`, argv: [NODE, BIN, ...files, '--format', 'ndjson', '--jobs', String(JOBS)], check: ndjsonCheck(PAGES) },
      { key: 'parse', short: 'parse', label: `htmlparser2 read + parseDocument of the ${PAGES} pages, one thread`, argv: [NODE, path.join(BENCH, 'baseline-parse.mjs'), ...files] },
      // How much of the baseline's time this tool's load stage alone takes.
      { key: 'load', short: 'load-only', label: `this tool's read + decode + fromHtml only, one thread (info)`, argv: [NODE, path.join(BENCH, 'load-only.mjs'), ...files] },
    ];
    // The same CLI on one thread shows what the worker threads add.
    if (JOBS !== 1) {
      variants.splice(1, 0, { key: 'batch1', short: 'cli-j1', label: `alliance-extract ${PAGES} pages --format ndjson --jobs 1 (info)`, argv: [NODE, BIN, ...files, '--format', 'ndjson', '--jobs', '1'], check: ndjsonCheck(PAGES) });
    }
    const batch = interleave('batch', variants, ROUNDS.batch);
    figures.sections.batch = { available: true, pages: PAGES, jobs: JOBS, ...samplesOf(batch) };
    const rate = (result) => (median(result.samples) === null ? null : PAGES / (median(result.samples) / 1000));
    process.stdout.write('\n');
    for (const variant of variants) {
      const r = batch[variant.key];
      process.stdout.write(`  ${r.label.padEnd(70)} ${spread(r)}  → ${fmt(rate(r), 0)} pages/s\n`);
      figures.sections.batch[variant.key].pagesPerSecond = rate(r);
    }
    const r = ratio(rate(batch.batch), rate(batch.parse));
    process.stdout.write(`  ratio batch rate / baseline rate: ${times(r)}   (target ≥ 1×) ${check(r === null ? false : r >= 1)}\n`);
    if (batch.batch1) process.stdout.write(`  ratio --jobs ${JOBS} rate / --jobs 1 rate: ${times(ratio(rate(batch.batch), rate(batch.batch1)))}\n`);
    process.stdout.write(`  ratio load-only time / baseline time: ${times(ratio(median(batch.load.samples), median(batch.parse.samples)))}   (what the load stage alone leaves of the budget)\n`);
    row(`batch ${PAGES} pages, --jobs ${JOBS}`, `${fmt(rate(batch.batch), 0)} pages/s`, `${times(r)} parse-only`, '≥ 1×', r === null ? false : r >= 1, [batch.batch, batch.parse]);
    row(`batch ${PAGES} pages, load stage only`, ms(median(batch.load.samples)), `${times(ratio(median(batch.load.samples), median(batch.parse.samples)))} parse-only time`, '(info)', null, [batch.load]);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------- 3b. warm rates

// Not a target: where the batch's time goes. The whole-process batch figure
// mixes the rate a warm thread sustains with what each thread pays once
// (start-up, loading the bundle, JIT warm-up); this separates the two.
section(`3b. warm, in process (info): ${WARM.pages} pages after ${WARM.warm} of warm-up, the extractor on 1 and ${JOBS} threads vs read + parseDocument`);
{
  const argv = [NODE, path.join(BENCH, 'warm.mjs'), FIXTURE, '--threads', String(JOBS), '--warm', String(WARM.warm), '--pages', String(WARM.pages)];
  const runs = [];
  const failures = [];
  for (let round = 0; round < ROUNDS.warm; round++) {
    const result = timed(argv);
    const why = failure({}, result);
    if (why) {
      failures.push(why);
      continue;
    }
    const run = JSON.parse(stdoutText());
    runs.push(run);
    process.stdout.write(
      `  warm ${round + 1}/${ROUNDS.warm}  parse ${fmt(run.parseMsPerPage, 3)} ms/page  extract ${fmt(run.extractMsPerPage, 3)} ms/page  ${JOBS} threads ${fmt(run.threadsPagesPerSecond, 0)} pages/s\n`,
    );
  }
  if (failures.length) process.stdout.write(`  ! ${failures.length} run(s) failed: ${failures[0]}\n`);
  const parseMs = median(runs.map((run) => run.parseMsPerPage));
  const extractMs = median(runs.map((run) => run.extractMsPerPage));
  const threadsRate = median(runs.map((run) => run.threadsPagesPerSecond));
  const parseRate = parseMs === null ? null : 1000 / parseMs;
  const vsParse = ratio(threadsRate, parseRate);
  figures.sections.warm = { threads: JOBS, ...WARM, parseMsPerPage: parseMs, extractMsPerPage: extractMs, threadsPagesPerSecond: threadsRate, runs, failures };
  process.stdout.write(`\n  one thread: extraction ${fmt(extractMs, 3)} ms/page, read + parseDocument ${fmt(parseMs, 3)} ms/page (${times(ratio(extractMs, parseMs))})\n`);
  process.stdout.write(`  ${JOBS} threads extracting at once: ${fmt(threadsRate, 0)} pages/s = ${times(vsParse)} the one-thread warm parse rate (${fmt(parseRate, 0)} pages/s)\n`);
  // What the whole-process runs of section 3 spent beyond their pages at the warm rate.
  const batch = figures.sections.batch;
  if (batch?.available && runs.length > 0) {
    const onceCost = (wholeMs, pagesPerSecond) => (wholeMs === null || !pagesPerSecond ? null : wholeMs - (PAGES / pagesPerSecond) * 1000);
    const paidOnce = (label, wholeMs, pagesPerSecond) =>
      process.stdout.write(`  ${label}: ${ms(wholeMs)} in all, ${ms(PAGES / pagesPerSecond * 1000)} of it at the warm rate, so about ${ms(onceCost(wholeMs, pagesPerSecond))} paid once\n`);
    paidOnce(`batch of ${PAGES} pages, --jobs ${JOBS}`, batch.batch.medianMs, threadsRate);
    paidOnce(`parse-only baseline, ${PAGES} pages`, batch.parse.medianMs, parseRate);
    figures.sections.warm.paidOnceMs = { batch: onceCost(batch.batch.medianMs, threadsRate), parse: onceCost(batch.parse.medianMs, parseRate) };
  }
  const from = [{ label: 'bench/warm.mjs', failures }];
  row('warm extraction, 1 thread', `${fmt(extractMs, 3)} ms/page`, `${times(ratio(extractMs, parseMs))} warm parse`, '(info)', null, from);
  row(`warm extraction, ${JOBS} threads`, `${fmt(threadsRate, 0)} pages/s`, `${times(vsParse)} warm parse`, '(info)', null, from);
}

// ---------------------------------------------------------------- 4. scaling

section('4. scaling: the fixture with its comment list grown to 10×, 100× and 40 MiB (post body untouched)');
{
  const baseBytes = fs.statSync(FIXTURE).size;
  const sizes = [
    { key: 'x1', short: '1×', target: baseBytes },
    { key: 'x10', short: '10×', target: 10 * baseBytes },
    { key: 'x100', short: '100×', target: 100 * baseBytes },
    { key: 'mb40', short: '40MiB', target: 40 * MiB },
  ];
  const variants = sizes.map(({ key, short, target }) => {
    let file = FIXTURE;
    let copies = 0;
    if (key !== 'x1') {
      const grown = grownPage(FIXTURE, target);
      file = path.join(TMP, `grown-${key}.html`);
      fs.writeFileSync(file, grown.page);
      copies = grown.copies;
    }
    const bytes = fs.statSync(file).size;
    process.stdout.write(`  ${short.padEnd(6)} ${fmt(bytes / MiB, 2).padStart(7)} MiB  (${fmt(bytes / baseBytes, 1)}× the fixture, ${copies} extra copies of the comments)\n`);
    return {
      key,
      short,
      bytes,
      rss: true,
      label: `${short} page (${fmt(bytes / MiB, 2)} MiB)`,
      argv: [NODE, BIN, file],
      check(text) {
        // Growing the comments must not change what is extracted.
        return referenceFacts && factsOf(JSON.parse(text)) !== referenceFacts ? 'extracted facts differ from the 1× page' : null;
      },
    };
  });
  process.stdout.write(`  peak RSS via ${TIME ? '/usr/bin/time -f %M' : 'node --import bench/maxrss.mjs (process.resourceUsage().maxRSS)'}\n`);
  const scaling = interleave('scale', variants, ROUNDS.scaling);
  figures.sections.scaling = samplesOf(scaling);
  process.stdout.write('\n');
  const one = median(scaling.x1.samples);
  for (const variant of variants) {
    const r = scaling[variant.key];
    figures.sections.scaling[variant.key].bytes = variant.bytes;
    const rss = median(r.rss);
    process.stdout.write(`  ${r.label.padEnd(28)} ${spread(r)}  peak RSS ${mib(rss)}  time ${times(ratio(median(r.samples), one))} 1×\n`);
  }
  const r100 = ratio(median(scaling.x100.samples), one);
  const rss40 = median(scaling.mb40.rss);
  process.stdout.write(`  ratio time 100× / 1×: ${times(r100)}   (target ≤ 110×) ${check(r100 === null ? false : r100 <= 110)}\n`);
  process.stdout.write(`  40 MiB page peak RSS: ${mib(rss40)}   (target ≤ 500 MiB) ${check(rss40 === null ? false : rss40 <= 500)}\n`);
  row('time 100× page', ms(median(scaling.x100.samples)), `${times(r100)} 1× page`, '≤ 110×', r100 === null ? false : r100 <= 110, [scaling.x100, scaling.x1]);
  row('time 40 MiB page', ms(median(scaling.mb40.samples)), `${times(ratio(median(scaling.mb40.samples), one))} 1× page`, '(info)', null, [scaling.mb40]);
  row('peak RSS 40 MiB page', mib(rss40), `${times(ratio(rss40, median(scaling.x1.rss)))} 1× page`, '≤ 500 MiB', rss40 === null ? false : rss40 <= 500, [scaling.mb40]);
}

// ---------------------------------------------------------------- 4b. depth

// In process (bench/depth.mjs): what depth costs is the extraction's own time,
// which start-up and a loaded machine would bury in whole-process figures.
// The ratios use each page's fastest round, since other processes only add.
section('4b. depth, in process: 100 000 and 200 000 unclosed <i> before the post and in it, and as many nested <div> around it');
{
  const pages = [
    { key: 'i100', label: '100 000 unclosed <i>', depth: 100_000, kind: 'unclosed' },
    { key: 'i200', label: '200 000 unclosed <i>', depth: 200_000, kind: 'unclosed' },
    { key: 'div100', label: '100 000 nested <div>', depth: 100_000, kind: 'nested' },
    { key: 'div200', label: '200 000 nested <div>', depth: 200_000, kind: 'nested' },
    { key: 'in100', label: '100 000 <i> in the post', depth: 100_000, kind: 'inside' },
    { key: 'in200', label: '200 000 <i> in the post', depth: 200_000, kind: 'inside' },
  ].map((page) => {
    const file = path.join(TMP, `deep-${page.key}.html`);
    fs.writeFileSync(file, deepPage(FIXTURE, page.depth, page.kind));
    return { ...page, file, samples: [], failures: [] };
  });
  const plain = { key: 'x1', label: 'the fixture as it is', file: FIXTURE, samples: [], failures: [] };
  const all = [plain, ...pages];
  let facts = null;
  for (let round = 0; round < ROUNDS.scaling; round++) {
    for (const page of [...all.slice(round % all.length), ...all.slice(0, round % all.length)]) {
      const run = spawnSync(NODE, [path.join(BENCH, 'depth.mjs'), page.file], { env: ENV, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * MiB });
      if (run.status !== 0) {
        page.failures.push(`exit ${run.status}: ${(run.stderr ?? '').trim().split('\n').at(-1)}`);
        continue;
      }
      const result = JSON.parse(run.stdout);
      facts ??= page === plain ? result.facts : null;
      if (facts && result.facts !== facts) page.failures.push('extracted facts differ from the plain page');
      else page.samples.push(result.ms);
    }
  }
  figures.sections.depth = Object.fromEntries(all.map((page) => [page.key, { samples: page.samples, failures: page.failures }]));
  const least = (page) => (page.samples.length ? Math.min(...page.samples) : null);
  for (const page of all) {
    process.stdout.write(`  ${page.label.padEnd(24)} fastest ${ms(least(page))}, median ${ms(median(page.samples))} (n=${page.samples.length})\n`);
  }
  // Linear in depth: twice the depth costs about twice the time (4× if quadratic).
  for (const [kind, small, big] of [['unclosed <i>', pages[0], pages[1]], ['nested <div>', pages[2], pages[3]], ['<i> in the post', pages[4], pages[5]]]) {
    const r = ratio(least(big), least(small));
    const ok = r === null ? false : r <= 2.6;
    process.stdout.write(`  ${kind}: 200k / 100k: ${times(r)}   (linear 2×, quadratic 4×; target ≤ 2.6×) ${check(ok)}\n`);
    row(`depth 200k / 100k, ${kind} (in process)`, ms(least(big)), `${times(r)} 100k`, '≤ 2.6×', ok, [{ label: big.label, failures: big.failures }, { label: small.label, failures: small.failures }]);
  }
}

// ---------------------------------------------------------------- 5. peers

section('5. peers, where they install: the same page, whole process');
{
  const notes = [];
  const variants = [nodeNothing, cliSingle];

  // @mozilla/readability on jsdom, from bench/.peers/ (installed only with --peers).
  const peerRequire = createRequire(path.join(PEERS, 'node_modules', '_'));
  const peersInstalled = () => {
    try {
      peerRequire.resolve('jsdom');
      peerRequire.resolve('@mozilla/readability');
      return true;
    } catch {
      return false;
    }
  };
  if (!opts.peers) {
    notes.push('readability+jsdom: skipped (pass --peers to install @mozilla/readability and jsdom into bench/.peers/ and time them)');
  } else {
    if (!peersInstalled()) {
      process.stdout.write('  installing @mozilla/readability and jsdom into bench/.peers/ …\n');
      // npm keeps the full environment (it may need NODE_EXTRA_CA_CERTS); only timed commands lose it.
      const install = spawnSync('npm', ['install', '--prefix', PEERS, '--no-save', '--no-audit', '--no-fund', '@mozilla/readability', 'jsdom'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
      if (install.status !== 0) {
        const why = `${install.stderr ?? ''}${install.error?.message ?? ''}`.trim().split('\n').slice(-3).join(' / ');
        notes.push(`readability+jsdom: skipped, npm install failed (${why || `exit ${install.status}`})`);
      }
    }
    if (peersInstalled()) {
      const version = (name) => JSON.parse(fs.readFileSync(path.join(PEERS, 'node_modules', name, 'package.json'), 'utf8')).version;
      variants.push({ key: 'jsdom', short: 'readability+jsdom', label: `@mozilla/readability ${version('@mozilla/readability')} on jsdom ${version('jsdom')}`, argv: [NODE, path.join(BENCH, 'peer-readability.mjs'), FIXTURE] });
    }
  }

  // readability-lxml: the Debian package installs it for the system Python,
  // which need not be the python3 first on PATH (pyenv shims, venvs).
  const python = ['/usr/bin/python3', 'python3'].find((candidate) => spawnSync(candidate, ['-c', 'import readability, lxml'], { env: ENV, stdio: 'ignore' }).status === 0);
  if (python) {
    variants.push({ key: 'lxml', short: 'readability-lxml', label: `readability-lxml (${python})`, argv: [python, path.join(BENCH, 'peer_readability_lxml.py'), FIXTURE] });
  } else {
    notes.push('readability-lxml: skipped, not importable by /usr/bin/python3 or python3 (Debian: apt-get install python3-readability)');
  }

  for (const note of notes) process.stdout.write(`  ${note}\n`);
  figures.sections.peers = { notes };
  const peerKeys = variants.filter((v) => v.key === 'jsdom' || v.key === 'lxml').map((v) => v.key);
  if (peerKeys.length === 0) {
    process.stdout.write('  no peer to time\n');
    row('CLI vs readability-lxml', 'not measured', '—', '< 1×', null);
  } else {
    const peers = interleave('peers', variants, ROUNDS.peers, { warmup: true });
    Object.assign(figures.sections.peers, samplesOf(peers));
    const base = median(peers.node.samples);
    const cli = median(peers.cli.samples);
    process.stdout.write('\n');
    for (const variant of variants) {
      process.stdout.write(`  ${peers[variant.key].label.padEnd(70)} ${spread(peers[variant.key])}  ${times(ratio(median(peers[variant.key].samples), base))} node -e 0\n`);
    }
    for (const key of peerKeys) {
      const value = median(peers[key].samples);
      row(peers[key].label.replace(/ \(.*\)$/, ''), ms(value), `${times(ratio(value, base))} node -e 0`, '(info)', null, [peers[key]]);
    }
    if (peers.lxml) {
      const r = ratio(cli, median(peers.lxml.samples));
      process.stdout.write(`  ratio CLI / readability-lxml: ${times(r)}   (target < 1×, faster) ${check(r === null ? false : r < 1)}\n`);
      row('CLI vs readability-lxml', ms(cli), `${times(r)} readability-lxml`, '< 1×', r === null ? false : r < 1, [peers.cli, peers.lxml]);
    } else {
      row('CLI vs readability-lxml', 'not measured', '—', '< 1×', null);
    }
    if (peers.jsdom) process.stdout.write(`  ratio CLI / readability+jsdom: ${times(ratio(cli, median(peers.jsdom.samples)))}\n`);
  }
}

// ---------------------------------------------------------------- summary

const elapsed = (Date.now() - started) / 1000;
figures.meta.loadAverageEnd = os.loadavg();
figures.meta.elapsedSeconds = elapsed;
section(`summary (${fmt(elapsed, 0)} s, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})`);
{
  const header = ['measurement', 'median', 'ratio', 'target', ''];
  const lines = summary.map((r) => [r.measurement, r.value, r.ratio, r.target, check(r.ok)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  process.stdout.write(`${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const line of lines) process.stdout.write(`${format(line)}\n`);
  for (const r of summary) {
    if (r.failures.length) process.stdout.write(`! ${r.measurement}: ${r.failures.length} failed run(s), e.g. ${r.failures[0]}\n`);
  }
}

if (opts.json) {
  const file = path.resolve(process.cwd(), opts.json);
  fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`\nfigures written to ${file}\n`);
}
