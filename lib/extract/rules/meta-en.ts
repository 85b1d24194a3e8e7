/**
 * English metadata patterns (meta-en.ts reads them): speech genres, offices, governments on
 * a cover, financial years. Each names examples from several jurisdictions; the rule-example
 * test runs every pattern against them.
 */

/** A speech that reviews the past year and plans the next: budget statements, policy and State of the City addresses. */
export const EN_SPEECH_GENRE = /\bPolicy Address\b|\bState of the (?:City|County|State|Region|Borough|Union|District|Commonwealth)\b(?! of\b)|\bBudget(?: (?:FY ?)?\d{4}(?:[-–/]\d{2,4})?)?\s+(?:Speech|Statement|Address)\b|\b(?:King's|Queen's|Throne) Speech\b|\bSpeech from the Throne\b/i;

/**
 * An office whose holder delivers the text. Global: a speaker line may name two ("The Deputy
 * Prime Minister and Minister for Finance (Mr …)"); meta-en.ts prefers the portfolio.
 */
export const EN_OFFICE = /\b((?:Deputy |Vice |Acting )?(?:Minister (?:for|of) (?:the )?[A-Z][\w&'’-]*(?: (?:and )?[A-Z][\w&'’-]*){0,3}|Prime Minister|Financial Secretary|Chancellor of the Exchequer|(?:Federal )?Treasurer|Secretary of State for (?:the )?[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,2}|Chief Executive|County Executive|First Minister|Premier|Mayor(?: of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?|Governor(?: of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?))\b/g;

/**
 * A government or public body and nothing else, on a cover line or one side of a title's
 * separator ("Government of India", "City of Maple Valley", "Northshire Department of
 * Transport", "HM Treasury", "London Borough of Westfield"). After its kind word a body goes on
 * only with "of/for …" ("Department of Health and Social Care"), so "Office Space Strategy"
 * is no body. Read on title-cased lines, so capitals on a cover make no difference.
 */
export const EN_GOVERNMENT_LINE = /^(?:The )?(?:(?:[A-Z][\w'’&.-]*\s(?:of )?)*(?:Department|Ministry|Office|Agency|Council|Government|Authority|Commission|Administration|Bureau|Treasury)(?:\s(?:of|for)\s(?:the\s)?[A-Z][\w'’&.-]*(?:\s(?:of|for|and|the|&|[A-Z][\w'’&.-]*))*)?|(?:[A-Z][\w'’.-]*\s)?(?:City|County|Borough|Town|Township|Municipality|District|State|Commonwealth|Province) of (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})$/;

/** Titles of speeches that read like a body: "State of the City" is a genre, not the State of anything. */
export const EN_GENRE_NOT_BODY = /^(?:The )?State of the (?:City|County|State|Union|Region|District|Borough|Nation|Province|Territory|Economy)\b/;

/** Where a title's words after a leading body begin: a year or a genre word ("City of Lakeford 2024 State of the City Address"). */
export const EN_TITLE_TAIL = /^(?:(?:19|20)\d\d\b|(?:Annual|Performance|Strategic|Business|Corporate|Budget|State|Policy|Report|Plan|Statement|Address|Speech|Review|Estimates|Accounts|Outcomes|Priorities|Work|Key|Departmental|Financial|Fiscal|FY)\b)/;

/**
 * A bare office that speaks for one government the text names, and the kinds of government it
 * may be: a mayor speaks for a city or town, a governor for a state. Example texts in
 * META_EN_EXAMPLES and test/extract/meta-issuer-en.test.ts.
 */
export const EN_OFFICE_GOVERNMENTS: { office: RegExp; named: RegExp; example: string }[] = [
  { office: /^Mayor$/, named: /\b(?:City|Town|Borough|Township|Village) of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}/g, example: 'I am proud to serve the City of Lakeford.' },
  { office: /^Governor$/, named: /\b(?:State|Commonwealth|Territory|Province) of (?!the )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}/g, example: 'The State of Northland is strong.' },
  { office: /^County Executive$/, named: /\bCounty of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}/g, example: 'I report to the people of the County of Marlow.' },
  { office: /^Premier$/, named: /\b(?:State|Province) of (?!the )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}/g, example: 'The Province of Eastmark has balanced its budget.' },
];

/**
 * An oversight office whose report names it on the cover: "Report of the Comptroller and Auditor
 * General", "Report of the Auditor-General to the Provincial Legislature", "Annual Report of the
 * Ombudsman". The auditor issues the report, not the department it audits (also on the cover).
 */
export const EN_REPORT_OF = /^(?:(?:Special|Annual|Audit) )?Report of the ((?:Comptroller and )?Auditor[- ]General|Ombudsman|Inspector[- ]General|Chief Inspector of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}|Public Accounts Committee)\b/i;

/**
 * The financial year a budget or plan is for, by its first year: "Budget 2024-2025", "Budget
 * for 2024-25", "the Financial Year 1 April 2024 to 31 March 2025", "FY2025", "2025/26 Budget".
 */
export const EN_FISCAL_YEAR = /\b(?:(?:Financial|Fiscal) Year (?:\d{1,2} [A-Z][a-z]+ )?|FY ?|Budget (?:for |Estimates (?:for )?)?)(?<year>(?:19|20)\d\d)(?:[-–/](?:19|20)?\d\d)?\b|\b(?<year2>(?:19|20)\d\d)(?:[-–/](?:19|20)?\d\d)? Budget\b/i;

/** A law or instrument names its year: "the Income-tax Act, 1961", "Rules, 1995" are never the report's years. */
export const EN_INSTRUMENT_YEAR = /\b(?:Act|Acts|Rules|Regulations|Code|Bill|Ordinance|Order)(?:,| of| No\.? ?\d+,?)? ?$/;

/** Examples for the rule-example test: each pattern against texts from several jurisdictions. */
export const META_EN_EXAMPLES: { name: string; pattern: RegExp; matches: string[] }[] = [
  { name: 'EN_SPEECH_GENRE', pattern: EN_SPEECH_GENRE, matches: ['Budget Speech', 'BUDGET 2024-2025\nSPEECH', "The Chief Executive's 2024 Policy Address", '2025 State of the City Address', 'Budget Address 2024', 'City of Lakeford: State of the City 2024', "Governor's 2025 State of the State"] },
  { name: 'EN_OFFICE', pattern: EN_OFFICE, matches: ['The Deputy Prime Minister and Minister for Finance (Mr Lawrence Wong)', 'Speech by the Financial Secretary', 'Minister of Finance', 'Chancellor of the Exchequer', 'Mayor of Maple Valley'] },
  { name: 'EN_GOVERNMENT_LINE', pattern: EN_GOVERNMENT_LINE, matches: ['Government of India', 'City of Maple Valley', 'Northshire Department of Transport', 'HM Treasury', 'Government of the Hong Kong Special Administrative Region', 'Republic of Estmark Government', 'Department of Health and Social Care', 'London Borough of Westfield', 'Lakeford City Council', 'Treasury of the Republic of Ostland'] },
  { name: 'EN_GENRE_NOT_BODY', pattern: EN_GENRE_NOT_BODY, matches: ['State of the City', 'The State of the State', 'State of the Union'] },
  { name: 'EN_TITLE_TAIL', pattern: EN_TITLE_TAIL, matches: ['2024 State of the City Address', 'Annual Report 2023', 'Business Plan 2025-26', 'Budget Statement', 'Performance Plan'] },
  ...EN_OFFICE_GOVERNMENTS.map((r) => ({ name: `EN_OFFICE_GOVERNMENTS ${r.office.source}`, pattern: r.named, matches: [r.example] })),
  { name: 'EN_REPORT_OF', pattern: EN_REPORT_OF, matches: ['Report of the Comptroller and Auditor General', 'REPORT OF THE AUDITOR-GENERAL TO THE PROVINCIAL LEGISLATURE', 'Annual Report of the Ombudsman 2030'] },
  { name: 'EN_FISCAL_YEAR', pattern: EN_FISCAL_YEAR, matches: ['BUDGET 2024-2025', 'the Financial Year 1 April 2024 to 31 March 2025', 'FY2025 Annual Performance Plan', 'the 2025/26 Budget', 'I present the Budget for 2025-26.'] },
  { name: 'EN_INSTRUMENT_YEAR', pattern: EN_INSTRUMENT_YEAR, matches: ['the Income-tax Act, ', 'Customs Tariff Rules, ', 'the Housing Act '] },
];
