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
export const EN_TITLE_CASE_LINE = /^(?=.{3,90}$)(?!.*[.;:,]$)(?:(?:FY ?)?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)? )?([A-Z][\w'’-]*)(\s+([A-Z][\w'’-]*|and|or|of|the|a|an|in|on|for|to|with|by|at|from|our|its|\d{4}(?:[-–/]\d{2}(?:\d{2})?)?))*$/;

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
  // A preamble or the setting of a speech or report: a section of its own, of no role (a forecast "Outlook" promises nothing).
  { id: 'en-preamble', role: 'other', names: true, pattern: /^(?:An? )?(?:Introduction|Overview|Foreword|Preface|Preamble|Background|Opening(?: Remarks)?|(?:Global|Economic|International|Strategic) (?:Context|Environment|Situation|Outlook)|(?:Economic )?Outlook|Context|Conclusion|Concluding Remarks|Closing|Acknowledg(?:e)?ments)(?: (?:and|&) [A-Z][\w ]{0,30})?$/i, example: 'Introduction', also: ['Global Context', 'Economic Outlook', 'Overview', 'Concluding Remarks'], counter: ['Introduction of a Carbon Tax from 2026'] },
  // An audit or inspection report's findings are the shortcomings it found.
  { id: 'en-problems', role: 'problems', pattern: /challenge|problem|shortcoming|difficult|risk|weakness|deficienc|non-?compliance|areas? for improvement|^(?:Key |Main |Audit |Inspection |Our )?Findings$/i, example: 'Problems and Challenges' },
  { id: 'en-review', role: 'achievements', pattern: /\breview of\b|\bin review\b|achievement|progress|results|performance in|accomplishment|look(ing)? back/i, example: 'A Review of Our Work in 2023' },
  // Whole words: "Reprioritising Towards Front-line Spending" and "Document Requirements" name no plans.
  { id: 'en-plans', role: 'plans', pattern: /\bpriorit(y|ies)\b|\btasks\b|\bplans?\b|\bwork for 20\d\d|overall requirements|polic(y|ies) orientation|next steps|\bgoals\b|\bobjectives\b|\btargets\b|\bagenda\b/i, example: 'Major Tasks for 2024' },
];

export const EN_FUTURE_CUES: CueRule[] = [
  { id: 'en-will', pattern: /\b(we|government|ministry|department|agency|it|they)\s+(will|shall)\b/i, example: 'We will expand domestic demand.' },
  { id: 'en-will-verb', pattern: /\bwill\s+(continue|work|strive|further|launch|promote|ensure|implement|establish|improve|introduce|expand|deepen|strengthen|step up|make|take|build|support|develop|advance|accelerate|carry|keep|boost|move)/i, example: 'will continue to promote reform' },
  // Any acting body, not only "we": "The County Manager's Office will investigate…", "The HKEX will consult…".
  { id: 'en-body-will', pattern: /\b(office|department|ministry|agency|council|board|authority|commission|bureau|city|county|administration|committee|task force|regulators|government)(['’]s)?\s+(will|shall)\s+(?!be\b|have\b|not\b|likely\b)/i, example: "The County Manager's Office will investigate grant options." },
  { id: 'en-acronym-will', pattern: /\b(I|[A-Z]{2,}s?)\s+(will|shall)\s+(?!be\b|have\b|not\b|now\b)/, example: 'The HKEX will consult the market.' },
  // A planned action in the passive, any participle but those of a state ("will be affected", "will be needed").
  { id: 'en-will-be-done', pattern: /\bwill (?:also |then |now |soon |further |first |only |again |still )?be (?:\w+ly )?(?!(?:affected|impacted|needed|required|expected|faced|exposed|challenged|concerned|pleased|determined|based|tested|interested|disappointed|surprised|seen|remembered|judged|tempted|forced|used to|dented|hurt|harmed|damaged|lost|eroded|squeezed|diminished|undermined|left behind|worse off|better off)\b)(?:[a-z]+(?:ed|en)|set up|built|paid|made|given|sent|spent|held|kept|run|cut|laid|brought|sought|taken|done|shown|met|rolled out|carried out|put in place)\b/i, example: 'The new fee structure will be implemented later this year; The first $300 will be disbursed in end-June; 1,000 institutes will be upgraded.' },
  // Beneficiaries of a measure: "Eligible households will receive up to $760", "…can expect to receive up to $950".
  { id: 'en-receive', pattern: /\b(?:will (?:also |each |now |then |automatically )?|can expect to |are set to |stand to )(?:receive|get(?! (?:worse|better|harder|easier|tougher))|enjoy|qualify for|be eligible for)\b/i, example: 'Eligible HDB households will receive up to $760; households can expect to receive up to $950 in FY2031.' },
  // What a measure is expected to do is part of it: "The scheme is expected to benefit 30 lakh youth."
  { id: 'en-expected-effect', pattern: /\b(?:scheme|measure|programme|program|initiative|package|fund|mission|project|policy|plan|this|it|which)\s+(?:is|are)\s+(?:expected|likely|estimated|projected)\s+to\s+(?:benefit|help|facilitate|create|generate|incentivi[sz]e|provide|cover|support|reach|assist|save|attract|mobili[sz]e|add|lift)\b/i, example: 'The scheme is expected to benefit 30 lakh youth; This measure is likely to assist nearly 1 crore gig-workers.' },
  // A budget speech proposes and announces its measures in the first person: "I propose to cut the duty…".
  { id: 'en-propose', pattern: /\b(?:I|we) (?:propose|am (?:happy|pleased|glad) to announce|are (?:happy|pleased|glad) to announce|announce)\b/i, example: 'I propose to raise the basic allowance; I am happy to announce a new scheme for apprentices.' },
  { id: 'en-plan-to', pattern: /\b(plan|plans|planned|intend|intends|aim|aims|seek|seeks|commit|commits|set out) to\b/i, example: 'We plan to open ten centres.' },
  { id: 'en-by-year', pattern: /\bby (the end of )?(20\d\d|next year|the end of the year)\b/i, example: 'by 2025' },
  { id: 'en-should-must', pattern: /\b(we|government)\s+(should|must|need to|are going to)\b/i, example: 'We should enhance the consistency of macro policy.' },
  // Any measure's future act: "This will provide term loans…", "The scheme will incorporate lessons…", "The package will cost $1.9 billion".
  // Verbs of a state or an outcome are left out; forecasts are told apart by EN_FORECAST_CUES.
  { id: 'en-will-act', pattern: /\bwill (?:also |further |now |then |soon |first |only |again |jointly |progressively |gradually |directly |continue to )?(?!(?:be|have|not|likely|probably|remain|become|see|need|depend|face|mean|require|come|happen|continue|take (?:time|years)|always|never|surely|certainly)\b)[a-z]{3,}\b/i, example: 'This will provide term loans up to ₹ 2 crore; The scheme will incorporate lessons from Stand-Up India; the support will cost $1.9 billion.' },
];

/**
 * Forecasts, not commitments: the economy's or the world's future, and what "we expect" of it
 * ("Growth is expected to remain resilient", "It will be more fragmented", "2031 will be a
 * better year", "We expect GDP growth at 1% to 3%"). Read before the future cues.
 */
export const EN_FORECAST_CUES: CueRule[] = [
  { id: 'en-forecast-expected', pattern: /\b(?:is|are) (?:expected|projected|forecast|likely|set) to (?:remain|recover|moderate|ease|recede|rise|fall|slow|pick up|improve|grow|increase|decline|stabili[sz]e|strengthen|weaken|stay|return|rebound|soften|persist|accelerate|edge)\b/i, example: 'Growth in the major economies is expected to remain resilient; Global inflationary pressures are expected to recede further.' },
  { id: 'en-forecast-subject', pattern: /\b(?:economy|economies|growth|GDP|inflation|prices|costs|demand|unemployment|interest rates|markets|outlook|conflicts|risks|uncertainty|headwinds|tensions|pressures|wages|(?:real )?incomes)(?:\s+(?!we\b|I\b|government\b)[\w'’-]+){0,3}?\s+(?:will|may|might|could|would)\s+(?:\w+ly\s+)?(?:rise|fall|increase|decrease|grow|decline|slow|remain|stay|continue|ease|moderate|recover|pick up|weaken|strengthen|climb|drop|soar|surge|peak|stabili[sz]e|exceed|reach|escalate|persist|weigh|dampen|be)\b/i, example: 'Pension costs will rise for years; the economy will grow by 2 per cent; these conflicts could escalate dangerously.' },
  { id: 'en-forecast-be', pattern: /\bwill be (?:a |an )?(?:more|less|better|worse|harder|easier|tougher|slower|faster|higher|lower|stronger|weaker|difficult|challenging|uncertain|volatile|messier|bumpier|different|fragmented|violent|unpredictable)\b/i, example: 'It will be more fragmented; we are cautiously optimistic that 2031 will be a better year.' },
  // What would happen, not what will be done: "if we were to grow slowly…, we will be in trouble"; "there will be diminished willingness".
  { id: 'en-forecast-conditional', pattern: /\bif (?:we|they|this|it|growth|that)\b[^.;]{0,100}\b(?:will|would)\b|\bthere will be\b|\bwill not be able\b|\byou will\b/i, example: 'If we were to experience slow growth for several years, we will be in trouble; there will be diminished willingness to act.' },
  { id: 'en-forecast-we-expect', pattern: /\b(?:we|I) (?:expect|anticipate|project|forecast)(?! to\b)\b/i, example: 'Besides lower inflation, we expect higher GDP growth at 1.0% to 3.0%; we anticipate a modest recovery.' },
];

/** A speech finding its way, not promising: "I will now report to you…", "I will speak about them shortly". */
export const EN_SPEECH_FRAMING: CueRule[] = [
  { id: 'en-framing', pattern: /\b(?:I|we) will (?:now |first |next |briefly |also |then )?(?:report|speak|talk|touch|elaborate|say (?:more|a few words)|(?:turn|come back|return|move on) (?:now )?to|proceed|outline|describe|dwell|go through|highlight|mention|share)\b|\bwill now proceed\b/i, example: 'I will now report to you on the work of the county; I will speak about them shortly; I will touch on each of these in turn.' },
  // What the address will cover: "Tonight I want to tell you how we did, where we fell short, and what comes next."
  { id: 'en-framing-tell-you', pattern: /\b(?:I|we) (?:want|would like|am going|are going) to (?:tell|show|update|report to) you\b|\blet me (?:tell|show|update) you\b/i, example: 'Tonight I want to tell you how we did and what comes next; let me update you on the budget.' },
];

/** Closings of letters and reports: never commitments or problems. */
export const EN_CLOSING: CueRule[] = [
  { id: 'en-closing-formula', pattern: /^(Thank you|Sincerely|Yours (sincerely|faithfully)|Respectfully|Contact:|For more information)/i, example: 'Thank you for your support.' },
];

/** Sign-off lines: closings only as whole lines among the last lines. */
export const EN_SIGN_OFF: CueRule[] = [
  { id: 'en-closing-date', pattern: /^((January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})\.?$/, example: 'June 18, 2024' },
];

export const EN_SOFT_CUES: CueRule[] = [
  { id: 'en-soft-aim', pattern: /\b(aim|aims|strive|strives|seek|seeks|explore|encourage|try|consider|pilot|where possible|as appropriate)\b/i, example: 'We will explore new models.' },
];

export const EN_FIRM_CUES: CueRule[] = [
  { id: 'en-firm', pattern: /\b(will|must|shall|ensure|guarantee)\b/i, example: 'We will ensure stable employment.' },
];

export const EN_DEADLINES: CueRule[] = [
  { id: 'en-deadline-until', pattern: /\buntil (?:the end of )?(?:\d{1,2} )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:\d{1,2},? )?20\d\d\b/i, example: 'I will also extend until 31 March 2031 the enhanced loan quantum; the extension of the Mission until 2028' },
  { id: 'en-deadline-end-month', pattern: /\b(?:by|in|from|before) (?:end|mid|early|late)-(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?: (?:this|next) year| 20\d\d)?/i, example: 'The first $300 will be disbursed in end-June this year; applications open by mid-March 2031' },
  { id: 'en-deadline-month', pattern: /\b(?:in|from|by|before) (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:this|next) year\b/i, example: 'The first $500 will be disbursed in May this year; the remaining $300 in January next year' },
  { id: 'en-deadline-to-date', pattern: /\bto \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d\b/i, example: 'I will extend the Credit by a year to 30 June 2031; the scheme is extended to 31 December 2032' },
  { id: 'en-deadline-by', pattern: /\bby (the end of )?(\d{1,2} )?((January|February|March|April|May|June|July|August|September|October|November|December) )?(\d{1,2},? )?(20\d\d|this year|next year|the end of the year|year-end)\b/i, example: 'by June 30, 2024' },
  { id: 'en-deadline-within', pattern: /\bwithin (\d+|one|two|three|six|twelve) (days|weeks|months|years)\b/i, example: 'within six months' },
  { id: 'en-deadline-this-year', pattern: /\b(within|later|early|during) (this|the current|the coming|the next) (year|financial year|quarter|term)\b/i, example: 'within this year' },
  { id: 'en-deadline-next-years', pattern: /\b(?:over|in|during|within) the next (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|few) (?:years|months)\b/i, example: 'term loans during the next 5 years; over the next three years, the Ministry will launch 50,000 flats' },
  { id: 'en-deadline-fiscal', pattern: /\bin (?:FY ?)?20\d\d[-–]\d{2}\b|\b(?:this|the current|the coming|next) financial year\b|\bin FY ?20\d\d\b/i, example: '200 Centres will be established in 2031-32; households will receive up to $760 this financial year; in FY2031' },
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
