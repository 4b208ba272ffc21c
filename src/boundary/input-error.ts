/** A problem with one input file, said so that an editor can find and fix it. */
export interface InputError {
  /** Project-relative path of the file (`articles/x.md`). */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** 1-based column, when known (YAML syntax errors). */
  column?: number;
  /** Front matter field, when the problem is one field's value. */
  field?: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** `articles/x.md:4:7 published: expected YYYY-MM-DD, got "yesterday"`. */
export function formatInputError(error: InputError): string {
  const place = [error.file, error.line, error.line === undefined ? undefined : error.column]
    .filter((part) => part !== undefined)
    .join(':');
  return `${place} ${error.field ? `${error.field}: ` : ''}${error.message}`;
}

/** One report for every error of a build, in file then line order. */
export function formatInputErrors(errors: readonly InputError[]): string {
  const sorted = [...errors].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? '', 'en'),
  );
  const files = new Set(sorted.map((error) => error.file)).size;
  const heading = `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} input file${files === 1 ? '' : 's'}:`;
  return [heading, ...sorted.map((error) => `  ${formatInputError(error)}`)].join('\n');
}

/** Thrown when inputs are invalid; carries every error so one report can list them all. */
export class InputErrors extends Error {
  readonly errors: readonly InputError[];

  constructor(errors: readonly InputError[]) {
    super(formatInputErrors(errors));
    this.name = 'InputErrors';
    this.errors = errors;
  }
}
