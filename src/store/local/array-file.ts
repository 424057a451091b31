import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

/**
 * Named typed arrays in one file: a JSON directory, then each array's bytes at an 8-byte aligned
 * offset, so reading is one file read and a view per array, with no parsing of numbers.
 */
export type StoredArray = Int8Array | Uint8Array | Int32Array | Uint32Array | Float32Array;

const MAGIC = 'IXA1';
const TYPES = { Int8Array, Uint8Array, Int32Array, Uint32Array, Float32Array } as const;
type TypeName = keyof typeof TYPES;

interface Entry {
  name: string;
  type: TypeName;
  offset: number;
  length: number;
}

const align = (n: number) => Math.ceil(n / 8) * 8;

export function writeArrays(file: string, arrays: Readonly<Record<string, StoredArray>>): number {
  let offset = 0;
  const entries: Entry[] = Object.entries(arrays).map(([name, array]) => {
    const entry = { name, type: array.constructor.name as TypeName, offset, length: array.length };
    if (!(entry.type in TYPES)) throw new Error(`writeArrays: ${name} is a ${entry.type}`);
    offset = align(offset + array.byteLength);
    return entry;
  });
  const header = Buffer.from(JSON.stringify(entries));
  const dataStart = align(8 + header.length);
  const prefix = Buffer.alloc(dataStart);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, 4);
  header.copy(prefix, 8);
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, prefix);
    let position = dataStart;
    for (const [i, array] of Object.values(arrays).entries()) {
      const at = dataStart + entries[i].offset;
      if (at > position) writeSync(fd, Buffer.alloc(at - position));
      writeSync(fd, new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
      position = at + array.byteLength;
    }
    const end = dataStart + offset;
    if (end > position) writeSync(fd, Buffer.alloc(end - position));
    return end;
  } finally {
    closeSync(fd);
  }
}

/** Reads every array of a file written by `writeArrays`; throws on a truncated or foreign file. */
export function readArrays(file: string): Map<string, StoredArray> {
  const bytes = readFileSync(file);
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${file}: not an array file`);
  const headerLength = bytes.readUInt32LE(4);
  if (8 + headerLength > bytes.length) throw new Error(`${file}: truncated header`);
  const entries = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Entry[];
  const dataStart = align(8 + headerLength);
  const out = new Map<string, StoredArray>();
  for (const e of entries) {
    const Type = TYPES[e.type];
    if (!Type) throw new Error(`${file}: unknown array type ${String(e.type)}`);
    const start = bytes.byteOffset + dataStart + e.offset;
    const byteLength = e.length * Type.BYTES_PER_ELEMENT;
    if (dataStart + e.offset + byteLength > bytes.length) throw new Error(`${file}: truncated (${e.name})`);
    // A view when aligned (large reads get their own buffer), a copy otherwise.
    out.set(
      e.name,
      start % Type.BYTES_PER_ELEMENT === 0
        ? new Type(bytes.buffer, start, e.length)
        : new Type(bytes.buffer.slice(start, start + byteLength)),
    );
  }
  return out;
}

export function arrayOf<T extends StoredArray>(
  arrays: ReadonlyMap<string, StoredArray>,
  name: string,
  type: new (...args: never[]) => T,
  length?: number,
): T {
  const array = arrays.get(name);
  if (!(array instanceof type)) throw new Error(`array ${name} missing or of the wrong type`);
  if (length !== undefined && array.length !== length) throw new Error(`array ${name} holds ${array.length} values, expected ${length}`);
  return array;
}
