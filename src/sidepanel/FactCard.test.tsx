// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusPack } from '../core/pack-schema';
import type { DetectedFact } from '../core/page-report';
import { ActorCard } from './ActorCard';
import { buildLookup } from './corpus-lookup';
import { FactCard } from './FactCard';
import { statusMessage } from './PageStatus';
import { WordDiff } from './WordDiff';

const framing = (names: string[], numbers: string[] = []) => ({
  actorNames: names.map((text) => ({ actor: 'actor:peskov', text })),
  attributions: [{ text: 'according to Wire', actor: null }],
  numbers: numbers.map((text) => ({ value: 1400, hedge: 'over', text })),
  dates: [{ iso: '2023-10-26', text: 'on Thursday', relative: true }],
  quotes: [],
});

const textA = 'Peskov said the delegation did not meet Putin. <b>not markup</b>';
const textB = 'Kremlin spokesman Peskov: no meeting with Putin was planned.';
const pack: CorpusPack = {
  version: '1',
  corpus: { id: 'corpus:test', name: 'Test corpus' },
  sources: [
    {
      id: 'source:a',
      file: 'a.txt',
      outlet: 'Outlet A',
      title: 'A',
      url: null,
      published: '2023-10-26T16:43',
      byline: 'Ann Writer',
      language: 'en',
      notes: null,
      origin: 'seed',
      text: textA,
      reporting: [[0, textA.length]],
    },
    {
      id: 'source:b',
      file: 'b.txt',
      outlet: 'Outlet B',
      title: 'B',
      url: null,
      published: null,
      byline: null,
      language: 'en',
      notes: null,
      origin: 'seed',
      text: textB,
      reporting: [[0, textB.length]],
    },
    {
      id: 'source:c',
      file: 'c.txt',
      outlet: 'Outlet C',
      title: 'C',
      url: null,
      published: null,
      byline: null,
      language: 'en',
      notes: null,
      origin: 'seed',
      text: 'Other news.',
      reporting: [[0, 11]],
    },
  ],
  actors: [
    {
      id: 'actor:peskov',
      name: 'Dmitry Peskov',
      kind: 'person',
      aliases: ['Peskov', 'Dmitry Peskov'],
      mentions: [],
      titles: [{ source: 'source:b', title: 'Kremlin spokesman' }],
    },
  ],
  facts: [
    {
      id: 'fact:no-meeting',
      label: 'Peskov: no meeting with Putin',
      actors: ['actor:peskov'],
      mentions: [
        {
          source: 'source:a',
          start: 0,
          end: textA.length,
          text: textA,
          framing: framing(['Peskov'], ['over 1400']),
        },
        {
          source: 'source:b',
          start: 0,
          end: textB.length,
          text: textB,
          framing: framing(['Kremlin spokesman Peskov']),
        },
      ],
    },
  ],
  discrepancies: [
    { id: 'd1', fact: 'fact:no-meeting', kind: 'date', summary: '27 Oct vs 26 Oct', mentions: [] },
  ],
};
const detected: DetectedFact = {
  id: 'fact:no-meeting',
  label: 'Peskov: no meeting with Putin',
  score: 0.9,
  evidence: [{ start: 10, end: 60, text: 'The Kremlin said the Hamas visitors did not meet Putin.' }],
  reportedBy: ['source:a', 'source:b'],
  why: ['actors: Dmitry Peskov, Vladimir Putin'],
};

afterEach(cleanup);

describe('FactCard', () => {
  const actions = () => ({ showEvidence: vi.fn(), openSource: vi.fn(), dismiss: vi.fn() });

  it('lists every other source verbatim with outlet, date, byline, framing and discrepancies', () => {
    render(
      <FactCard detected={detected} lookup={buildLookup([pack])} selfSource={null} actions={actions()} />,
    );
    expect(screen.getByText('Reported by 2 of 3 sources:', { exact: false })).toBeTruthy();
    const passages = screen.getAllByTestId('source-passage');
    expect(passages).toHaveLength(2);
    expect(passages[0]?.textContent).toContain('Outlet A · 26 Oct 2023, 16:43 · Ann Writer');
    expect(passages[0]?.querySelector('blockquote')?.textContent).toBe(textA);
    expect(passages[0]?.querySelector('b')).toBeNull(); // text, never HTML
    expect(passages[0]?.textContent).toContain('over 1400');
    expect(passages[0]?.textContent).toContain('on Thursday (26 Oct 2023)');
    expect(screen.getByTestId('discrepancy').textContent).toContain('27 Oct vs 26 Oct');
    expect(screen.getByText('Not reported by:', { exact: false }).parentElement?.textContent).toContain(
      'Outlet C',
    );
    expect(screen.getByText('Why matched:', { exact: false }).parentElement?.textContent).toContain(
      'Dmitry Peskov',
    );
  });

  it('names an outlet once over its sentences of one fact, in its article’s order', () => {
    const later = 'Peskov repeated it later.';
    const textA2 = `${textA} ${later}`;
    const fact = pack.facts[0];
    const first = fact?.mentions[0];
    const second = fact?.mentions[1];
    if (!fact || !first || !second) throw new Error('test pack');
    const twice: CorpusPack = {
      ...pack,
      sources: pack.sources.map((source) =>
        source.id === 'source:a' ? { ...source, text: textA2, reporting: [[0, textA2.length]] } : source,
      ),
      // The pack lists the other outlet's sentence between outlet A's two.
      facts: [
        {
          ...fact,
          mentions: [
            { ...first, text: textA },
            second,
            { ...first, start: textA.length + 1, end: textA2.length, text: later },
          ],
        },
      ],
    };
    render(
      <FactCard detected={detected} lookup={buildLookup([twice])} selfSource={null} actions={actions()} />,
    );
    const lines = screen.getAllByTestId('source-passage').map((item) => ({
      line: item.querySelector('.source-line')?.textContent,
      quote: item.querySelector('blockquote')?.textContent,
    }));
    expect(lines).toEqual([
      { line: 'Outlet A · 26 Oct 2023, 16:43 · Ann Writer', quote: textA },
      { line: 'Outlet A, later in the same article', quote: later },
      { line: 'Outlet B', quote: textB },
    ]);
    expect(screen.getByText('Reported by 2 of 3 sources:', { exact: false })).toBeTruthy();
  });

  it('leaves out the page’s own source when the page is one of them', () => {
    render(
      <FactCard detected={detected} lookup={buildLookup([pack])} selfSource="source:a" actions={actions()} />,
    );
    const passages = screen.getAllByTestId('source-passage');
    expect(passages).toHaveLength(1);
    expect(passages[0]?.textContent).toContain('Outlet B');
  });

  it('shows a sentence the page repeats once, with the next distinct one', () => {
    const repeated = 'Israel demanded the expulsion of Hamas representatives from Russia.';
    const evidence = [
      { start: 0, end: 67, text: repeated },
      { start: 80, end: 150, text: repeated.replace('of Hamas', 'of Hamas\n  ') },
      { start: 200, end: 250, text: 'The Kremlin said the Hamas visitors did not meet Putin.' },
    ];
    render(
      <FactCard
        detected={{ ...detected, evidence }}
        lookup={buildLookup([pack])}
        selfSource={null}
        actions={actions()}
      />,
    );
    // The page's sentence is isolated (<bdi>): a right-to-left sentence keeps its direction.
    expect(document.querySelector('.evidence bdi')?.textContent).toBe(repeated);
    expect(screen.getAllByText(/On this page:/).map((button) => button.textContent)).toEqual([
      `On this page: “${repeated}”`,
      'On this page: “The Kremlin said the Hamas visitors did not meet Putin.”',
    ]);
  });

  it('toggles a word diff and reports clicks', () => {
    const spy = actions();
    render(<FactCard detected={detected} lookup={buildLookup([pack])} selfSource={null} actions={spy} />);
    const [toggle] = screen.getAllByText('Compare wording');
    fireEvent.click(toggle as HTMLElement);
    expect(document.querySelector('.word-diff')).not.toBeNull();
    fireEvent.click(screen.getByText('Not the same fact'));
    expect(spy.dismiss).toHaveBeenCalledWith('fact:no-meeting');
    fireEvent.click(screen.getByText(/On this page:/));
    expect(spy.showEvidence).toHaveBeenCalledWith(detected.evidence[0]);
  });
});

describe('WordDiff', () => {
  it('marks words only in one side', () => {
    render(
      <WordDiff from="worse than the Islamic State" to="worse than ISIS" fromLabel="page" toLabel="B" />,
    );
    expect([...document.querySelectorAll('del')].map((el) => el.textContent).join('')).toContain(
      'Islamic State',
    );
    expect([...document.querySelectorAll('ins')].map((el) => el.textContent).join('')).toContain('ISIS');
  });
});

describe('ActorCard naming lens', () => {
  const renderPeskovCard = (focused: boolean) =>
    render(
      <ActorCard
        detected={{
          id: 'actor:peskov',
          name: 'Dmitry Peskov',
          mentions: [{ start: 0, end: 6, text: 'Peskov' }],
        }}
        lookup={buildLookup([pack])}
        openFact={() => undefined}
        focused={focused}
      />,
    );

  it('shows per source the words and titles used for the actor', () => {
    renderPeskovCard(true);
    expect(document.querySelector('details')?.open).toBe(true);
    const rows = [...document.querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');
    expect(rows[0]).toContain('Outlet A');
    expect(rows[1]).toContain('Kremlin spokesman Peskov');
    expect(rows[1]).toContain('Kremlin spokesman');
    expect(rows[2]).toContain('not named');
  });

  it('says how this page named the actor, then the corpus’s other forms', () => {
    renderPeskovCard(false);
    expect(screen.getByTestId('actor-forms').textContent).toBe(
      'Named 1 time on this page as Peskov · in the corpus: Dmitry Peskov',
    );
  });

  it('builds the table only when opened (a closed card is cheap to render)', async () => {
    renderPeskovCard(false);
    const details = document.querySelector('details');
    expect(details?.open).toBe(false);
    expect(document.querySelector('table')).toBeNull();
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(document.querySelectorAll('tbody tr').length).toBe(3));
  });
});

describe('page status', () => {
  const base = {
    tabId: 1,
    tab: { url: 'https://news.example/a', loading: false },
    report: undefined,
    settings: null,
  };
  it.each([
    [{ ...base, tabId: null }, 'No tab'],
    [{ ...base, tab: { url: 'chrome://extensions/', loading: false } }, 'cannot be scanned'],
    [{ ...base, tab: { url: 'https://x.example/file.pdf', loading: false } }, 'cannot be scanned'],
    [{ ...base, report: null, tab: { url: 'https://news.example/a', loading: true } }, 'Scanning…'],
    [
      {
        ...base,
        settings: { enabled: false, highlights: true, highlightUserCorpora: false, pausedSites: [] },
      },
      'turned off',
    ],
    [
      {
        ...base,
        settings: {
          enabled: true,
          highlights: true,
          highlightUserCorpora: false,
          pausedSites: ['news.example'],
        },
      },
      'Paused on news.example',
    ],
  ])('%#: says "%s"', (props, expected) => {
    expect(statusMessage(props)).toContain(expected);
  });
});

describe('SourceReader', () => {
  it('marks the source’s facts and jumps from fact to fact', async () => {
    const { SourceReader } = await import('./SourceReader');
    const source = pack.sources[0];
    if (!source) throw new Error('no source');
    render(
      <SourceReader
        source={source}
        lookup={buildLookup([pack])}
        at={null}
        back={() => undefined}
        openFact={() => undefined}
      />,
    );
    expect(document.querySelectorAll('mark')).toHaveLength(1);
    expect(document.querySelector('b')).toBeNull(); // the source text is text, never HTML
    fireEvent.click(screen.getByText('Next fact →'));
    expect(screen.getByText('Fact 1 of 1')).toBeTruthy();
    expect(document.querySelector('mark.current')?.textContent).toBe(textA);
  });
});
