import type * as fsPromises from 'node:fs/promises';
import type * as net from 'node:net';
import type * as v8 from 'node:v8';
import type * as zlib from 'node:zlib';

interface OnDemand {
  'node:net': typeof net;
  'node:zlib': typeof zlib;
  'node:fs/promises': typeof fsPromises;
  'node:v8': typeof v8;
}

/**
 * Node's own modules that only some runs use (a named pipe, gzip data, a
 * directory), loaded when first asked for: a static import would load them,
 * and what they load, on every start. This is the one place outside `bin/`
 * that names `process`, and only for Node's module loader, never for its
 * streams, arguments, environment or exit code.
 */
export function builtinOnDemand<Name extends keyof OnDemand>(name: Name): OnDemand[Name] {
  return globalThis.process.getBuiltinModule(name);
}
