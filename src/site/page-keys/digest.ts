/** A short, stable digest of plain data, for page keys: its JSON, hashed. */
import { createHash } from 'node:crypto';

/** 27 characters naming `value`'s JSON (SHA-1: fast, and collisions by accident are out of reach). */
export function digestOf(value: unknown): string {
  return createHash('sha1')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('base64url');
}
