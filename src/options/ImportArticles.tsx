/**
 * Add your own articles (text or HTML files, or pasted text) as a corpus: the corpus engine runs
 * here in the browser; nothing is sent anywhere. Errors say which article and why.
 */
import { useState } from 'preact/hooks';
import { ImportError, importArticles, importCorpusJson, type ArticleUpload } from '../db';
import { sendFromPage } from '../platform/messaging';
import { optionsDb } from './use-db';

type Status =
  { kind: 'idle' } | { kind: 'busy'; message: string } | { kind: 'done' | 'error'; message: string };

async function readFiles(files: FileList | null): Promise<ArticleUpload[]> {
  return Promise.all(
    [...(files ?? [])].map(async (file) => ({
      name: file.name,
      text: await file.text(),
      isHtml: /\.html?$/i.test(file.name),
    })),
  );
}

function describeError(error: unknown): string {
  if (error instanceof ImportError)
    return error.article ? `${error.article}: ${error.message}` : error.message;
  return `Import failed: ${error instanceof Error ? error.message : String(error)}`;
}

export function ImportArticles() {
  const [name, setName] = useState('');
  const [pasted, setPasted] = useState('');
  const [files, setFiles] = useState<FileList | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const importNow = async (): Promise<void> => {
    const articles = await readFiles(files);
    if (pasted.trim()) articles.push({ name: `pasted-${articles.length + 1}.txt`, text: pasted });
    setStatus({ kind: 'busy', message: `Building a corpus from ${articles.length} articles…` });
    try {
      const result = await importArticles(optionsDb(), {
        corpusName: name.trim() || 'My articles',
        articles,
      });
      await sendFromPage({ type: 'corpora-changed' });
      setStatus({
        kind: 'done',
        message: `Imported ${result.pack.sources.length} articles: ${result.pack.facts.length} facts, ${result.pack.actors.length} actors.`,
      });
      setPasted('');
    } catch (error) {
      setStatus({ kind: 'error', message: describeError(error) });
    }
  };

  const importJson = async (list: FileList | null): Promise<void> => {
    const file = list?.[0];
    if (!file) return;
    setStatus({ kind: 'busy', message: `Reading ${file.name}…` });
    try {
      const result = await importCorpusJson(optionsDb(), await file.text());
      await sendFromPage({ type: 'corpora-changed' });
      setStatus({ kind: 'done', message: `Imported the corpus “${result.pack.corpus.name}”.` });
    } catch (error) {
      setStatus({ kind: 'error', message: describeError(error) });
    }
  };

  return (
    <div class="card" data-testid="import-articles">
      <label class="field">
        Corpus name
        <input
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
          placeholder="My articles"
        />
      </label>
      <label class="field">
        Article files (.txt, .html)
        <input
          type="file"
          multiple
          accept=".txt,.html,.htm,text/plain,text/html"
          data-testid="article-files"
          onChange={(event) => setFiles(event.currentTarget.files)}
        />
      </label>
      <label class="field">
        …or paste an article’s text
        <textarea rows={5} value={pasted} onInput={(event) => setPasted(event.currentTarget.value)} />
      </label>
      <button type="button" disabled={status.kind === 'busy'} onClick={() => void importNow()}>
        Import articles
      </button>
      <label class="field">
        Import a corpus exported from Parallax (.json)
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => void importJson(event.currentTarget.files)}
        />
      </label>
      {status.kind !== 'idle' && (
        <p
          role={status.kind === 'error' ? 'alert' : 'status'}
          class={status.kind}
          data-testid="import-status"
        >
          {status.message}
        </p>
      )}
    </div>
  );
}
