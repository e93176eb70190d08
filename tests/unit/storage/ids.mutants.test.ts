import { describe, expect, it } from 'vitest';
import { contactIdFromUrl } from '../../../src/storage/ids';

describe('the contact id in a profile link', () => {
  it('ignores white space around the link, a no-break space included', () => {
    expect(contactIdFromUrl(' https://www.linkedin.com/in/ada-l/\u00a0')).toBe('ada-l');
    expect(contactIdFromUrl('\u00a0https://www.linkedin.com/in/ada-l')).toBe('ada-l');
  });

  it('is taken only from LinkedIn itself, not from a host that merely starts with its name', () => {
    expect(contactIdFromUrl('https://www.linkedin.com.evil.example/in/ada-l/')).toBeNull();
    expect(contactIdFromUrl('https://linkedin.com.example/in/ada-l/')).toBeNull();
    expect(contactIdFromUrl('https://de.linkedin.com/in/ada-l/')).toBe('ada-l');
  });
});
