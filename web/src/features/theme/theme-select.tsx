/**
 * Theme picker for the app header: System / Light / Dark.
 */
import { useTheme } from './use-theme.ts';
import type { ThemeChoice } from '@/lib/theme.ts';

const OPTIONS: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System theme' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeSelect() {
  const [choice, setChoice] = useTheme();
  return (
    <select
      aria-label="Theme"
      value={choice}
      onChange={(event) => setChoice(event.target.value as ThemeChoice)}
      className="h-8 rounded-full bg-white/15 px-3 text-xs text-white hover:bg-white/25 focus-visible:outline-2 focus-visible:outline-white [&>option]:text-slate-900"
    >
      {OPTIONS.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
