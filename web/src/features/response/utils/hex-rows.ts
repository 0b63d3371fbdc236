/** Bytes per hex row, as in `xxd` and `hexdump -C`. */
export const HEX_ROW_BYTES = 16;

export interface HexRow {
  /** The first byte's offset, 8 hex digits. */
  offset: string;
  /** Two hex digits per byte, space-separated, with an extra gap after the eighth. */
  hex: string;
  /** Printable ASCII as itself, everything else as a dot. */
  ascii: string;
}

/** One row of a hex dump: `00000010  48 65 6c 6c 6f ...  |Hello...|`. */
export function hexRow(bytes: Uint8Array, offset: number): HexRow {
  const hex: string[] = [];
  let ascii = '';
  for (let i = 0; i < HEX_ROW_BYTES; i += 1) {
    const byte = bytes[i];
    hex.push(byte === undefined ? '  ' : byte.toString(16).padStart(2, '0'));
    if (i === 7) hex.push('');
    if (byte !== undefined) ascii += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.';
  }
  return { offset: offset.toString(16).padStart(8, '0'), hex: hex.join(' ').trimEnd(), ascii };
}

/** How many rows a dump of `length` bytes has. */
export function hexRowCount(length: number): number {
  return Math.ceil(length / HEX_ROW_BYTES);
}
