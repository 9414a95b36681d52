/**
 * Serves the built SPA with a fallback to `index.html` for client-side routes (`/chats/…`), so a
 * reload or a shared deep link opens the same view.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** Source maps (`*.map`): the SPA's original sources, comments included. */
const SOURCE_MAP = /\.map$/;

/**
 * @param root - absolute path of `web/dist`
 * @param options.sourcemaps - serve `*.map` files (SOURCEMAPS=1); default false: 404, so the
 *   original sources are not public
 */
export function spa(root: string, options: { sourcemaps?: boolean } = {}) {
  return new Hono()
    .use('/assets/*', async (c, next) => {
      if (!options.sourcemaps && SOURCE_MAP.test(c.req.path)) return c.text('Not found', 404);
      return next();
    })
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
