/**
 * Periskope error bodies (docs/periskope-api.md#lists "Errors seen"): `{code, message, status[,
 * name, fields]}`.
 */

/**
 * 401 for a missing/wrong key and for an x-phone outside the key's scope
 * (docs/periskope-api.md#auth, #lists).
 */
export const UNAUTHORIZED = {
  code: 'UNAUTHORIZED_ERROR',
  message: 'Invalid bearer auth token',
  status: 401,
} as const;

/** 404 of a chat lookup, as documented (docs scheduled-messages/schedule-message). */
export const CHAT_NOT_FOUND = {
  code: 'NOT_FOUND_ERROR',
  message: 'Chat not found — no chat with the given chat_id exists for the phone',
  status: 404,
} as const;

/** 404 of a message lookup; wording modelled on the chat one [I]. */
export const MESSAGE_NOT_FOUND = {
  code: 'NOT_FOUND_ERROR',
  message: 'Message not found — no message with the given message_id exists for the phone',
  status: 404,
} as const;

/** 404 for a path the API does not have [I] (Express would answer with HTML). */
export const ROUTE_NOT_FOUND = {
  code: 'NOT_FOUND_ERROR',
  message: 'Route not found',
  status: 404,
} as const;

/**
 * 429 body. Periskope documents no 429 at all (docs/periskope-api.md#lists: "not documented; handle
 * it generically"): this shape is our choice, consistent with the other errors.
 */
export const RATE_LIMITED = {
  code: 'RATE_LIMIT_ERROR',
  message: 'Too many requests',
  status: 429,
} as const;

/**
 * 5xx bodies of the `errorRate` fault. Only the 500 is modelled on a seen shape
 * (`INTERNAL_SERVER_ERROR`, like the other codes); 502/503 follow it [I].
 */
export const SERVER_ERRORS = {
  500: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', status: 500 },
  502: { code: 'BAD_GATEWAY_ERROR', message: 'Bad gateway', status: 502 },
  503: { code: 'SERVICE_UNAVAILABLE_ERROR', message: 'Service unavailable', status: 503 },
} as const;

export interface ValidationError {
  code: 'VALIDATION_ERROR';
  fields: Record<string, { message: string; value?: string }>;
  message: string;
  name: 'Validation Error';
  status: 422;
}

/**
 * A 422 naming one field (tsoa-like shape of the documented limit error).
 * @param message - top-level message (defaults to the field message)
 */
export function validationError(
  field: string,
  fieldMessage: string,
  value?: string,
  message = fieldMessage,
): ValidationError {
  return {
    code: 'VALIDATION_ERROR',
    fields: {
      [field]: value === undefined ? { message: fieldMessage } : { message: fieldMessage, value },
    },
    message,
    name: 'Validation Error',
    status: 422,
  };
}

/** Type guard for results of the query parsers. */
export function isValidationError(value: unknown): value is ValidationError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    value.code === 'VALIDATION_ERROR'
  );
}
