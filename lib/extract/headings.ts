import type { DocContext, Heading } from './types';

export function findHeadings(ctx: DocContext): Heading[] {
  void ctx;
  return [];
}
