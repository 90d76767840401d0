import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractPageText, findContentRoot } from './page-text';

function pageText(html: string): string {
  const window = new Window();
  window.document.write(html);
  const document = window.document as unknown as Document;
  return extractPageText(document, findContentRoot(document)).text;
}

const paragraph = (words: string) =>
  `<p>${words} ${'The council met again on Tuesday to discuss it. '.repeat(6)}</p>`;

describe('extractPageText', () => {
  it('leaves out page furniture inside the article: related links, share rows, newsletter boxes', () => {
    const text = pageText(`<body><article>
      ${paragraph('The tram line opened.')}
      <aside><a>Putin meets Hamas</a></aside>
      <div class="share-bar">Facebook X Email</div>
      <div class="newsletter-signup">Get the morning briefing</div>
      <nav>Home World</nav>
      ${paragraph('Trams run every eight minutes.')}
      <footer>Tags: transport</footer>
    </article><section id="comments"><p>Reader: Hamas again?</p></section></body>`);
    expect(text).toContain('The tram line opened.');
    expect(text).toContain('Trams run every eight minutes.');
    expect(text).not.toMatch(/Putin|Facebook|briefing|Home World|Tags|Hamas/);
  });

  it('leaves out short blocks that are mostly a link: "Read also" teasers, tag rows, headline lists', () => {
    const text = pageText(`<body><article>
      ${paragraph('The tram line opened.')}
      <p class="read-also">Lesen Sie auch: <a href="/a">Kreml empört über Bidens Vergleich zwischen Putin und der Hamas</a></p>
      ${paragraph('Trams run every eight minutes.')}
      <div class="tags-row">Tags: <a href="/t/1">Kremlin</a>, <a href="/t/2">Dmitry Peskov</a>, <a href="/t/3">Hamas</a></div>
      <ul><li><a href="/b">Zakharova accuses Israel's envoy</a> 14:05</li></ul>
      <p class="read-also">${'\n                                        '}Leggi anche:${'\n                                        '}<a href="/c">Putin riceve il ministro degli Esteri iraniano</a>${'\n                                        '}</p>
    </article></body>`);
    expect(text).toContain('The tram line opened.');
    expect(text).toContain('Trams run every eight minutes.');
    expect(text).not.toMatch(/Kreml|Peskov|Hamas|Zakharova|Putin/);
  });

  it('leaves out short subheadings and video players, and keeps a standfirst set as a heading', () => {
    const text = pageText(`<body><article>
      <h1>Hamas envoys in Moscow</h1>
      <h2>Israel asked Russia on Thursday to expel the Hamas delegation at once, its ministry said</h2>
      ${paragraph('The tram line opened.')}
      <h2>Background of Moscow and Hamas relations</h2>
      <div class="video-player"><div class="video-player__title">How the Kremlin befriends Hamas</div></div>
      ${paragraph('Trams run every eight minutes.')}
    </article></body>`);
    expect(text).toContain('Hamas envoys in Moscow');
    expect(text).toContain('Israel asked Russia on Thursday to expel the Hamas delegation');
    expect(text).not.toMatch(/Background|Kremlin/);
  });

  it('keeps a paragraph with a link in it, and a headline that is a link', () => {
    const text = pageText(`<body><article>
      <h1><a href="/self">Hamas envoys in Moscow</a></h1>
      <p>Israel asked Russia to expel the delegation, <a href="/x">the ministry said</a> on Thursday.</p>
      ${paragraph('Trams run every eight minutes.')}
    </article></body>`);
    expect(text).toContain('Hamas envoys in Moscow');
    expect(text).toContain('Israel asked Russia to expel the delegation, the ministry said on Thursday.');
  });

  it('leaves out the byline’s author but keeps its date', () => {
    const text = pageText(`<body><article>
      <h1>Tram line opens</h1>
      <div class="story__byline"><span>Marta Zielińska</span>
        <time datetime="2023-10-26">26.10.2023, 18:37</time></div>
      <address>By Anna Nowak</address>
      ${paragraph('The tram line opened.')}
    </article></body>`);
    expect(text).toContain('26.10.2023, 18:37');
    expect(text).toContain('The tram line opened.');
    expect(text).not.toMatch(/Zielińska|Nowak/);
  });

  it('reads an element with a furniture-like name when it holds most of the text', () => {
    const text = pageText(`<body><div class="story social-share-root">
      ${paragraph('The tram line opened.')}${paragraph('Trams run every eight minutes.')}
    </div><div>Footer words</div></body>`);
    expect(text).toContain('The tram line opened.');
    expect(text).toContain('Trams run every eight minutes.');
  });

  it('skips hidden, script and editable text and keeps paragraphs apart', () => {
    const text = pageText(`<body><p>One.</p><p hidden>Hidden.</p><script>var x = 1;</script>
      <div contenteditable="true">Draft.</div><p>Two.</p></body>`);
    expect(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ).toEqual(['One.', 'Two.']);
  });

  it('keeps the space between two inline elements that only whitespace separates', () => {
    const text = pageText(`<body><div class="meta"><span>By Olga Marchenko</span>
        <time>5 December 2023</time></div><p><b>Peskov</b> <i>said</i>.</p></body>`);
    expect(text.split('\n')).toEqual(['By Olga Marchenko 5 December 2023', 'Peskov said.']);
  });
});
