/**
 * Routes: the inbox layout (header + chat list) around either the empty state or an open chat.
 * `/chats/:chatId` carries the selection, so a reload or a shared link opens the same chat
 * (the server answers deep links with index.html).
 */
import { createBrowserRouter } from 'react-router';
import { queryClient } from './query-client.ts';
import { prefetchChat } from './routes/prefetch-chat.ts';
import { InboxLayout } from './routes/inbox-layout.tsx';
import { NoChatSelected } from './routes/no-chat-selected.tsx';
import { NotFound } from './routes/not-found.tsx';
import { RouteError } from './routes/route-error.tsx';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <InboxLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <NoChatSelected /> },
      // One route (one ChatRoute instance) for a chat and for the chat opened at a message
      // (`messages/:id`) or a group notification (`notifications/:id`); ChatRoute checks the kind.
      // Loaded on demand: the thread (formatting, linkify, media players) is not in the initial
      // bundle; the loader starts the chat's requests while that code downloads (it waits for
      // nothing).
      {
        path: 'chats/:chatId/:targetKind?/:targetId?',
        loader: ({ params }) => {
          prefetchChat(queryClient, params.chatId, params.targetKind);
          return null;
        },
        lazy: () => import('./routes/chat.tsx').then((m) => ({ Component: m.ChatRoute })),
      },
      // Org-wide group events; loaded on demand like the chat route.
      {
        path: 'activity',
        lazy: () => import('./routes/activity.tsx').then((m) => ({ Component: m.ActivityRoute })),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
