/** Parses HTML into a DOM Document on Node (happy-dom), for the same extraction as the content script. */
import { Window } from 'happy-dom';

export function parseHtmlDocument(html: string, url = 'http://localhost/'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}
