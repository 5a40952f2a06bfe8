/**
 * A set of run fingerprints (whole numbers below 2^52) in one typed array, open addressing: a million
 * runs take 16 MiB, where a Set of boxed numbers takes about three times that, and no object is made
 * per run.
 */
export class FingerprintSet {
  /** Each slot holds a fingerprint plus one; 0 is empty. */
  private slots = new Float64Array(1 << 12);
  size = 0;

  private slotOf(stored: number, slots: Float64Array): number {
    const mask = slots.length - 1;
    // The fingerprint is a hash already: its low bits spread well.
    let i = (stored >>> 0) & mask;
    while (slots[i] !== 0 && slots[i] !== stored) i = (i + 1) & mask;
    return i;
  }

  has(print: number): boolean {
    return this.slots[this.slotOf(print + 1, this.slots)] !== 0;
  }

  /** Adds it; false when it was there already. */
  add(print: number): boolean {
    const stored = print + 1;
    const i = this.slotOf(stored, this.slots);
    if (this.slots[i] !== 0) return false;
    this.slots[i] = stored;
    if (++this.size * 2 > this.slots.length) this.grow();
    return true;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Float64Array(old.length * 2);
    for (const stored of old) if (stored !== 0) slots[this.slotOf(stored, slots)] = stored;
    this.slots = slots;
  }
}
