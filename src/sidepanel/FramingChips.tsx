/** How one source framed a fact: the names it used, whom it cited, its numbers and dates, quotes. */
import type { Framing } from '../core/pack-schema';
import { shortDate } from './format';

export function FramingChips({ framing }: { framing: Framing | undefined }) {
  if (!framing) return null;
  const names = [...new Set(framing.actorNames.map((name) => name.text))];
  const chips: Array<{ kind: string; text: string }> = [
    ...names.map((text) => ({ kind: 'named', text })),
    ...framing.attributions.map((item) => ({ kind: 'cites', text: item.text })),
    ...framing.numbers.map((item) => ({ kind: 'number', text: item.text })),
    ...framing.dates.map((item) => ({
      kind: 'date',
      text: item.relative && item.iso ? `${item.text} (${shortDate(item.iso) ?? item.iso})` : item.text,
    })),
    ...framing.quotes.slice(0, 2).map((text) => ({ kind: 'quotes', text: `“${text}”` })),
  ];
  if (chips.length === 0) return null;
  return (
    <ul class="chips" aria-label="Framing">
      {chips.map((chip, index) => (
        <li key={index} class={`chip chip-${chip.kind}`}>
          <span class="chip-kind">{chip.kind}</span> {chip.text}
        </li>
      ))}
    </ul>
  );
}
