import { describe, expect, it } from 'vitest';
import { evidenceOf } from './context';

describe('one finding per problem', () => {
  it('evidence only white space apart is one finding, however much white space', () => {
    expect(evidenceOf('unfilled-placeholder', 'Hi {first_name}  {company}, hello')).toEqual(['{first_name}  {company}']);
    expect(evidenceOf('unfilled-placeholder', 'Hi {first_name}\t{company}')).toEqual(['{first_name}\t{company}']);
    expect(evidenceOf('unfilled-placeholder', 'Hi {first_name}{company}')).toEqual(['{first_name}{company}']);
  });

  it('evidence with anything else between stays apart', () => {
    expect(evidenceOf('unfilled-placeholder', 'Hi {first_name}-{company}')).toEqual(['{first_name}', '{company}']);
    expect(evidenceOf('unfilled-placeholder', 'Hi {first_name} at {company}')).toEqual(['{first_name}', '{company}']);
  });

  it('a rule\'s evidence is merged in the order of the text, whatever order the rule found it in', () => {
    // The rule finds the plain ask ("please introduce me to") before the polite pair that starts earlier.
    const text = 'Could you give me feedback on my deck? Also please introduce me to your CFO.';
    expect(evidenceOf('ask-without-give', text)).toEqual(['Could you give me feedback on my deck', 'please introduce me to']);
  });
});
