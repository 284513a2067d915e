import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, MAIN, MEMO } from './helpers/fixtures.js';
import { runCli } from './helpers/io.js';
import { BIN } from './helpers/bin.js';
import { decode } from '../src/load/decode.js';
import type { Extraction } from '../src/schema/output.js';
import { scratchDir } from './helpers/scratch.js';

/**
 * A real HTTP server on the loopback address, never the network: each path
 * answers as a web server might, and every test request ends by itself.
 */
const reader = readFileSync(join(FIXTURES, 'reader-view', 'source.html'), 'utf8');
/** The reader-view page in UTF-16LE without a byte-order mark or any <meta>: only the header says what it is. */
const utf16 = Buffer.from(reader.replace(/<meta charset[^>]*>/i, ''), 'utf16le');
/** The memo the same way: only its header says it is UTF-16LE. */
const memoUtf16 = Buffer.from(readFileSync(MEMO, 'utf8').replace(/<meta[^>]*charset[^>]*>/gi, ''), 'utf16le');
let memoFetches = 0;
const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  '/memo-utf16': (_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-16le' }).end(memoUtf16),
  '/globalallians': (_request, response) => response.writeHead(301, { location: '/2012/12/06/globalallians/' }).end(),
  '/2012/12/06/globalallians/': (_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=UTF-16LE' }).end(utf16),
  '/post.html': (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(MAIN)),
  '/memo.html': (_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(MEMO)),
  '/counted-memo.html': (_request, response) => {
    memoFetches++;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-16le' }).end(memoUtf16);
  },
  '/loop': (_request, response) => response.writeHead(302, { location: '/loop' }).end(),
  '/slow': () => undefined,
  '/cut-short': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
    response.write('<html><body><p>Vissa dagar');
    setTimeout(() => response.socket?.destroy(), 20);
  },
  '/to-file': (_request, response) => response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/to-data': (_request, response) => response.writeHead(302, { location: 'data:text/html,<p>50 000 nya bilder</p>' }).end(),
  '/to-credentials': (request, response) => response.writeHead(302, { location: `http://reader:s3cret@${request.headers.host}/post.html` }).end(),
  '/feed': (_request, response) =>
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(readFileSync(join(FIXTURES, 'rss-feed', 'source.xml'), 'utf8').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')),
  '/to-nowhere': (_request, response) => response.writeHead(302, { location: 'http://[::1' }).end(),
  '/large': (_request, response) => response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(2 * 1024 * 1024) }).end(),
  '/endless': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, '<p>a</p>');
    let sent = 0;
    const more = () => {
      while (sent < 64 && response.write(chunk)) sent++;
      if (sent < 64) response.once('drain', more);
      else response.end();
    };
    more();
  },
};

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (route) route(request, response);
    else response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not here</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('an http(s) page', () => {
  it('is fetched behind a redirect, decoded by the charset of its Content-Type header, and dated by its final address', async () => {
    const result = await runCli([`${base}/globalallians`, '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    const extraction = JSON.parse(result.stdout) as Extraction;
    expect(extraction.document).toMatchObject({ encoding: 'utf-16le', url: `${base}/2012/12/06/globalallians/`, published: '2012-12-06' });
    expect(extraction.commitments).toHaveLength(4);
    expect(extraction.statistics).toHaveLength(6);
  });

  it('stops waiting for a page that never answers when the run is interrupted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort('SIGINT'), 200);
    // The time-out is far past the test's own: only the interruption can end the wait in time.
    const result = await runCli([`${base}/slow`, '--timeout', '600'], { signal: controller.signal });
    expect(result.code).toBe(130);
    expect(result.stdout).toBe('');
  });

  it('fetches a batch\'s --linked address once, for every thread, with its header\'s charset', async () => {
    // Enough pages that both threads extract some. The built command, so that worker threads run; spawned, not run synchronously, so this server can answer.
    const child = spawn(process.execPath, [BIN, ...Array<string>(16).fill(MAIN), '--jobs', '2', '--linked', `${base}/counted-memo.html`, '--quiet'], { timeout: 60_000 });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as Extraction);
    expect(records.map((record) => [record.countries.source, record.countries.items.length])).toEqual(Array(16).fill(['linked', 48]));
    expect(memoFetches).toBe(1);
  });

  it('gives each page of a batch the --timeout', async () => {
    const result = await runCli([`${base}/slow`, MAIN, '--jobs', '1', '--timeout', '0.3']);
    expect(result.code).toBe(3);
    expect(result.stdout.split('\n')[0]).toMatch(/no complete answer within 0\.3 s/);
  });

  it('decodes a --linked page by the charset of its Content-Type header too', async () => {
    const result = await runCli([`${base}/post.html`, '--linked', `${base}/memo-utf16`, '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    const extraction = JSON.parse(result.stdout) as Extraction;
    expect(extraction.countries).toMatchObject({ source: 'linked' });
    expect(extraction.countries.items).toHaveLength(48);
  });

  it("decodes a feed by the charset of its Content-Type header, over the feed's own declaration", async () => {
    const result = await runCli([`${base}/feed`, '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as Extraction).document).toMatchObject({ title: 'Globalallians mot nätpedofili', author: 'Cecilia Malmström', encoding: 'utf-8' });
  });

  it('keeps the canonical address a page states, and reads --linked from an address too', async () => {
    const result = await runCli([`${base}/post.html`, '--linked', `${base}/memo.html`, '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    const extraction = JSON.parse(result.stdout) as Extraction;
    expect(extraction.document.url).toBe('https://ceciliamalmstrom.wordpress.com/2012/12/06/globalallians/');
    expect(extraction.countries).toMatchObject({ source: 'linked' });
    expect(extraction.countries.items).toHaveLength(48);
  });

  it('works for check too', async () => {
    const result = await runCli(['check', `${base}/post.html`, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
  });

  it.each([
    ['a 404', '/missing', [], /^alliance-extract: http:\/\/127\.0\.0\.1:\d+\/missing: HTTP 404 Not Found\n$/],
    ['a redirect loop', '/loop', [], /: more than 5 redirects\n$/],
    ['no answer in time', '/slow', ['--timeout', '0.3'], /\/slow: no complete answer within 0\.3 s \(raise it with --timeout\)\n$/],
    ['a declared length over --max-size', '/large', ['--max-size', '1M'], /\/large is larger than the 1 MiB limit \(raise it with --max-size\)\n$/],
    ['a body that grows past --max-size', '/endless', ['--max-size', '1M'], /\/endless is larger than the 1 MiB limit/],
  ])('ends %s with exit code 3 and one line naming it', async (_name, path, args, message) => {
    const result = await runCli([`${base}${path}`, ...args]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it.each([
    ['check', (page: string) => ['check', page]],
    ['diff', (page: string) => ['diff', page, MAIN]],
    ['expect', (page: string) => ['expect', page]],
  ])('%s takes --timeout too: a page that never answers ends in exit 3 within it', async (_command, args) => {
    const result = await runCli([...args(`${base}/slow`), '--timeout', '0.3']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/\/slow: no complete answer within 0\.3 s \(raise it with --timeout\)\n/);
  });

  it.each([
    ['a file: address', '/to-file', /\/to-file: HTTP 302 redirect to a file: address, which is not fetched\n$/],
    ['a data: address', '/to-data', /\/to-data: HTTP 302 redirect to a data: address, which is not fetched\n$/],
    ['an address that is not one', '/to-nowhere', /\/to-nowhere: HTTP 302 redirect to an invalid address \(http:\/\/\[::1\)\n$/],
  ])('ends a redirect to %s with exit code 3 and one line naming it', async (_name, path, message) => {
    const result = await runCli([`${base}${path}`]);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(3);
  });

  it('never prints the password of an address with credentials', async () => {
    const result = await runCli([`${base.replace('//', '//reader:s3cret@')}/post.html`]);
    expect(result.code).toBe(3);
    expect(result.stderr).not.toContain('s3cret');
    expect(result.stderr).toMatch(/^alliance-extract: http:\/\/reader:\*\*\*@127\.0\.0\.1:\d+\/post\.html: an address with a user name or password is not fetched \(pass the page's address without them\)\n$/);
  });

  // `base` is known only once the server listens: each row names its address by what to put before the host.
  it.each([
    ['a batch\'s NDJSON error record', 'reader:s3cret@', (url: string) => [url, MAIN], 3, 'stdout', /^\{"path":"http:\/\/reader:\*\*\*@127\.0\.0\.1:\d+\/post\.html","error"/],
    ['a batch\'s YAML error record', 'reader:s3cret@', (url: string) => [url, MAIN, '--format', 'yaml'], 3, 'stdout', /^---\npath: http:\/\/reader:\*\*\*@127\.0\.0\.1:\d+\/post\.html\n/],
    ['check --format json', 'reader:s3cret@', (url: string) => ['check', url, '--format', 'json'], 3, 'stdout', /"path": "http:\/\/reader:\*\*\*@127\.0\.0\.1:\d+\/post\.html"/],
    ['check --format junit', 'reader:s3cret@', (url: string) => ['check', url, '--format', 'junit'], 3, 'stdout', /<testsuite name="http:\/\/reader:\*\*\*@127\.0\.0\.1:\d+\/post\.html".*\n\s*<testcase classname="http:\/\/reader:\*\*\*@[^"]*" name="page" file="http:\/\/reader:\*\*\*@/],
    // An address is no file in the working directory: it is annotated as standard input is, by name in the message.
    ['check --format github', 'reader:s3cret@', (url: string) => ['check', url, '--format', 'github'], 3, 'stdout', /^::error title=alliance-extract check::http:\/\/reader:\*\*\*@127\.0\.0\.1:\d+\/post\.html: an address with a user name/],
    ['check --format github, of an address without credentials', '', (url: string) => ['check', url.replace('post.html', 'missing'), '--format', 'github'], 3, 'stdout', /^::error title=alliance-extract check::http:\/\/127\.0\.0\.1:\d+\/missing: HTTP 404/],
    ['check\'s text report', 'reader:s3cret@', (url: string) => ['check', url], 3, 'stdout', /^http:\/\/reader:\*\*\*@127\.0\.0\.1:\d+\/post\.html \(no expectations\)\n/],
    ['check --expect-beside', 'reader:s3cret@', (url: string) => ['check', url, '--expect-beside', 'expected.yaml'], 2, 'stderr', /^alliance-extract: http:\/\/reader:\*\*\*@127\.0\.0\.1:\d+\/post\.html: no expected\.yaml beside it/],
    // WHATWG URL ends the user name at the first ':' and the password at the last '@' before the path.
    ['an error line, of a password holding @', 'reader:s3cret@s3cret@', (url: string) => [url], 3, 'stderr', /^alliance-extract: http:\/\/reader:\*\*\*@127\.0\.0\.1:\d+\/post\.html: an address with a user name/],
    ['an error line, of a user name holding @', 'reader@home:s3cret@', (url: string) => [url], 3, 'stderr', /^alliance-extract: http:\/\/reader@home:\*\*\*@127\.0\.0\.1:\d+\/post\.html: an address with a user name/],
    ['an error line, of a user name without a password (kept: it is no secret)', 'reader@', (url: string) => [url], 3, 'stderr', /^alliance-extract: http:\/\/reader@127\.0\.0\.1:\d+\/post\.html: an address with a user name/],
  ] as const)('shows an address, its password masked, in %s', async (_name, credentials, args, code, stream, shown) => {
    const result = await runCli(args(`${base.replace('//', `//${credentials}`)}/post.html`));
    expect(result.code).toBe(code);
    expect(`${result.stdout}${result.stderr}`).not.toContain('s3cret');
    expect(result[stream]).toMatch(shown);
  });

  // What the CLI does not read as an address (a file name, an option's value, an address WHATWG URL refuses) is echoed
  // in messages all the same: anything shaped as `scheme:` + user + `:password@` is masked there too, up to its last `@`.
  it.each([
    ['-o\'s error line', [MAIN, '--quiet', '-o', 'http://u:hunter2@example.org/x.json'], 3, 'stderr', /^alliance-extract: http:\/\/u:\*\*\*@example\.org\/x\.json: cannot write the output \(no such directory: http:\/\/u:\*\*\*@example\.org\)\n$/],
    ['check --expect-beside\'s name', ['check', MAIN, '--expect-beside', 'http://u:hunter2@h/F'], 2, 'stderr', /: no http:\/\/u:\*\*\*@h\/F beside it, and no --expect for it\n$/],
    ['an invalid --format', [MAIN, '--format', 'http://u:hunter2@h/'], 2, 'stderr', /^alliance-extract: option '-f, --format <format>' argument 'http:\/\/u:\*\*\*@h\/' is invalid\./],
    ['an invalid --format=', ['check', MAIN, '--format=http://u:hun/ter2@h/'], 2, 'stderr', /^alliance-extract: option '-f, --format <format>' argument 'http:\/\/u:\*\*\*@h\/' is invalid\./],
    ['an unknown option', [MAIN, '--http://u:hunter2@h/'], 2, 'stderr', /^alliance-extract: unknown option '--http:\/\/u:\*\*\*@h\/' \(see --help\)\n$/],
    ['an invalid --max-size', [MAIN, '--max-size', 'http://u:hunter2@h/'], 2, 'stderr', /^alliance-extract: invalid size "http:\/\/u:\*\*\*@h\/" \(examples/],
    ['a file name with backslashes', ['http:\\\\u:hunter2@h/x'], 3, 'stderr', /^alliance-extract: http:\\\\u:\*\*\*@h\/x: no such file\n$/],
    ['a file name with one slash', ['http:/u:hunter2@h/x'], 3, 'stderr', /^alliance-extract: http:\/u:\*\*\*@h\/x: no such file\n$/],
    ['a file name with a leading space', [' http://u:hunter2@h/x'], 3, 'stderr', /^alliance-extract:  http:\/\/u:\*\*\*@h\/x: no such file\n$/],
    ['an invalid address, its password holding /', ['http://u:hun/ter2@h/'], 3, 'stderr', /^alliance-extract: http:\/\/u:\*\*\*@h\/: cannot be fetched/],
    ['an invalid address, its password holding #', ['http://u:hun#ter2@h/'], 3, 'stderr', /^alliance-extract: http:\/\/u:\*\*\*@h\/: cannot be fetched/],
    ['an invalid address, its password holding ?', ['http://u:hun?ter2@h/'], 3, 'stderr', /^alliance-extract: http:\/\/u:\*\*\*@h\/: cannot be fetched/],
    ['a batch\'s error record of a file name', ['http:/u:hunter2@h/x', MAIN, '--quiet'], 3, 'stdout', /^\{"path":"http:\/u:\*\*\*@h\/x","error":\{"exitCode":3,"message":"http:\/u:\*\*\*@h\/x: no such file"\}/],
    ['check --format github of a file name', ['check', 'http:/u:hunter2@h/x', '--format', 'github'], 3, 'stdout', /^::error .*u%3A\*\*\*@h\/x.*: no such file\n$/],
    ['check --format junit of a file name', ['check', 'http:/u:hunter2@h/x', '--format', 'junit'], 3, 'stdout', /<testsuite name="http:\/u:\*\*\*@h\/x"[^]*<error message="http:\/u:\*\*\*@h\/x: no such file"/],
    ['--linked', [MAIN, '--linked', 'http:/u:hunter2@h/x'], 3, 'stderr', /^alliance-extract: http:\/u:\*\*\*@h\/x: no such file\n$/],
    ['--expect', ['check', MAIN, '--expect', 'http:/u:hunter2@h/x'], 3, 'stderr', /^alliance-extract: http:\/u:\*\*\*@h\/x: no such file\n$/],
    ['--files-from', [MAIN, '--files-from', 'http:/u:hunter2@h/x'], 3, 'stderr', /^alliance-extract: http:\/u:\*\*\*@h\/x: no such file\n$/],
    ['a side of diff', ['diff', MAIN, 'http:/u:hunter2@h/x'], 3, 'stderr', /^alliance-extract: http:\/u:\*\*\*@h\/x: no such file\n$/],
  ] as const)('masks a password the CLI does not read as an address, in %s', async (_name, args, code, stream, shown) => {
    const cwd = scratchDir('alliance-masked-');
    const result = await runCli([...args], { cwd });
    expect(`${result.stdout}${result.stderr}${readdirSync(cwd, { recursive: true }).join('\n')}`).not.toContain('ter2');
    expect(result[stream]).toMatch(shown);
    expect(result.code).toBe(code);
  });

  // No user and password there: a file name with a colon or an @, and an address whose path holds one after its port.
  it.each([
    ['a:b@c.html', /^alliance-extract: a:b@c\.html: no such file\n$/],
    ['user@host.html', /^alliance-extract: user@host\.html: no such file\n$/],
    ['notes:2012@draft.html', /^alliance-extract: notes:2012@draft\.html: no such file\n$/],
    ['http://127.0.0.1:1/@me', /^alliance-extract: http:\/\/127\.0\.0\.1:1\/@me: cannot be fetched/],
  ])('prints %s as given', async (name, shown) => {
    const result = await runCli([name]);
    expect(result.stderr).toMatch(shown);
    expect(result.code).toBe(3);
  });

  // An address has no folder: its own expectations are none, and a local file that `join` would make of it is not read.
  it('takes --expect\'s expectations for an address with --expect-beside, never a local file of its name', async () => {
    const cwd = scratchDir('alliance-beside-');
    const folder = join(cwd, ...new URL(`${base}/post.html`).href.split('/').slice(0, -1).filter(Boolean));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'expected.yaml'), 'not: [expectations\n');
    const expectations = join(FIXTURES, 'expected-figures.yaml');
    const checked = await runCli(['check', `${base}/post.html`, '--expect-beside', 'expected.yaml', '--expect', expectations, '--format', 'json'], { cwd });
    expect(checked.stderr).toBe('');
    expect(JSON.parse(checked.stdout).pages[0].expectations.path).toBe(expectations);
    const alone = await runCli(['check', `${base}/post.html`, '--expect-beside', 'expected.yaml'], { cwd });
    expect(alone.stderr).toMatch(/^alliance-extract: http:\/\/127\.0\.0\.1:\d+\/post\.html: no expected\.yaml beside it \(an address has no folder\), and no --expect for it\n$/);
    expect(alone.code).toBe(2);
  });

  it('never prints the password of an address a redirect leads to', async () => {
    const result = await runCli([`${base}/to-credentials`]);
    expect(result.code).toBe(3);
    expect(result.stderr).not.toContain('s3cret');
    expect(result.stderr).toMatch(/\/to-credentials: HTTP 302 redirect to an address with a user name or password, which is not fetched\n$/);
  });

  it('ends a refused connection with exit code 3', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const result = await runCli([`http://127.0.0.1:${port}/post.html`]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/cannot be fetched: the connection was refused \(ECONNREFUSED\)\n$/);
  });

  it('words an answer cut short by the server, and keeps the network\'s code for a search', async () => {
    const result = await runCli([`${base}/cut-short`]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/\/cut-short: cannot be fetched: the connection closed before the answer was complete \(UND_ERR_SOCKET\)\n$/);
  });

  it.each([['a fraction of a millisecond', '5.0005'], ['longer than a timer can wait', '5000000']])('takes a --timeout of %s', async (_name, timeout) => {
    const result = await runCli([`${base}/post.html`, '--timeout', timeout, '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('rejects a --timeout that is not a positive number of seconds as a usage error', async () => {
    expect((await runCli([`${base}/post.html`, '--timeout', '0'])).code).toBe(2);
  });
});

describe('decode with a transport charset', () => {
  const latin1 = Buffer.from('<html><head><meta charset="utf-8"></head><body><p>nätet</p></body></html>', 'latin1');
  it.each([
    ['the header over the page\'s own declaration', latin1, 'windows-1252', 'windows-1252'],
    ['a byte-order mark over the header', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>nätet</p>')]), 'windows-1252', 'utf-8'],
    ['the declaration when the header names an unknown charset', Buffer.from('<meta charset="windows-1252"><p>n\xe4tet</p>', 'latin1'), 'x-no-such', 'windows-1252'],
  ])('follows %s', (_name, bytes, charset, encoding) => {
    const decoded = decode(bytes, { transportCharset: charset });
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain('nätet');
  });
});
