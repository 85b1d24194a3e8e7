/**
 * The issuer of an English report from its title, whatever side of the separator the body
 * stands on ("City of Lakeford: State of the City 2024", "Budget Speech 2025 – Government of
 * Westmere"), a body that leads the title ("Lakeford City Council Annual Report 2023"), or,
 * when the title names only the speaker's office ("Mayor Jane Doe: …"), the government the
 * text names. Our own texts, in the shapes of US State of the City/State addresses, UK and
 * Australian council and department reports, and Commonwealth budget statements.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const BODY = [
  '',
  'Good evening, and thank you all for coming tonight.',
  'Last year we promised to repave 40 miles of streets, and we repaved 42 miles.',
  'In the coming year we will open two new libraries and hire 50 more firefighters.',
];

const issuerOf = (title: string, ...body: string[]) => run([title, ...(body.length ? ['', ...body] : []), ...BODY].join('\n')).meta.issuer;

describe('English: the issuing body in the title', () => {
  it.each([
    ['a city before the colon', 'City of Lakeford: State of the City 2024', 'City of Lakeford'],
    ['a city leading the address title', 'City of Lakeford 2024 State of the City Address', 'City of Lakeford'],
    ['a ministry before the colon', 'Ministry of Finance: Budget Statement 2025', 'Ministry of Finance'],
    ['a government after a dash', 'Budget Speech 2025 – Government of Westmere', 'Government of Westmere'],
    ['a county council after a bar', 'Annual Report 2023–24 | Northshire County Council', 'Northshire County Council'],
    ['a council leading the report title', 'Lakeford City Council Annual Report 2023', 'Lakeford City Council'],
    ['a department with "and" in its name leading a plan', 'Department of Health and Social Care Business Plan 2025-26', 'Department of Health and Social Care'],
    ['a treasury of a republic', 'Treasury of the Republic of Ostland: Budget Review 2024', 'Treasury of the Republic of Ostland'],
    ['a borough after a hyphen', 'Corporate Plan 2024 to 2027 - London Borough of Westfield', 'London Borough of Westfield'],
  ])('%s: %s', (_what, title, issuer) => {
    expect(issuerOf(title)).toBe(issuer);
  });
});

describe('English: a title that names only the speaker takes the government the text names', () => {
  it('a mayor by name, the city named in the speech', () => {
    expect(issuerOf('Mayor Jane Doe: 2024 State of the City Address', 'It is the honour of my life to serve as mayor of the City of Lakeford.')).toBe('City of Lakeford');
  });
  it("a governor's address, the state named in it", () => {
    expect(issuerOf("Governor's 2025 State of the State Address", 'Madam Speaker, members of the legislature: the State of Northland is strong.')).toBe('State of Northland');
  });
  it('a county executive, the county named in it', () => {
    expect(issuerOf('County Executive Ray Ortiz delivers the 2025 State of the County', 'Tonight I report to the people of the County of Marlow.')).toBe('County of Marlow');
  });
  it('a mayor of a named place keeps the office with its place', () => {
    expect(issuerOf('Speech by the Mayor of Lakeford at the 2024 State of the City')).toBe('Mayor of Lakeford');
  });
});

describe('English: a genre is no body', () => {
  it.each([
    ['State of the City', 'State of the City 2024: Building Together'],
    ['State of the State', 'The State of the State 2025'],
    ['State of the Union', 'State of the Union Address 2024'],
  ])('%s', (_what, title) => {
    expect(issuerOf(title)).toBeNull();
  });
});

describe('English: a State of the City titled without "Address" is still the address', () => {
  it.each([
    ['City of Lakeford: State of the City 2024', 2024],
    ["Governor's 2025 State of the State", 2025],
    ['State of the County 2026 – County of Marlow', 2026],
  ])('%s', (title, year) => {
    expect(run([title, ...BODY].join('\n')).meta).toMatchObject({ docType: 'work-report', planYear: year, coversYear: year - 1 });
  });
});
