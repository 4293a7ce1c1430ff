// Compares measured figures with the budgets: ok, over (a time within the noise margin) or broken.
import { TIME_MARGIN, type Budget } from './budgets';

export type Figures = ReadonlyMap<string, number>;
export type Verdict = 'ok' | 'over' | 'broken';

export interface BudgetResult {
  readonly budget: Budget;
  /** null when the bench did not produce the figure: that breaks the budget too. */
  readonly value: number | null;
  readonly verdict: Verdict;
  readonly message: string;
}

function within(budget: Budget, value: number, limit: number): boolean {
  return budget.kind === 'exactly' ? value === limit : value <= limit;
}

function describe(budget: Budget, value: number | null, verdict: Verdict): string {
  const relation = budget.kind === 'exactly' ? 'must be exactly' : 'budget';
  const shown = value === null ? 'not measured' : `${round(value)} ${budget.unit}`;
  const margin = budget.noisy ? `, fails above ${round(budget.limit * TIME_MARGIN)} (x${TIME_MARGIN})` : '';
  const head = verdict === 'broken' ? 'BROKEN' : verdict === 'over' ? 'OVER (within noise margin)' : 'ok';
  return `${head}: ${budget.figure} = ${shown} (${relation} ${round(budget.limit)} ${budget.unit}${margin}) — ${budget.why}`;
}

export function round(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return Math.abs(value) >= 100
    ? value.toFixed(0)
    : Math.abs(value) >= 1
      ? value.toFixed(2)
      : value.toFixed(3);
}

export function checkBudget(budget: Budget, figures: Figures): BudgetResult {
  const measured = figures.get(budget.figure);
  const value = measured === undefined || !Number.isFinite(measured) ? null : measured;
  let verdict: Verdict;
  if (value === null) verdict = 'broken';
  else if (within(budget, value, budget.limit)) verdict = 'ok';
  else if (budget.noisy && within(budget, value, budget.limit * TIME_MARGIN)) verdict = 'over';
  else verdict = 'broken';
  return { budget, value, verdict, message: describe(budget, value, verdict) };
}

export function checkBudgets(budgets: readonly Budget[], figures: Figures): BudgetResult[] {
  return budgets.map((b) => checkBudget(b, figures));
}

/** 0 when nothing is broken ("over" alone does not fail a noisy machine), 1 otherwise. */
export function exitCodeOf(results: readonly BudgetResult[]): number {
  return results.some((r) => r.verdict === 'broken') ? 1 : 0;
}
