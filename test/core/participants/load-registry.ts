/** The project's participant registry, read from `src/content/participants.yaml` for stage tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { RegistryEntry } from '../../../src/core/model.ts';

/** Registry entries as the YAML file lists them. */
export function loadRegistry(): RegistryEntry[] {
  return parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'src', 'content', 'participants.yaml'), 'utf8')) as RegistryEntry[];
}
