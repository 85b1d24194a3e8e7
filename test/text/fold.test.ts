/** The traditional → simplified fold (lib/text/fold.ts): one character for one, same length. */
import { describe, expect, it } from 'vitest';
import { foldChar, foldTraditional, isTraditional } from '../../lib/text/fold';

describe('foldTraditional', () => {
  it.each([
    ['a report title', '二〇二三年度法治政府建設情況報告', '二〇二三年度法治政府建设情况报告'],
    ['the words of commitments', '縣政府將繼續深化改革，確保完成任務，力爭實現目標', '县政府将继续深化改革，确保完成任务，力争实现目标'],
    ['the words of problems', '存在的問題和不足，與先進地區相比還有差距', '存在的问题和不足，与先进地区相比还有差距'],
    ['money units', '財政收入12.5萬億元，增長3億元', '财政收入12.5万亿元，增长3亿元'],
    ['Taiwan variants through the standard form', '為了裡面的羣眾', '为了里面的群众'],
    ['Hong Kong variants through the standard form', '稅收綫上閲覽', '税收线上阅览'],
  ])('%s', (_name, traditional, simplified) => {
    const folded = foldTraditional(traditional);
    expect(folded).toBe(simplified);
    expect(folded.length).toBe(traditional.length);
  });

  it('reads the characters written for several words as government prose means them', () => {
    // 乾 is 干 in 乾旱 / 乾淨 (幹部 is written with 幹, which folds to 干 too); 後 and 裡 have one reading.
    expect(foldTraditional('抗擊乾旱，幹部隊伍乾淨')).toBe('抗击干旱，干部队伍干净');
    expect(foldTraditional('此後，村裡')).toBe('此后，村里');
    // 著 is the aspect 着 in 著力 / 意味著, but 著 in 顯著.
    expect(foldTraditional('著力解決，意味著')).toBe('着力解决，意味着');
    expect(foldTraditional('取得顯著成效')).toBe('取得显著成效');
    // Inside a word OpenCC's phrases decide: 答覆 and 批覆 are 答复 and 批复, 覆蓋 stays 覆盖; 乾隆 keeps 乾.
    expect(foldTraditional('關於提案的答覆，省政府批覆，全面覆蓋')).toBe('关于提案的答复，省政府批复，全面覆盖');
    expect(foldTraditional('乾隆年間')).toBe('乾隆年间');
    // 於 is 于; 麼 is 么.
    expect(foldTraditional('關於什麼')).toBe('关于什么');
  });

  it('leaves simplified text, ASCII and astral characters alone', () => {
    const text = '法治政府建设年度报告 2023 GDP 增长5.2% 什么 么 𠀀';
    expect(foldTraditional(text)).toBe(text);
    expect(foldChar('么')).toBe('么');
  });
});

describe('isTraditional', () => {
  it('tells a traditional page from a simplified one quoting a traditional name', () => {
    expect(isTraditional('本縣認真貫徹落實黨中央、國務院關於法治政府建設的決策部署，現將有關情況報告如下。')).toBe(true);
    expect(isTraditional(`本县认真贯彻落实党中央、国务院关于法治政府建设的决策部署。${'现将有关情况报告如下，'.repeat(20)}参见《臺灣地區》。`)).toBe(false);
    expect(isTraditional('Annual report on the rule of law')).toBe(false);
  });
});
