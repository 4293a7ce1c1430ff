// Every reply delay seen per client over the whole run, in typed arrays, then each client's median once.
import { float64s, int32s } from '../../mail/chunked-array';
import { IdTable } from '../../mail/id-table';
import { median } from '../../src/core/typical-reply';

/**
 * A Takeout export can hold a million clients: a Map of arrays would cost over 100 bytes each. Here a
 * client is a number (its address hashed) and its delays a linked list: 12 bytes per delay, 20 per client.
 */
export class ClientDelays {
  private readonly clients = new IdTable();
  private readonly heads = int32s(-1);
  private readonly values = float64s();
  private readonly next = int32s();
  private count = 0;
  private medians: Float64Array | null = null;

  add(email: string, delays: readonly number[]): void {
    if (this.medians) throw new Error('ClientDelays: add after typical()');
    const c = this.clients.add(email);
    for (const d of delays) {
      this.values.set(this.count, d);
      this.next.set(this.count, this.heads.get(c));
      this.heads.set(c, this.count);
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
      for (let at = this.heads.get(c); at !== -1; at = this.next.get(at)) list.push(this.values.get(at));
      medians[c] = median(list) ?? NaN;
    }
    this.heads.clear();
    this.values.clear();
    this.next.clear();
    this.medians = medians;
    return medians;
  }
}
