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
  private firstRows: Int32Array;
  /**
   * Open addressing, two numbers a slot: the key's hash, and its index + 1 (0: empty). A probe
   * reads one place in memory, and a key's text only when the hashes match: at 100,000 rows
   * every other read is a cache miss.
   */
  private slots: Int32Array;

  /** `rows`: how many rows the table has, so that the table is made once at its full size. */
  constructor(rows = 0) {
    this.firstRows = new Int32Array(Math.max(16, rows));
    this.slots = new Int32Array(2 * slotsFor(rows));
  }

  /** True when the ID is new; otherwise reports the duplicate. */
  claim(row: RowReader, header: string, id: string): boolean {
    const key = idKey(id);
    const hash = hashOf(key);
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    let slot = hash & mask;
    for (let entry = slots[2 * slot + 1]!; entry !== 0; entry = slots[2 * slot + 1]!) {
      if (slots[2 * slot] === hash && this.keys[entry - 1] === key) {
        const first = this.firstRows[entry - 1]!;
        row.report("error", say("input.duplicate-id", { id: cleanCellText(id), first }), header);
        return false;
      }
      slot = (slot + 1) & mask;
    }
    const index = this.keys.length;
    if (index === this.firstRows.length) {
      const firstRows = new Int32Array(index * 2);
      firstRows.set(this.firstRows);
      this.firstRows = firstRows;
    }
    this.keys.push(key);
    this.firstRows[index] = row.row;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = index + 1;
    // At most half the slots full (a slot is two numbers).
    if (this.keys.length * 4 > slots.length) this.rehash();
    return true;
  }

  private rehash(): void {
    const from = this.slots;
    const to = new Int32Array(from.length * 2);
    const mask = to.length / 2 - 1;
    for (let at = 0; at < from.length; at += 2) {
      if (from[at + 1] === 0) continue;
      let slot = from[at]! & mask;
      while (to[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      to[2 * slot] = from[at]!;
      to[2 * slot + 1] = from[at + 1]!;
    }
    this.slots = to;
  }
}

/** Slots for `keys` keys: a power of two, at most half full, so a probe meets an empty slot soon. */
function slotsFor(keys: number): number {
  let slots = 32;
  while (slots < 2 * keys) slots *= 2;
  return slots;
}

/** Varies per process, so that the slots of a workbook's IDs cannot be worked out in advance. */
const seed = (Math.random() * 0x100000000) >>> 0;

/**
 * FNV-1a over the UTF-16 code units from a seeded start, then murmur3's finaliser, as a signed
 * 32-bit integer. The finaliser matters: a slot is the hash's low bits, and FNV-1a's low bits
 * depend only on the low bits of each code unit, so IDs differing only in a high bit of a
 * character ("0" and U+8030) would share a slot whatever the seed, and a workbook of them
 * would make every claim probe every key.
 */
function hashOf(key: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let index = 0; index < key.length; index++) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
