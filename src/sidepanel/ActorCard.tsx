/**
 * One actor: canonical name, kind, the forms this page and the corpus used, and the naming lens: per source, the words it
 * used for this actor, the titles it gave, and the facts it attributed to them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DetectedActor } from '../core/page-report';
import type { CorpusLookup } from './corpus-lookup';

interface Props {
  detected: DetectedActor;
  lookup: CorpusLookup;
  focused?: boolean;
  openFact: (factId: string) => void;
}

export function ActorCard({ detected, lookup, focused = false, openFact }: Props) {
  const actor = lookup.actor(detected.id);
  const sources = lookup.corpusSourcesOf(detected.id);
  const pack = lookup.packOf(detected.id);
  const facts = pack?.facts.filter((fact) => fact.actors.includes(detected.id)) ?? [];
  const headingId = `actor-${detected.id.replace(/[^a-z0-9-]/gi, '-')}`;
  // The page's own spellings ("Mousa Abu Marzook", "Марзук"), then the corpus's other forms.
  const pageForms = [...new Set(detected.mentions.map((mention) => mention.text.replace(/\s+/g, ' ')))];
  const corpusForms = (actor?.aliases ?? []).filter((alias) => !pageForms.includes(alias));
  // The table is built when opened: a page names a dozen or more actors, and building every
  // closed table held back the panel's first list of facts.
  const [open, setOpen] = useState(focused);
  useEffect(() => {
    if (focused) setOpen(true);
  }, [focused]);
  return (
    <article
      class={focused ? 'card actor-card focused' : 'card actor-card'}
      aria-labelledby={headingId}
      data-testid="actor-card"
      data-actor={detected.id}
    >
      <h3 id={headingId}>
        {actor?.name ?? detected.name} <span class="badge">{actor?.kind ?? 'actor'}</span>
      </h3>
      <p class="muted" data-testid="actor-forms">
        Named {detected.mentions.length} {detected.mentions.length === 1 ? 'time' : 'times'} on this page as{' '}
        {pageForms.map((form, at) => (
          <span key={form}>
            {at > 0 && ' · '}
            <bdi>{form}</bdi>
          </span>
        ))}
        {corpusForms.length > 0 ? ` · in the corpus: ${corpusForms.join(' · ')}` : ''}
      </p>
      {actor && (
        <details open={open} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
          <summary>How each source named them</summary>
          {open && (
            <table class="naming-lens" aria-label={`How each source named ${actor.name}`}>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Named as</th>
                  <th scope="col">Facts about them</th>
                </tr>
              </thead>
              <tbody>
                {sources.map((source) => {
                  const names = new Set<string>();
                  for (const fact of facts) {
                    for (const mention of fact.mentions) {
                      if (mention.source !== source.id) continue;
                      for (const name of mention.framing?.actorNames ?? [])
                        if (name.actor === actor.id) names.add(name.text);
                    }
                  }
                  for (const title of actor.titles ?? [])
                    if (title.source === source.id) names.add(title.title);
                  const factsHere = facts.filter((fact) =>
                    fact.mentions.some((mention) => mention.source === source.id),
                  );
                  return (
                    <tr key={source.id}>
                      <th scope="row">{source.outlet}</th>
                      <td>{names.size ? [...names].join('; ') : <span class="muted">not named</span>}</td>
                      <td>
                        {factsHere.length === 0 ? (
                          <span class="muted">none</span>
                        ) : (
                          factsHere.slice(0, 4).map((fact) => (
                            <button
                              key={fact.id}
                              type="button"
                              class="link"
                              onClick={() => openFact(fact.id)}
                            >
                              {fact.label}
                            </button>
                          ))
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </details>
      )}
    </article>
  );
}
