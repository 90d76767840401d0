import { describe, expect, it } from 'vitest';
import { simplifiedHan } from './han-traditional';

describe('simplifiedHan', () => {
  it('writes Traditional characters Simplified, keeping every offset', () => {
    const traditional = '以色列外交部要求俄羅斯驅逐哈瑪斯代表團。';
    const simplified = simplifiedHan(traditional);
    expect(simplified).toBe('以色列外交部要求俄罗斯驱逐哈玛斯代表团。');
    expect(simplified.length).toBe(traditional.length);
  });
});
