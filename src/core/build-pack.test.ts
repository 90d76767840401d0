import { describe, expect, it } from 'vitest';
import { withCorpusDate } from './build-pack';
import { prepareSource } from './source-prep';

const article = (file: string, text: string) => prepareSource({ file, text }, 'user');

describe('withCorpusDate', () => {
  it('dates an article that shows no date by the latest date the others carry', () => {
    const prepared = withCorpusDate([
      article(
        '01.txt',
        'Governor held at airport\n\n2 February 2023\n\nThe governor was detained on Thursday evening.',
      ),
      article(
        '02.txt',
        'Currency slides\n\n4 February 2023\n\nThe currency fell on Friday as traders sold it.',
      ),
      article('03.txt', 'Governor in court on Monday\n\nThe currency lost 4% on Friday, dealers said.'),
    ]);
    expect(prepared.map((item) => item.anchorDate)).toEqual(['2023-02-02', '2023-02-04', '2023-02-04']);
  });
});
