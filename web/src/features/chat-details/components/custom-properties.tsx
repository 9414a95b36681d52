/**
 * The chat's custom properties (official `ChatType.custom_properties`: property id → any JSON).
 * Keys are property ids (`property-…`); Periskope does not send their names, so the id is shown
 * as it is, above its value. Values read as text, never as raw JSON (json-lines.ts).
 */
import type { ChatDetail } from '@/lib/api-types.ts';
import { jsonLines, type JsonValue } from '../lib/json-lines.ts';

/** Indent per nesting level (Tailwind classes: no inline styles). */
const INDENT = ['', 'pl-3', 'pl-6', 'pl-9'] as const;

/** A nested `dl`: each property id, then its value as one line or as indented lines. */
export function CustomProperties({ properties }: { properties: ChatDetail['custom_properties'] }) {
  return (
    <dl className="flex flex-col gap-1.5">
      {Object.entries(properties).map(([id, value]) => (
        <div key={id}>
          <dt className="text-xs break-all text-slate-400">{id}</dt>
          <dd className="break-words whitespace-pre-wrap">
            <PropertyValue value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function PropertyValue({ value }: { value: JsonValue }) {
  const lines = jsonLines(value);
  if (lines.length === 1 && lines[0]?.depth === 0) return lines[0].text;
  return (
    <ul className="flex flex-col">
      {lines.map((line, i) => (
        <li key={i} className={INDENT[Math.min(line.depth, INDENT.length - 1)]}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
