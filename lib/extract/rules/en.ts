/**
 * English rule tables: heading markers, section-role vocabulary, commitment and problem cues.
 * Verbs are read with simple patterns (the word after "will"/"should" is already a base form);
 * compromise is kept for lemmatizing single words, where its cost is small.
 */
import type { CueRule, HeadingRule, RoleRule } from './types';

export const EN_HEADING_RULES: HeadingRule[] = [
  { id: 'en-roman', family: 'I.', pattern: /^((?:X{0,3})(?:IX|IV|V?I{0,3})\.)\s+(?=\S)/, position: 'line', example: 'I. A Review of Our Work in 2023' },
  { id: 'en-part', family: 'Part', pattern: /^((?:Part|Chapter|Section)\s+(?:[IVX]+|\d+|One|Two|Three|Four|Five|Six)[.:]?)\s+/i, position: 'line', example: 'Part II: Priorities for 2025' },
  // The label is part of the title ("Priority 1: Employment & Skilling"): the marker is empty, the family still nests.
  { id: 'en-goal', family: 'Goal 1', pattern: /^()(?=(?:Strategic )?(?:Goal|Objective|Priority|Outcome) \d{1,2}[.:]?\s+[A-Z])/, position: 'line', example: 'Strategic Goal 2: Improve road safety' },
  { id: 'en-decimal', family: '1.1', pattern: /^(\d{1,2}\.\d{1,2}\.?)\s+(?=[A-Z])/, position: 'line', example: '1.1 Road maintenance. We resurfaced 412 kilometres.' },
  // Up to three digits: speeches number their paragraphs past 100 (paragraph-numbers.ts tells them from headings).
  { id: 'en-arabic', family: '1.', pattern: /^(\d{1,3}\.)\s+(?=[A-Z‘“'"])/, position: 'line', example: '1. Striving to modernize the industrial system; 156. Democracy, Demography and Demand are…' },
  { id: 'en-paren-roman', family: '(i)', pattern: /^(\((?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})\))\s+/, position: 'line', example: '(ii) review stock trading spread – The exchange will review…' },
  { id: 'en-paren-letter', family: '(a)', pattern: /^(\([a-z]\))\s+/, position: 'line', example: '(a) Expanding domestic demand' },
  { id: 'en-paren-arabic', family: '(1)', pattern: /^(\(\d{1,2}\))\s+/, position: 'line', example: '(1) Invest in infrastructure' },
];

/** A line that is a heading by its shape alone: short, no final period, Title Case. */
export const EN_TITLE_CASE_LINE = /^(?=.{3,90}$)(?!.*[.;:,]$)(?:(?:FY ?)?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)? )?([A-Z][\w'’-]*)(\s+([A-Z][\w'’-]*|and|or|of|the|a|an|in|on|for|to|with|by|at|from|our|its|\d{4}))*$/;

/**
 * Lines shaped like headings that are not: the rows of a rate table, numbered statements of a
 * legal annex, a wrapped cell cut after a preposition. Read on a candidate's title.
 */
export const EN_NOT_HEADING: CueRule[] = [
  { id: 'en-table-row', pattern: /\s(?:\d+(?:[./]\d+)*%?|Nil|NIL|As|Free)\s+(?:\d+(?:[./]\d+)*%?|Nil|NIL|Free)$/, example: 'Gold bar 15 6; Wet blue leather 10 Nil; Specified inputs for solar cells As Nil' },
  { id: 'en-statement', pattern: /\b(?:is|are) being\b|\b(?:is|are) proposed\b|\b(?:shall|will) (?:be|come|not)\b|\b(?:has|have) been (?:amended|inserted|omitted|substituted)\b/, example: 'A new sub-section (1B) is being inserted in Section 18; These changes shall come into effect from date of assent' },
  { id: 'en-open-end', pattern: /\s(?:for|of|and|or|the|to|in|with|a|an|by|from|on|at|as)$/, example: 'Frozen fish paste (surimi) for; Following inputs for manufacture of' },
];

/** Status cells of a progress table ("In Progress", "Not Started"): Title Case, but no heading. */
export const EN_STATUS_LINE = /^(In Progress|Not Started|Completed?|Complete|On Track|Off Track|Delayed|Ongoing|Achieved|Not Achieved|(Partially )?Met|Not Met|At Risk|On Hold|Done)$/i;

export const EN_ROLE_RULES: RoleRule[] = [
  { id: 'en-problems', role: 'problems', pattern: /challenge|problem|shortcoming|difficult|risk|weakness/i, example: 'Problems and Challenges' },
  { id: 'en-review', role: 'achievements', pattern: /\breview of\b|\bin review\b|achievement|progress|results|performance in|accomplishment|look(ing)? back/i, example: 'A Review of Our Work in 2023' },
  // Whole words: "Reprioritising Towards Front-line Spending" and "Document Requirements" name no plans.
  { id: 'en-plans', role: 'plans', pattern: /\bpriorit(y|ies)\b|\btasks\b|\bplans?\b|\bwork for 20\d\d|overall requirements|polic(y|ies) orientation|next steps|outlook|\bgoals\b|\bobjectives\b|\btargets\b|\bagenda\b/i, example: 'Major Tasks for 2024' },
];

export const EN_FUTURE_CUES: CueRule[] = [
  { id: 'en-will', pattern: /\b(we|government|ministry|department|agency|it|they)\s+(will|shall)\b/i, example: 'We will expand domestic demand.' },
  { id: 'en-will-verb', pattern: /\bwill\s+(continue|work|strive|further|launch|promote|ensure|implement|establish|improve|introduce|expand|deepen|strengthen|step up|make|take|build|support|develop|advance|accelerate|carry|keep|boost|move)/i, example: 'will continue to promote reform' },
  // Any acting body, not only "we": "The County Manager's Office will investigate…", "The HKEX will consult…".
  { id: 'en-body-will', pattern: /\b(office|department|ministry|agency|council|board|authority|commission|bureau|city|county|administration|committee|task force|regulators|government)(['’]s)?\s+(will|shall)\s+(?!be\b|have\b|not\b|likely\b)/i, example: "The County Manager's Office will investigate grant options." },
  { id: 'en-acronym-will', pattern: /\b(I|[A-Z]{2,}s?)\s+(will|shall)\s+(?!be\b|have\b|not\b|now\b)/, example: 'The HKEX will consult the market.' },
  // A planned action in the passive: "The new fee structure will be implemented later this year."
  { id: 'en-will-be-done', pattern: /\bwill be (\w+ly )?(implemented|completed|launched|introduced|established|posted|developed|delivered|built|opened|expanded|published|provided|rolled out|set up|issued|upgraded|extended|allocated|invested|created|carried out|strengthened|improved|prohibited|reviewed|revised|adopted)\b/i, example: 'The new fee structure will be implemented later this year.' },
  // A budget speech proposes and announces its measures in the first person: "I propose to cut the duty…".
  { id: 'en-propose', pattern: /\b(?:I|we) (?:propose|am (?:happy|pleased|glad) to announce|are (?:happy|pleased|glad) to announce|announce)\b/i, example: 'I propose to raise the basic allowance; I am happy to announce a new scheme for apprentices.' },
  { id: 'en-plan-to', pattern: /\b(plan|plans|planned|intend|intends|aim|aims|seek|seeks|commit|commits|set out) to\b/i, example: 'We plan to open ten centres.' },
  { id: 'en-by-year', pattern: /\bby (the end of )?(20\d\d|next year|the end of the year)\b/i, example: 'by 2025' },
  { id: 'en-should-must', pattern: /\b(we|government)\s+(should|must|need to|are going to)\b/i, example: 'We should enhance the consistency of macro policy.' },
];

/** Closings of letters and reports: never commitments or problems. */
export const EN_CLOSING: CueRule[] = [
  { id: 'en-closing-formula', pattern: /^(Thank you|Sincerely|Yours (sincerely|faithfully)|Respectfully|Contact:|For more information)/i, example: 'Thank you for your support.' },
];

/** Sign-off lines: closings only as whole lines among the last lines. */
export const EN_SIGN_OFF: CueRule[] = [
  { id: 'en-closing-date', pattern: /^((January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})\.?$/, example: 'June 18, 2024' },
];

export const EN_PROBLEM_ZONE_OPENERS: CueRule[] = [
  { id: 'en-problems-opener', pattern: /^(While recognizing our achievements|We are (also )?keenly aware|At the same time, we must recognize|However, (we|there) (face|are|remain))/i, example: 'While recognizing our achievements, we are keenly aware of problems and challenges.' },
  { id: 'en-challenges-remain', pattern: /^((Significant|Serious|Several|Some|Many|Key|Major|Threats and|Risks and) )?(challenges|problems|difficulties|risks|threats|concerns) (remain|persist|lie ahead)\b/i, example: 'Threats and challenges remain. Pension costs will continue to rise.' },
];

export const EN_SOFT_CUES: CueRule[] = [
  { id: 'en-soft-aim', pattern: /\b(aim|aims|strive|strives|seek|seeks|explore|encourage|try|consider|pilot|where possible|as appropriate)\b/i, example: 'We will explore new models.' },
];

export const EN_FIRM_CUES: CueRule[] = [
  { id: 'en-firm', pattern: /\b(will|must|shall|ensure|guarantee)\b/i, example: 'We will ensure stable employment.' },
];

export const EN_DEADLINES: CueRule[] = [
  { id: 'en-deadline-by', pattern: /\bby (the end of )?(\d{1,2} )?((January|February|March|April|May|June|July|August|September|October|November|December) )?(\d{1,2},? )?(20\d\d|this year|next year|the end of the year|year-end)\b/i, example: 'by June 30, 2024' },
  { id: 'en-deadline-within', pattern: /\bwithin (\d+|one|two|three|six|twelve) (days|weeks|months|years)\b/i, example: 'within six months' },
  { id: 'en-deadline-this-year', pattern: /\b(within|later|early|during) (this|the current|the coming|the next) (year|financial year|quarter|term)\b/i, example: 'within this year' },
  { id: 'en-deadline-before', pattern: /\bbefore (the end of )?(20\d\d|the end of the year|year-end)\b/i, example: 'before year-end' },
];

/** Words that follow a modal but are not the action ("we will further promote" → promote). */
export const EN_ADVERBS = new Set(['further', 'continue', 'also', 'actively', 'steadily', 'fully', 'vigorously', 'effectively', 'better', 'still', 'work', 'to', 'strive', 'resolutely', 'firmly', 'comprehensively', 'appropriately', 'now', 'move', 'faster']);

/** Words that make an English sentence in a plans section an action: modals, proposals, plans ("I propose to…", "will be set up"). */
export const EN_ACTION_WORDS = /\b(will|shall|propose[sd]?|proposing|to be (set up|launched|introduced|extended|provided|raised|reduced)|plans? to|aims? to|intends? to|is to|are to)\b/i;

/** Verbs that open an instruction or a planned action in a goals list or plan ("Prepare tools…", "Resurface 300 km…"). */
const EN_POLICY_VERBS = [
  'Expand', 'Improve', 'Promote', 'Strengthen', 'Ensure', 'Build', 'Develop', 'Deepen', 'Advance', 'Support', 'Establish',
  'Implement', 'Reduce', 'Increase', 'Enhance', 'Launch', 'Raise', 'Cut', 'Boost', 'Create', 'Protect', 'Upgrade',
  'Accelerate', 'Foster', 'Provide', 'Introduce', 'Extend', 'Invest', 'Continue', 'Set up', 'Review', 'Complete',
  'Deliver', 'Maintain', 'Modernize', 'Modernise', 'Simplify', 'Streamline', 'Encourage', 'Facilitate', 'Help', 'Open',
  'Hire', 'Train', 'Reform', 'Resurface', 'Replace', 'Hold', 'Keep', 'Lower', 'Double', 'Halve', 'Expedite', 'Finalize',
  'Finalise', 'Adopt', 'Roll out', 'Scale up', 'Step up', 'Prepare', 'Conduct', 'Publish', 'Post', 'Update', 'Monitor',
  'Assess', 'Evaluate', 'Identify', 'Coordinate', 'Partner', 'Pursue', 'Secure', 'Allocate', 'Fund', 'Align', 'Integrate',
  'Digitize', 'Digitise', 'Automate', 'Consolidate', 'Achieve', 'Attract', 'Award', 'Begin', 'Close', 'Construct', 'Design',
  'Eliminate', 'Enforce', 'Engage', 'Enable', 'Expand', 'Explore', 'Install', 'Issue', 'Lead', 'Modify', 'Offer',
  'Plan', 'Plant', 'Prioritize', 'Prioritise', 'Recruit', 'Redesign', 'Renew', 'Repair', 'Restore', 'Revise', 'Strive',
  'Tackle', 'Transform', 'Undertake', 'Upskill', 'Widen',
];

/** A sentence or heading that opens with an action verb in the imperative ("Expand…", "To strengthen…"). */
export const EN_IMPERATIVE_START = new RegExp(`^(?:To )?(?:${[...new Set(EN_POLICY_VERBS)].join('|')})\\b`);
