import type { Commitment, DocContext, NumberMention } from './types';
import type { SectionIndex } from './sections';

export function findCommitments(ctx: DocContext, sections: SectionIndex, numbers: NumberMention[]): Commitment[] {
  void ctx; void sections; void numbers;
  return [];
}
