// What the bundles use for entities' decodeBase64 (see `fastEntityTables` in
// scripts/build.mjs). entities turns its base64 entity tables into Uint16Arrays
// with atob and a loop over every byte pair, which a cold process runs in V8's
// interpreter: 17 M instructions of every start (4 % of a run over one page),
// where Buffer decodes the same bytes natively. The result is the same array:
// little-endian pairs of bytes, an odd last byte dropped.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function decodeBase64(input) {
  const bytes = Buffer.from(input, 'base64');
  const out = new Uint16Array(bytes.length >> 1);
  if (LITTLE_ENDIAN) {
    new Uint8Array(out.buffer).set(bytes.subarray(0, out.length * 2));
  } else {
    for (let index = 0; index < out.length; index++) out[index] = bytes[2 * index] | (bytes[2 * index + 1] << 8);
  }
  return out;
}
