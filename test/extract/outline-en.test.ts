/**
 * English outlines of printed reports: cover and contents pages, numbered paragraphs under
 * short heading lines, annexes of rate tables, agenda lists. Our own texts, modelled on the
 * layout of budget speeches set as PDFs (a contents page with page numbers, parts, marked
 * sub-entries) and on speeches without headings.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const outline = (text: string): string[] => run(text).headings.map((h) => `${h.depth} ${h.title}`);

const PRINTED = [
  'REPUBLIC OF ESTMARK', 'BUDGET 2031-2032', 'SPEECH', 'OF', 'A. N. OTHER', 'MINISTER OF FINANCE', 'March 3, 2031',
  'CONTENTS', 'PART – A', 'Page No.', 'Opening 1', 'Where We Stand 1', 'Budget Goals 2',
  '(i) Jobs for the Young', '(ii) Clean Power', 'Estimates for 2031-32 9', 'PART – B', 'Customs Duties 10', 'Income Tax 12', 'Annex to Part-A 15',
  'Budget 2031-2032', 'Speech of', 'A. N. Other', 'Minister of Finance',
  'Honourable Speaker,', 'I present the Budget for 2031-32.',
  'Opening',
  '1. The people have renewed their trust in this government. We thank them.',
  'Where We Stand',
  '2. The world economy slowed last year and prices rose.',
  'Budget Goals',
  '3. This budget sets two goals for the year.',
  'Goal 1: Jobs for the Young',
  'Training vouchers',
  '4. We will give 50,000 young people a training voucher worth 500 dollars each.',
  'Apprentice Wages',
  '5. The apprentice wage subsidy will be raised to 40 per cent.',
  'Goal 2: Clean Power',
  'Rooftop solar panels',
  '6. We will fit solar panels on 10,000 public buildings.',
  'Estimates for 2031-32',
  '7. Total spending is estimated at 41 billion dollars.',
  'PART B',
  'Customs Duties',
  '8. I propose to cut the duty on solar glass from 10 per cent to 5 per cent.',
  'Income Tax',
  '9. I propose to raise the basic allowance to 12,000 dollars.',
  'Annex to Part – A',
  'I. Farm Goods',
  '1. Shea nuts 30 15',
  '2. Cocoa husks 10 Nil',
  'II. Solar Parts',
  '(i) Solar glass for panels 10 5',
].join('\n');

describe('a printed budget speech with a contents page', () => {
  it('the contents name the sections and their nesting; cover, contents and title page give none', () => {
    expect(outline(PRINTED)).toEqual([
      '1 Opening',
      '1 Where We Stand',
      '1 Budget Goals',
      '2 Goal 1: Jobs for the Young',
      '3 Training vouchers',
      '3 Apprentice Wages',
      '2 Goal 2: Clean Power',
      '3 Rooftop solar panels',
      '1 Estimates for 2031-32',
      '1 PART B',
      '2 Customs Duties',
      '2 Income Tax',
      '2 Annex to Part – A',
    ]);
  });

  it('numbered paragraphs are no headings: their commitments are kept whole', () => {
    const texts = run(PRINTED).commitments.map((c) => c.text);
    expect(texts).toContain('We will give 50,000 young people a training voucher worth 500 dollars each.');
    expect(texts).toContain('I propose to cut the duty on solar glass from 10 per cent to 5 per cent.');
  });
});

describe('headings without a contents page', () => {
  it('a short line above a numbered paragraph heads it, in sentence case too; rows and clauses do not', () => {
    const text = [
      'Budget Speech 2031', 'Madam Speaker, I rise to present the Budget.',
      'Support for small firms',
      '12. We will double the credit guarantee for small firms.',
      'Fund for Startups',
      '13. A new fund of 1 billion dollars will be set up.',
      'These changes shall come into effect from the date of assent to the',
      '14. The Finance Bill sets out the changes.',
    ].join('\n');
    expect(outline(text)).toEqual(['1 Support for small firms', '1 Fund for Startups']);
  });

  it('a cover (name, office, date) gives no headings; the line heading the first paragraph does', () => {
    const text = ['Budget Statement 2031', 'by', 'Hon. Mary Oak', 'Treasurer', '12 May 2031', 'Overview', 'This Budget will cut the deficit and build 20 schools.'].join('\n');
    expect(outline(text)).toEqual(['1 Overview']);
  });

  it('an agenda list in a speech, a list opened by a colon and a Hansard speaker line are no headings', () => {
    const text = [
      '# Budget Statement', '', '**Mr Speaker**', '', ': Order.', '',
      'This Budget will do five things:', '', '(a) help households with the cost of living;', '', '(b) grow good jobs;', '',
      '(c) and ultimately, keep us united.', '',
      'The objectives of my proposals are as follows:', '', '(i) Personal Income Tax reform', '', '(ii) Easing compliance', '',
      'We will begin with households.',
    ].join('\n');
    expect(outline(text)).toEqual([]);
  });
});
