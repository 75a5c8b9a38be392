import type { SettingDefinition } from './types.js';

/** What a setting accepts, for a council developer: "one of a, b", "a number from 18 to 25". */
export function settingRule(s: SettingDefinition): string {
  if (Array.isArray(s.allowed)) return `use one of ${s.allowed.join(', ')}`;
  const what = s.type === 'date' ? 'a date (YYYY-MM-DD)' : 'a number';
  if (s.min !== undefined && s.max !== undefined) return `use ${what} from ${s.min} to ${s.max}`;
  if (s.min !== undefined) return `use ${what} of ${s.min} or more`;
  if (s.max !== undefined) return `use ${what} of ${s.max} or less`;
  return `use ${what}`;
}
