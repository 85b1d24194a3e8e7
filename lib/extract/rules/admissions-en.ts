/**
 * English admissions, the counterpart of ZH_ADMISSION_OPENERS/STOPS in roles-zh.ts, read by
 * admissions.ts in the same shape: an opener, the sentences after it, a stop. English speeches
 * and reports rarely announce a list of problems ("we are keenly aware…" is the translated
 * Chinese shape); a minister, mayor or council more often states the shortfall itself: a target
 * missed, a bad figure up or a good one down, people under strain, a risk ahead. Each such
 * sentence opens an admission. Examples: our own sentences in the shapes of budget statements
 * (Singapore, India, Australia), State of the City addresses (US), policy addresses (Hong Kong),
 * council and department annual reports (UK) and the translated Government Work Report.
 */
import type { CueRule } from './types';

export const EN_ADMISSION_OPENERS: CueRule[] = [
  { id: 'en-admit-aware', pattern: /\bwe are (?:also )?(?:keenly|acutely|fully|well) aware\b|\bat the same time, we must recogni[sz]e\b|^However, (?:we|there) (?:face|are|remain)\b|\b(?:we|I) (?:must|have to|need to|should) be (?:honest|candid|frank|clear-eyed|upfront)\b|\bwe (?:are not|cannot be|can't be) complacent\b|\bdoing it tough\b/i,
    example: 'While recognizing our achievements, we are keenly aware of problems and challenges.',
    also: ['We must be honest that too many residents still wait years for a council home.', 'We are not complacent: many families are still doing it tough.', 'However, we face a harder year for public finances.'],
    counter: ['We are aware of the strong support for the scheme.'] },
  { id: 'en-challenges-remain', pattern: /^(?:(?:Significant|Serious|Several|Some|Many|Key|Major|Threats and|Risks and) )?(?:challenges|problems|difficulties|risks|threats|concerns) (?:remain|persist|lie ahead)\b|\bremains? (?:a|an|our) (?:\w+ )?(?:challenge|concern|problem|worry)\b|\b(?:remain|remains|remained|stays?|stayed) (?:stubbornly |too |very |persistently )?(?:high|elevated|on the high side|weak|subdued|sluggish|fragile|below target)\b/i,
    example: 'Threats and challenges remain. Pension costs will continue to rise.',
    also: ['Housing affordability remains a serious challenge for young families.', 'Food prices remain stubbornly high.', 'Bus punctuality remains below target.'],
    counter: ['Our public finances remain strong.', 'Housing remains a priority.'] },
  { id: 'en-admit-fell-short', pattern: /\b(?:fell|fallen|falls|falling) short\b|\b(?:did not|didn't|failed to|could not|has not|have not|was not able to|were not able to) (?:meet|reach|achieve|hit) (?:the|its|our|their|this|that|all|every) (?:\w+ ){0,2}?(?:targets?|goals?|expectations|standards?|benchmarks?|milestones?)\b|\b(?:did not|didn't|failed to) (?:happen|materiali[sz]e|come to fruition)\b|\bmissed (?:the|its|our|their) (?:\w+ )?(?:targets?|goals?|deadlines?)\b|\b(?:has|have|had) not kept pace\b|\blag(?:s|ged|ging)? behind\b|\bbehind schedule\b|\bnot (?:yet )?where (?:we|it|they) (?:want|need|should)\b|\b(?:well|far|way) short of\b|\b(?:well|far|way) (?:above|below) (?:our|the|its|their) (?:\w+ )?(?:targets?|goals?)\b|\b(?:has|have) not yet (?:got|gotten|fixed|solved|won|turned)\b/i,
    example: 'We fell short of our goal of 1,000 new shelter beds.',
    also: ['Only 210 homes were finished, well short of our goal of 400.', 'The wait remains 5.6 years, well above our target of three years.', 'We have not yet got on top of hospital waiting lists.', 'The promised depot upgrade did not happen in 2023.', 'Wages have not kept pace with rents.', 'Two of our eleven measures missed their annual targets.', 'Rural broadband is lagging behind the cities.'],
    counter: ['We met the target a year early.', 'Households that did not meet the criteria can appeal.'] },
  { id: 'en-admit-regret', pattern: /^(?:Unfortunately|Regrettably|Sadly|Disappointingly|Regretfully)\b/i,
    example: 'Unfortunately, the new depot opened six months late.', also: ['Regrettably, two of our five targets were missed.'] },
  // A figure that should fall rose, or one that should rise fell (subject first: "rising costs" names no change;
  // "is being increased" is a decision, not a trend).
  { id: 'en-admit-worse', pattern: /\b(?:inflation|prices|costs?|bills|rents?|unemployment|joblessness|deficits?|debt|liabilities|interest rates|waiting (?:times|lists)|homelessness|crime|emissions|arrears|backlogs?)\b[^.;:]{0,40}?(?<!\b(?:be|being|been|is|are|was|were) )\b(?:rose|risen|rise|rising|increased|surged|soared|climbed|jumped|spiked|went up|worsened|deteriorated|doubled)\b|\b(?:growth|incomes?|wages|exports|output|investment|productivity|revenues?|demand|employment|tourism|retail sales|consumer spending|satisfaction|punctuality|attendance)\b[^.;:]{0,40}?\b(?:slowed|declined|fell|fallen|contracted|weakened|dropped|stalled|shrank|slumped|plunged)\b|\b(?:seen|saw|faced|face|facing|experienced|suffered) (?:\w+ )?(?:increases|rises|hikes) in\b/i,
    example: 'Growth slowed in the second half, and real wages declined.',
    also: ['Energy prices rose steeply through the winter.', 'Pension liabilities will continue to rise for years.', 'Hauliers have faced steep increases in fuel and insurance.', 'Visitor satisfaction dropped to 71 per cent.'],
    counter: ['Unemployment fell to 3.9 per cent.', 'Incomes rose faster than prices.', 'Water use per household dropped by 4 per cent.', 'Inflation had started to moderate.', 'The rent allowance is being increased to $900.'] },
  { id: 'en-admit-hardship', pattern: /\b(?:grappling with|struggl(?:e|es|ed|ing)\b|doing it tough|tighten(?:ed)? their belts|difficult (?:trade-offs|choices|period|times|year|financial picture)|(?:are|were|is|was|remain|feel|felt) (?:\w+ )?(?:concerned|worried|anxious) about|feel(?:ing)? the (?:pinch|squeeze)|under (?:severe |growing |heavy |intense )?(?:pressure|strain)|(?:was|were|has been|have been) (?:badly |hard |severely )?(?:hit|impacted))/i,
    example: 'Small charities are grappling with a sharp rise in demand.',
    also: ['The coastal wards were hit hard by the January storms.', 'Pensioners tell us they have tightened their belts again this winter.', 'Many tenants are worried about next year\'s rent review.'],
    counter: ['The new service hit its first milestone.'] },
  { id: 'en-admit-headwinds', pattern: /\bheadwinds\b|\bdownside risks?\b|\bpose[sd]? (?:a |an )?(?:significant |serious |major |real |new |growing )?(?:risks?|threats?)\b|\b(?:lower|slower|weaker) (?:global |world )?(?:economic )?growth\b/i,
    example: 'Trade tensions pose serious risks to the export sector.',
    also: ['Our exporters face stiff headwinds this year.', 'Rising sea levels pose a serious threat to the harbour district.', 'The Treasury expects slower global growth next year.'],
    counter: ['The fund will pose no risk to taxpayers.'] },
  { id: 'en-admit-not-enough', pattern: /\bnot (?:a )?(?:permanent|lasting|long-term|sustainable) (?:solution|fix|answer)s?\b|\b(?:too many|too few|too long|too slow(?:ly)?|too little|not enough)\b|\b(?:shortages?|backlogs?|shortfalls?) (?:of|in)\b|\bnot yet (?:solid|secure|stable)\b/i,
    example: 'Temporary rent relief is not a lasting solution.',
    also: ['Too many young people still leave school without a qualification.', 'There is a shortage of nurses in rural clinics.'] },
];

export const EN_ADMISSION_STOPS: CueRule[] = [
  { id: 'en-stop-resolve', pattern: /^(We|The Government|Government)\s+(must|will|shall|are determined|are committed|need to)\b/, example: 'We must address these problems with greater resolve.', also: ['The Government will act decisively on each of them.'] },
  { id: 'en-stop-about-these', pattern: /^(To address|In response to|To tackle) (these|this|such)\b/i, example: 'To address these challenges, we will take three steps.', also: ['In response to these pressures, the Budget provides support.'] },
  // The speaker turns to what was done about it.
  { id: 'en-stop-that-is-why', pattern: /^(?:(?:And )?(?:That|This) is why|That's why|Hence|For this reason)\b/i, example: 'That is why we brought forward the winter fuel payment.', also: ['This is why the council froze parking charges in 2023.', 'And that is why I set up the rent relief fund.'] },
];

/** The speaker's own resolve: inside an admission, a promise to act is no problem ("Pension costs will rise" is). */
export const EN_RESOLVE_CUES: CueRule[] = [
  { id: 'en-resolve', pattern: /\b(we|I|the government|this government|my ministry)\s+(will|shall|must|plan to|intend to|are going to|need to)\b/i, example: 'We will tackle these challenges head-on.', also: ['The Government must act to contain costs.', 'I intend to review the scheme.'], counter: ['Pension liabilities will continue to rise for years.'] },
];

/** Help against a shortfall: "rebates to help households cope with higher bills" admits nothing. */
export const EN_REMEDY_CUES: CueRule[] = [
  { id: 'en-remedy', pattern: /\b(?:to|will|would|can|could|helps?|helped|helping) (?:help|cushion|mitigate|offset|tackle|address|relieve|overcome|counter)\b|\bhelp(?:s|ed|ing)? (?:to )?(?:ease|stabili[sz]e)\b|\bhelp(?:s|ed|ing)? (?:\w+ ){0,3}?(?:cope|manage|deal) with\b/i,
    example: 'The rebate will help households cope with higher energy bills.',
    also: ['These are concrete ways to tackle the cost of living.', 'The new buses will help to ease congestion on the ring road.'],
    counter: ['Many households are grappling with higher rents.', 'Prices had begun to ease.'] },
  // A hardship met or overcome is told as a success.
  { id: 'en-remedy-overcome', pattern: /\b(?:overcome|overcame|overcoming|met|meet|meeting|weathered|rise to|rose to|tackled) (?:\w+ ){0,3}?(?:challenges?|difficult(?:y|ies)|obstacles?|hardships?|storms?|crisis)\b/i,
    example: 'We met the challenge of rising costs and balanced the budget.',
    also: ['Our people have the resolve to meet any challenge.', 'The city weathered two winter storms.', 'We gained experience in overcoming major difficulties.'],
    counter: ['The city faces major difficulties.'] },
];

/** A sentence's own admission: a shortcoming predicate. */
export const EN_SHORTCOMING = /\b(challeng|problem|shortcoming|difficult|risk|weak|lag|insufficient|inadequate|not enough|too (many|few|long|slow|little)|shortfall|shortage|backlog|gap|pressure|concern|fell short|missed|decline|uncertain|threat|strain|struggl|congest|not yet (solid|secure|stable)|remain(s|ed)? (high|low|weak))/i;

/** A concessive lead ("Despite the challenges, …", "While prices eased, …") frames the main clause, which says what is so. */
export const EN_CONCESSIVE_LEAD = /^(?:Despite|In spite of|Notwithstanding|Although|Though|Even though|Even as|While|Whilst)\b[^,]{0,200},\s*/i;

/** A contrast that turns a sentence to its admission: "…, but they are worried about…" (the part before may be no problem). */
export const EN_CONTRAST_TURN = /,\s+(?=(?:but|yet)\s)/i;
