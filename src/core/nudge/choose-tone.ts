// The nudge's tone: the user's choice, or with 'auto' the register of my own messages to this client.
import type { Register, Tone } from '../types';

export type ToneSetting = 'auto' | Tone;

/** Formal register (Lei, Sie, vous, usted) → formal text; informal or unknown → the warm text. */
export function chooseTone(setting: ToneSetting, register: Register | null): Tone {
  if (setting !== 'auto') return setting;
  return register === 'formal' ? 'formal' : 'warm';
}

export function toneSettingOf(value: string | undefined, fallback: ToneSetting): ToneSetting {
  return value === 'auto' || value === 'warm' || value === 'formal' ? value : fallback;
}
