/**
 * A plan issued by a covering notice repeats its own name under the notice, on one line or
 * wrapped over two ("…标准化规范化" over "工作实施方案"). Those lines are the plan's name, not
 * actions; the plan's first real items still are. Fixtures written for this test, modelled on
 * county and city notices of two provinces and years.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const commitmentTexts = (text: string) => run(text).commitments.map((c) => c.text);

describe("a plan's own name under its covering notice is no commitment", () => {
  it.each([
    ['the name on one line, after the notice and its signature',
      '南岭县人民政府办公室\n关于印发2022年南岭县政务公开工作要点的通知\n各乡镇人民政府，县直各部门：\n《2022年南岭县政务公开工作要点》已经县政府同意，现印发给你们，请认真贯彻执行。\n南岭县人民政府办公室\n2022年5月20日\n2022年南岭县政务公开工作要点\n一、推进重点领域信息公开\n（一）公开重大项目信息。县发展改革局要在9月底前公开全县重大项目清单。',
      ['2022年南岭县政务公开工作要点'], ['县发展改革局要在9月底前公开全县重大项目清单']],
    ['the name wrapped over two lines',
      '柳川市人民政府办公室关于印发深入推进柳川市村务公开规范化建设实施方案的通知\n各县（区）人民政府，市政府各部门：\n《深入推进柳川市村务公开规范化建设实施方案》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。\n柳川市人民政府办公室\n2021年4月8日\n深入推进柳川市村务公开规范化\n建设实施方案\n一、工作目标\n（一）2021年底前，各县（区）完成村务公开目录编制。',
      ['深入推进柳川市村务公开规范化', '建设实施方案'], ['各县(区)完成村务公开目录编制']],
  ])('%s', (_name, text, names, kept) => {
    const found = commitmentTexts(text);
    for (const n of names) expect(found, n).not.toContain(n);
    for (const k of kept) expect(found.some((t) => t.includes(k)), `${k} in ${found.join(' | ')}`).toBe(true);
  });
});
