import { cleanCellText } from "../cell-text";
import { say } from "../finding-text";
import { idKey } from "../model";
import type { RowReader } from "../parse/table-rows";

/**
 * Tracks the IDs of a table and reports the second use of one. A hash table of its own, in
 * typed arrays, rather than a Map: a Map of 33,000 IDs (a third of a 100,000-row budget) grows
 * by copying its entries into new tables that outlive the garbage collector's young
 * generation, and cost more per row than checking the row (bench/README.md). Here the only
 * array of references is the list of keys, the workbook's own strings.
 */
export class IdRegister {
  private readonly keys: string[] = [];
  private firstRows: Int32Array = new Int32Array(16);
  /** Each key's hash: a probe compares these, and reads a key's text only when they match. */
  private hashes: Int32Array = new Int32Array(16);
  /** Open addressing: 0 is an empty slot, otherwise the key's index + 1. */
  private slots = new Int32Array(64);

  /** True when the ID is new; otherwise reports the duplicate. */
  claim(row: RowReader, header: string, id: string): boolean {
    const key = idKey(id);
    const hash = hashOf(key);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      // A key of another row is read only when its hash is this one's: its text is elsewhere
      // in memory, and at 100,000 rows each read was a cache miss.
      if (this.hashes[entry - 1] === hash && this.keys[entry - 1] === key) {
        const first = this.firstRows[entry - 1]!;
        row.report("error", say("input.duplicate-id", { id: cleanCellText(id), first }), header);
        return false;
      }
      slot = (slot + 1) & mask;
    }
    const index = this.keys.length;
    if (index === this.firstRows.length) {
      this.firstRows = doubled(this.firstRows);
      this.hashes = doubled(this.hashes);
    }
    this.keys.push(key);
    this.firstRows[index] = row.row;
    this.hashes[index] = hash;
    this.slots[slot] = index + 1;
    // At most a quarter full, so a probe meets an empty slot soon.
    if (this.keys.length * 4 > this.slots.length) this.rehash(this.slots.length * 2);
    return true;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    this.hashes.subarray(0, this.keys.length).forEach((hash, index) => {
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    });
    this.slots = slots;
  }
}

/** Varies per process, so that no workbook can be made of IDs that all fall in one slot. */
const seed = (Math.random() * 0x100000000) >>> 0;

/** FNV-1a over the UTF-16 code units, from a seeded start, as a signed 32-bit integer. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let index = 0; index < key.length; index++) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  }
  return hash;
}

function doubled(from: Int32Array): Int32Array {
  const to = new Int32Array(from.length * 2);
  to.set(from);
  return to;
}
