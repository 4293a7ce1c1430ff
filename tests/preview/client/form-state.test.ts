import { dateValueToMs, FormState, msToDateValue } from '../../../preview/client/form-state';

describe('FormState', () => {
  it('leaves out a checkbox group once every box is unticked, as Gmail does', () => {
    const form = new FormState();
    form.toggle('workingDays', '1', true);
    form.toggle('workingDays', '2', true);
    form.toggle('workingDays', '1', false);
    expect(form.toFormInputs()).toEqual({ workingDays: { stringInputs: { value: ['2'] } } });
    form.toggle('workingDays', '2', false);
    expect(form.toFormInputs()).toEqual({});
  });

  it('sends a picked day as UTC midnight milliseconds', () => {
    const form = new FormState();
    const ms = dateValueToMs('2026-11-26');
    expect(ms).toBe(Date.UTC(2026, 10, 26));
    form.setDate('reminderDate', ms as number);
    expect(form.toFormInputs()).toEqual({
      reminderDate: { dateInput: { msSinceEpoch: String(Date.UTC(2026, 10, 26)) } },
    });
    expect(msToDateValue(Date.UTC(2026, 10, 26))).toBe('2026-11-26');
    expect(dateValueToMs('26/11/2026')).toBeNull();
  });
});
