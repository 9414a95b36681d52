/**
 * Structured JSON logs (pino). Authorization headers and anything named like a key are redacted
 * on every path, as a second line of defence: the code never passes them to the logger.
 */
import pino, { type Logger } from 'pino';

/** Paths censored in every log line. */
export const REDACT_PATHS = [
  'authorization',
  '*.authorization',
  '*.*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'apiKey',
  '*.apiKey',
  'PERISKOPE_API_KEY',
  '*.PERISKOPE_API_KEY',
  'key',
  '*.key',
];

/**
 * @param level - pino level (`info`, `silent`, …)
 * @param destination - stream (tests capture it); default stdout
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'periskope-inbox' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}
