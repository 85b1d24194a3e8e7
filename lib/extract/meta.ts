import type { DocContext, Heading, Meta, NumberMention, Role } from './types';

export function findMeta(ctx: DocContext, headings: Heading[], numbers: NumberMention[]): Meta {
  void ctx; void headings; void numbers;
  return { issuer: null, docType: 'other', coversYear: null, planYear: null, publishedAt: null };
}

/** The role of text outside any heading: a work plan is all plans. */
export function defaultRoleFor(ctx: DocContext, headings: Heading[]): Role {
  void ctx; void headings;
  return 'other';
}
