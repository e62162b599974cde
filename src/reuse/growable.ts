// An append-only Int32 buffer: CSR arrays for 150,000 provisions without per-element objects.
export class GrowableInt32 {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  /** Copies [from, to) into `scratch` (large enough) and returns that view. */
  copyInto(from: number, to: number, scratch: Int32Array): Int32Array {
    const view = scratch.subarray(0, to - from);
    view.set(this.data.subarray(from, to));
    return view;
  }

  /** A right-sized copy. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
