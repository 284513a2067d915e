import { accessSync, constants, fstatSync, lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { OutputError } from './exit.js';
import { outputError } from './fsProblems.js';
import { descriptorProblem } from './descriptors.js';
import type { CliIO } from './io.js';
import { withoutPassword } from '../text/address.js';

/**
 * Where `-o` writes. A name that leads to a descriptor the process holds
 * (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`, a link to one of them) is
 * written through that descriptor, as `-o -` writes standard output: the file
 * the shell opened behind it is appended to where it appends, or written from
 * where the commands before left off, never replaced. Otherwise a symbolic
 * link is followed, so the link stays and the file it points to gets the
 * output; a device or a named pipe (`/dev/null`) is written to directly,
 * never replaced by a file; anything else is written all or nothing, through
 * a temporary file beside it that takes the permissions of the file it replaces.
 */
export interface OutputTarget {
  /** The name given, as messages show it (`withoutPassword`). */
  name: string;
  path: string;
  kind: 'file' | 'device' | 'descriptor';
  mode: number | undefined;
  /** For a `descriptor`: its number in this process. */
  fd?: number | undefined;
  /** How a message names the directory the file goes to: where the link leads, when a link was followed. */
  directory: string;
  throughLink: boolean;
}

const MAX_LINKS = 40;

function existing(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A directory of the process's own descriptors, as /proc names it once `self` and `/dev/fd` are resolved. */
const DESCRIPTORS = /^\/proc\/(\d+)(?:\/task\/\d+)?\/fd$/;

/**
 * The number of the descriptor of this process that a link names, when it is
 * one of /proc's (`/proc/self/fd/1`, reached from `/dev/stdout` or `/dev/fd/1`).
 * Opening such a link would open the file behind it anew (truncating it, at
 * its start): the descriptor itself is what the shell handed over.
 */
function ownDescriptor(link: string): number | undefined {
  if (!/^\d+$/.test(basename(link))) return undefined;
  try {
    const directory = DESCRIPTORS.exec(realpathSync(dirname(link)));
    return directory !== null && directory[1] === readlinkSync('/proc/self') ? Number(basename(link)) : undefined;
  } catch {
    return undefined;
  }
}

/** Standard output and error are the run's streams; another descriptor is written through only when it is a file (see `descriptorSink`). */
function heldDescriptor(fd: number): boolean {
  if (fd === 1 || fd === 2) return true;
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

/** A name that can only be a directory's: `out/`, `out/.`. */
const DIRECTORY_NAME = /\/$|(?:^|\/)\.\.?$/;

/** How a message names a directory reached through a link: as the link leads, relative to the current one where it is inside it. */
function shownDirectory(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' ? '.' : shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

/**
 * Resolves `-o`'s name, and refuses what a shell's `>` would refuse (a
 * directory, a file the user may not write) before any page is read. Root
 * may write any file, as with a shell: `access` says so.
 */
export function outputTarget(name: string, io: Pick<CliIO, 'cwd'>): OutputTarget {
  // The name given is echoed in messages only: a name shaped as an address with a password is shown as every message shows it.
  const shown = withoutPassword(name);
  try {
    const given = resolve(io.cwd, name);
    let path = given;
    let info = existing(path);
    for (let links = 0; info?.isSymbolicLink(); links++) {
      if (links === MAX_LINKS) throw Object.assign(new Error('ELOOP'), { code: 'ELOOP' });
      const link = path;
      const fd = ownDescriptor(link);
      const problem = fd !== undefined && fd > 2 ? descriptorProblem(fd) : undefined;
      if (problem !== undefined) throw new OutputError(`${shown}: cannot write the output (${problem})`);
      if (fd !== undefined && heldDescriptor(fd)) return { name: shown, path: link, kind: 'descriptor', mode: undefined, fd, directory: dirname(shown), throughLink: false };
      path = resolve(dirname(link), readlinkSync(link));
      info = existing(path);
      // A link of /proc/*/fd (where /dev/stdout and /dev/fd/N lead) to a pipe
      // reads `pipe:[N]`, which names no file: the link itself opens it.
      if (info === undefined && (fd !== undefined || link.startsWith('/proc/'))) {
        const opened = statOrUndefined(link);
        if (opened !== undefined && !opened.isFile() && !opened.isDirectory()) return { name: shown, path: link, kind: 'device', mode: undefined, directory: dirname(shown), throughLink: false };
      }
    }
    // /proc/self/fd/N for a descriptor that is not open is no name in a directory that takes no new files. Nor is one
    // with a leading zero (/dev/fd/03), which /proc does not name any descriptor by, open or not.
    const closed = info === undefined ? ownDescriptor(path) : undefined;
    if (closed !== undefined && basename(path) !== String(closed)) {
      throw new OutputError(`${shown}: cannot write the output (no such file: descriptor ${closed} is ${dirname(shown)}/${closed}, with no leading zero)`);
    }
    if (closed !== undefined) throw new OutputError(`${shown}: cannot write the output (descriptor ${closed} is not open)`);
    // A socket's file takes no open(2), as a shell's > finds: a named pipe no one reads fails alike, and is another thing.
    if (info?.isSocket()) throw new OutputError(`${shown}: cannot write the output (it is a socket, which no file can be opened on)`);
    if (info?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    // The name ends as a directory's, and resolving it dropped the slash.
    if (DIRECTORY_NAME.test(name)) throw new OutputError(`${shown}: cannot write the output (${info === undefined ? 'no such directory' : 'not a directory'})`);
    // The file is replaced by a rename, which asks only the directory's permission: the file's is asked here, as `>` would.
    if (info?.isFile()) accessSync(path, constants.W_OK);
    const kind = info === undefined || info.isFile() ? 'file' : 'device';
    const throughLink = path !== given;
    const directory = throughLink ? withoutPassword(shownDirectory(dirname(path), io.cwd)) : dirname(shown);
    return { name: shown, path, kind, mode: info?.isFile() ? info.mode & 0o7777 : undefined, directory, throughLink };
  } catch (error) {
    throw error instanceof OutputError ? error : outputError(name, error);
  }
}
