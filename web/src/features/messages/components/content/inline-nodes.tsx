/**
 * Renders inline tokens of the WhatsApp parser as React elements (never HTML): bold, italic,
 * strike, code, links (allowed schemes only, new tab, no referrer) and @mentions by name (the
 * chat's members from useMembers).
 */
import { Fragment } from 'react';
import { formatPhone } from '@/lib/format.ts';
import { memberName } from '@/lib/members.ts';
import type { InlineNode } from '@/features/messages/lib/whatsapp-format.ts';
import { useMembers } from '../members-context.tsx';

export interface InlineNodesProps {
  nodes: InlineNode[];
}

/** A line's nodes, in order. */
export function InlineNodes({ nodes }: InlineNodesProps) {
  return (
    <>
      {nodes.map((node, i) => (
        <InlineNodeView key={i} node={node} />
      ))}
    </>
  );
}

function InlineNodeView({ node }: { node: InlineNode }) {
  switch (node.type) {
    case 'text':
      return <Fragment>{node.text}</Fragment>;
    case 'bold':
      return (
        <strong className="font-semibold">
          <InlineNodes nodes={node.children} />
        </strong>
      );
    case 'italic':
      return (
        <em>
          <InlineNodes nodes={node.children} />
        </em>
      );
    case 'strike':
      return (
        <s>
          <InlineNodes nodes={node.children} />
        </s>
      );
    case 'code':
      return <code className="rounded bg-black/5 px-1 font-mono text-[0.85em]">{node.text}</code>;
    case 'link':
      return (
        // href comes from safeHref (http, https, mailto, tel only); the text is shown as written.
        <a
          href={node.href}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="text-sky-700 underline [overflow-wrap:anywhere] hover:text-sky-900"
        >
          {node.text}
        </a>
      );
    case 'mention':
      return <Mention id={node.id} />;
  }
}

/** An @mention, named from the chat's members (useMembers), else by its number. */
function Mention({ id }: { id: string }) {
  const members = useMembers();
  return (
    <span data-mention className="font-medium text-teal-700" title={formatPhone(id)}>
      @{memberName(members, id)}
    </span>
  );
}
