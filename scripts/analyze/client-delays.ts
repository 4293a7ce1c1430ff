// Every reply delay seen per client over the whole run, in typed arrays, then each client's median once.
import { grownArray, IdTable } from '../../mail/id-table';
import { median } from '../../src/core/typical-reply';

/**
 * A Takeout export can hold a million clients: a Map of arrays would cost over 100 bytes each. Here a
 * client is a number (its address hashed) and its delays a linked list: 12 bytes per delay, 20 per client.
 */
export class ClientDelays {
  private readonly clients = new IdTable();
  private heads = new Int32Array(1024).fill(-1);
  private values = new Float64Array(4096);
  private next = new Int32Array(4096);
  private count = 0;
  private medians: Float64Array | null = null;

  add(email: string, delays: readonly number[]): void {
    if (this.medians) throw new Error('ClientDelays: add after typical()');
    const c = this.clients.add(email);
    if (c >= this.heads.length) {
      const old = this.heads.length;
      this.heads = grownArray(this.heads, c + 1);
      this.heads.fill(-1, old);
    }
    for (const d of delays) {
      if (this.count === this.values.length) {
        this.values = grownArray(this.values, this.count + 1);
        this.next = grownArray(this.next, this.count + 1);
      }
      this.values[this.count] = d;
      this.next[this.count] = this.heads[c] as number;
      this.heads[c] = this.count;
      this.count += 1;
    }
  }

  /** The median of every delay of this client (null when none): computed for all clients at the first call. */
  typical(email: string): number | null {
    const medians = this.medians ?? this.finish();
    const c = this.clients.find(email);
    const m = c === -1 ? NaN : (medians[c] as number);
    return Number.isNaN(m) ? null : m;
  }

  private finish(): Float64Array {
    const medians = new Float64Array(this.clients.size);
    for (let c = 0; c < medians.length; c += 1) {
      const list: number[] = [];
      for (let at = this.heads[c] as number; at !== -1; at = this.next[at] as number)
        list.push(this.values[at] as number);
      medians[c] = median(list) ?? NaN;
    }
    this.heads = new Int32Array(0);
    this.values = new Float64Array(0);
    this.next = new Int32Array(0);
    this.medians = medians;
    return medians;
  }
}
