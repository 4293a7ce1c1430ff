// The emulator's own clock: tests move it by hand, the real clock is never read.

export class Clock {
  constructor(private current: number) {}

  get now(): number {
    return this.current;
  }

  set(ms: number): void {
    this.current = ms;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
