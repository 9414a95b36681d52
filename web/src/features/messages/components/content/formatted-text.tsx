/**
 * Renders the WhatsApp parser's blocks: paragraphs, quotes, lists and monospace blocks.
 * `trailing` (the meta spacer, a "Read more" button) ends the last line of the last block.
 */
import { Fragment, type ReactNode } from 'react';
import type { Block, Line } from '@/features/messages/lib/whatsapp-format.ts';
import { InlineNodes } from './inline-nodes.tsx';

export interface FormattedTextProps {
  blocks: Block[];
  trailing?: ReactNode;
}

/** Blocks in order; an empty list renders only `trailing`. */
export function FormattedText({ blocks, trailing }: FormattedTextProps) {
  if (blocks.length === 0) return <>{trailing}</>;
  return (
    <>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} trailing={i === blocks.length - 1 ? trailing : null} />
      ))}
    </>
  );
}

function BlockView({ block, trailing }: { block: Block; trailing: ReactNode }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p className="whitespace-pre-wrap">
          <Lines lines={block.lines} trailing={trailing} />
        </p>
      );
    case 'quote':
      return (
        <blockquote className="my-0.5 border-l-4 border-slate-400/60 pl-2 whitespace-pre-wrap text-slate-600">
          <Lines lines={block.lines} trailing={trailing} />
        </blockquote>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List
          start={block.ordered ? block.start : undefined}
          className={block.ordered ? 'list-decimal pl-6' : 'list-disc pl-5'}
        >
          {block.items.map((item, i) => (
            <li key={i} className="whitespace-pre-wrap">
              <InlineNodes nodes={item} />
              {i === block.items.length - 1 && trailing}
            </li>
          ))}
        </List>
      );
    }
    case 'pre':
      return (
        <>
          <pre className="my-0.5 rounded bg-black/5 px-1.5 py-1 font-mono text-[13px] whitespace-pre-wrap [overflow-wrap:anywhere]">
            {block.text}
          </pre>
          {trailing}
        </>
      );
  }
}

/** Lines joined by newlines (the block keeps `white-space: pre-wrap`). */
function Lines({ lines, trailing }: { lines: Line[]; trailing: ReactNode }) {
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && '\n'}
          <InlineNodes nodes={line} />
        </Fragment>
      ))}
      {trailing}
    </>
  );
}
