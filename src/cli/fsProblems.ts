import { OutputError } from './exit.js';
import { withoutPassword } from '../text/address.js';

/** A file system error's code in words, for the one line that reports it. */
export const FS_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EFBIG: 'file too large',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EPIPE: 'its reader has gone',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  ENXIO: 'no such device or address',
};

/** A failed write of the output named `name`, in one line. */
export function outputError(name: string, error: unknown): OutputError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  // A descriptor the shell opened for reading only (`-o /dev/stdin < file`): "bad file descriptor" would say nothing.
  const problem = code === 'EBADF' ? 'not open for writing' : FS_PROBLEMS[code];
  return new OutputError(`${withoutPassword(name)}: cannot write the output (${problem ?? (code || 'error')})`);
}
