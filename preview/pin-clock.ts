// The bundle reads the time with Date.now(); inside the preview that must be the emulator's clock (--now),
// so the vm context's Date is replaced by a subclass whose "now" is the clock. Dates built from a value are untouched.
import * as vm from 'node:vm';

export function pinClock(context: vm.Context, now: () => number): void {
  Object.defineProperty(context, '__previewNow', { value: now, enumerable: false });
  vm.runInContext(
    `(() => {
      const Original = Date;
      const now = __previewNow;
      class ClockDate extends Original {
        constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
        static now() { return now(); }
      }
      globalThis.Date = ClockDate;
    })();`,
    context,
  );
}
