/** A clock whose sleeps return at once and advance its time: retry tests run instantly. */
import type { Clock } from "../../src/core/env";

export class FakeClock implements Clock {
  time = 1_700_000_000_000;
  sleeps: number[] = [];
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }
}
