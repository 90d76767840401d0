/** Word-level diff between the page's sentence and a source's passage (text only, no HTML). */
import { diffWords } from 'diff';

interface Props {
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
}

export function WordDiff({ from, to, fromLabel, toLabel }: Props) {
  const parts = diffWords(from, to);
  return (
    <p class="word-diff" aria-label={`Differences: ${fromLabel} to ${toLabel}`}>
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} title={`only in ${toLabel}`}>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} title={`only in ${fromLabel}`}>
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}
