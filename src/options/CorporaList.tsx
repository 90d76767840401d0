/** The corpora in the database: the bundled one and the user's, with export and delete. */
import { useEffect, useState } from 'preact/hooks';
import { deleteUserCorpus, exportCorpus, watchCorpora, type CorpusRow } from '../db';
import { sendFromPage } from '../platform/messaging';
import { downloadText } from './download';
import { optionsDb } from './use-db';

export function CorporaList() {
  const [corpora, setCorpora] = useState<CorpusRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => watchCorpora(optionsDb(), setCorpora, (failure) => setError(String(failure))), []);
  if (error) return <p role="alert">Could not read the corpora: {error}</p>;
  if (!corpora) return <p class="muted">Loading corpora…</p>;
  return (
    <ul class="plain" data-testid="corpora">
      {corpora.map((corpus) => (
        <li key={corpus.id} class="card">
          <strong>{corpus.name}</strong>{' '}
          <span class="muted">
            · {corpus.sourceIds.length} articles · version {corpus.version} ·{' '}
            {corpus.origin === 'seed' ? 'bundled' : 'yours'}
          </span>
          <div>
            <button
              type="button"
              onClick={async () => {
                const json = await exportCorpus(optionsDb(), corpus.id);
                if (json) downloadText(`${corpus.id.replace(/[^a-z0-9-]+/gi, '-')}.parallax.json`, json);
              }}
            >
              Export
            </button>{' '}
            {corpus.origin === 'user' && (
              <button
                type="button"
                onClick={async () => {
                  if (!confirm(`Delete “${corpus.name}”? Its articles and facts are removed from Parallax.`))
                    return;
                  await deleteUserCorpus(optionsDb(), corpus.id);
                  await sendFromPage({ type: 'corpora-changed' });
                }}
              >
                Delete
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
