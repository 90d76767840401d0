import { useEffect, useState } from 'preact/hooks';
import { CorporaList } from './CorporaList';
import { ImportArticles } from './ImportArticles';
import { readSettings, watchSettings, writeSettings } from '../platform/settings';
import { DEFAULT_SETTINGS, type Settings } from '../platform/settings-values';

type Toggle = 'enabled' | 'highlights' | 'highlightUserCorpora';

const TOGGLES: Array<{ key: Toggle; label: string; help: string }> = [
  {
    key: 'enabled',
    label: 'Scan pages',
    help: 'Look for the corpus’s actors and facts on the pages you read.',
  },
  {
    key: 'highlights',
    label: 'Highlight matches in the page',
    help: 'Off: only the toolbar badge and the side panel show what was found.',
  },
  {
    key: 'highlightUserCorpora',
    label: 'Highlight matches from my own corpora',
    help: 'Off by default: scripts on the page can read highlighted ranges.',
  },
];

export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return (
    <main>
      <h1>Parallax settings</h1>
      <p class="muted">Everything stays in this browser: Parallax makes no network requests.</p>
      {TOGGLES.map(({ key, label, help }) => (
        <label class="setting" key={key}>
          <input
            type="checkbox"
            checked={settings[key]}
            onChange={(event) => void writeSettings({ [key]: event.currentTarget.checked }).then(setSettings)}
          />
          <span>
            {label}
            <br />
            <span class="muted">{help}</span>
          </span>
        </label>
      ))}
      <h2>Corpora</h2>
      <CorporaList />
      <h2>Add your own articles</h2>
      <p class="muted">
        Your articles are analysed in this browser and kept in its storage. Matches from your corpora are not
        highlighted in pages unless you turn that on above.
      </p>
      <ImportArticles />
    </main>
  );
}
