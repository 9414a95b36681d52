/**
 * Renders inline tokens of the WhatsApp parser as React elements (never HTML): bold, italic,
 * strike, code, links (allowed schemes only, new tab, no referrer) and @mentions by name.
 */
import { Fragment } from 'react';
import type { Members } from '../../../../lib/api-types.ts';
import { formatPhone } from '../../../../lib/format.ts';
import { memberName } from '../../../../lib/members.ts';
import type { InlineNode } from '../../lib/whatsapp-format.ts';

export interface InlineNodesProps {
  nodes: InlineNode[];
  /** The chat's members, for mention names. */
  members: Members | undefined;
}

/** A line's nodes, in order. */
export function InlineNodes({ nodes, members }: InlineNodesProps) {
  return (
    <>
      {nodes.map((node, i) => (
        <InlineNodeView key={i} node={node} members={members} />
      ))}
    </>
  );
}

function InlineNodeView({ node, members }: { node: InlineNode; members: Members | undefined }) {
  switch (node.type) {
    case 'text':
      return <Fragment>{node.text}</Fragment>;
    case 'bold':
      return (
        <strong className="font-semibold">
          <InlineNodes nodes={node.children} members={members} />
        </strong>
      );
    case 'italic':
      return (
        <em>
          <InlineNodes nodes={node.children} members={members} />
        </em>
      );
    case 'strike':
      return (
        <s>
          <InlineNodes nodes={node.children} members={members} />
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
      return (
        <span data-mention className="font-medium text-teal-700" title={formatPhone(node.id)}>
          @{memberName(members, node.id)}
        </span>
      );
  }
}
