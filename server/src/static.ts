/**
 * Serves the built SPA with a fallback to `index.html` for client-side routes (`/chats/…`), so a
 * reload or a shared deep link opens the same view.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** @param root - absolute path of `web/dist` */
export function spa(root: string) {
  return new Hono()
    .use(
      '/assets/*',
      serveStatic({
        root,
        onFound: (_path, c) => {
          c.header('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    )
    .get('/assets/*', (c) => c.text('Not found', 404))
    .use('*', serveStatic({ root }))
    .get('*', async (c) => {
      // Read per request (a few KB): a rebuild is picked up without a restart.
      c.header('Cache-Control', 'no-cache');
      return c.html(await readFile(join(root, 'index.html'), 'utf8'));
    });
}
