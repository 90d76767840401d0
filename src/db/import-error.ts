/**
 * The one error type of the import API, with a machine-readable `reason` for the options page and
 * a message a person can read. `article` names the offending article when there is one.
 */
export type ImportReason =
  | 'no-articles'
  | 'too-many'
  | 'invalid-name'
  | 'duplicate-name'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'not-an-article'
  | 'html-unsupported'
  | 'seed-corpus'
  | 'corpus-exists'
  | 'conflict'
  | 'invalid-json'
  | 'invalid-envelope'
  | 'invalid-pack'
  | 'quota-exceeded'
  | 'write-failed';

export class ImportError extends Error {
  override name = 'ImportError';

  constructor(
    readonly reason: ImportReason,
    message: string,
    readonly article?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A failed database write as an ImportError: quota errors are told apart from the rest. */
export function writeFailure(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  const names = [error, (error as { inner?: unknown } | null)?.inner].map(
    (item) => (item as { name?: unknown } | null | undefined)?.name,
  );
  if (names.includes('QuotaExceededError')) {
    return new ImportError('quota-exceeded', 'Not enough storage space: nothing was imported.', undefined, {
      cause: error,
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportError(
    'write-failed',
    `Could not save the corpus (${detail}): nothing was imported.`,
    undefined,
    {
      cause: error,
    },
  );
}
