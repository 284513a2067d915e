import { constants, fstatSync, readdirSync, readFileSync, readlinkSync, type Stats } from 'node:fs';

/** The access mode in /proc/self/fdinfo's flags (octal, as the kernel prints it): O_RDONLY is 0. */
const ACCESS_MODE = 0o3;

function accessMode(fd: string): number | undefined {
  try {
    const stated = /^flags:\s*([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'latin1'))?.[1];
    return stated === undefined ? undefined : Number.parseInt(stated, 8) & ACCESS_MODE;
  } catch {
    return undefined;
  }
}

/** The access modes in which this process holds the pipe `pipe` (`pipe:[inode]`, as /proc/self/fd names it). */
function pipeEnds(pipe: string): Set<number | undefined> {
  const modes = new Set<number | undefined>();
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`) === pipe) modes.add(accessMode(fd));
    } catch {
      // Closed while listed (the listing's own descriptor).
    }
  }
  return modes;
}

/**
 * Why `-o` cannot name descriptor `fd` (3 or above) of this process, if it
 * cannot. One not open is said so, not as a directory that takes no new
 * file; and so is one Node opened for itself before the run began (its
 * event descriptors, and its pipes, both of whose ends it holds: output
 * written there was lost with exit 0, or crashed the run). Node marks every
 * descriptor close-on-exec, those handed over included, so that flag cannot
 * tell them apart. A descriptor opened for reading (`3< <(…)`, Node's own
 * /dev/null) is not open for writing, whatever it leads to. A socket cannot be
 * opened by name (open(2) says ENXIO), and writing through the one
 * descriptor would either block the main thread, where no signal can stop a
 * run whose reader stalls, or make the socket non-blocking under every other
 * process that holds it: the shell's `>&N` writes to it without either.
 */
export function descriptorProblem(fd: number): string | undefined {
  let info: Stats;
  let target: string;
  try {
    info = fstatSync(fd);
    target = readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return `descriptor ${fd} is not open`;
  }
  const ends = info.isFIFO() && target.startsWith('pipe:') ? pipeEnds(target) : undefined;
  if (target.startsWith('anon_inode:') || (ends?.has(constants.O_RDONLY) && ends.has(constants.O_WRONLY))) {
    return `descriptor ${fd} was not given to the run (the one there is Node's own)`;
  }
  if (accessMode(String(fd)) === constants.O_RDONLY) return 'not open for writing';
  if (info.isSocket()) return `descriptor ${fd} is a socket, which -o does not write to: send standard output to it instead (>&${fd})`;
  return undefined;
}
