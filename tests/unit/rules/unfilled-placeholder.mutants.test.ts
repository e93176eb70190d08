import { beforeEach, describe, expect, it, vi } from 'vitest';

type Rule = typeof import('../../../src/rules/unfilled-placeholder');

let slots: Rule['slots'];
beforeEach(async () => {
  // A module graph of its own: the slot patterns are evaluated with the module, so only a test
  // that loads it sees a change to them.
  vi.resetModules();
  ({ slots } = await import('../../../src/rules/unfilled-placeholder'));
});

// A vocabulary of our own, so each case shows which part of a slot decides it.
const words = new Set(['name', 'x', 'co', 'vorname', 'firma', 'company type']);
const isWord = (folded: string): boolean => words.has(folded);
const found = (text: string): string[] => slots(text, isWord).map((s) => text.slice(s.start, s.end));

describe('unfilled-placeholder slots: $ and # variables', () => {
  it('a shouted variable counts when it names a field or holds an underscore', () => {
    expect(found('Hi $NAME and $FIRMA, or $SOME_FIELD.')).toEqual(['$NAME', '$FIRMA', '$SOME_FIELD']);
    expect(found('Salut #VORNAME# et #OTHER_FIELD#.')).toEqual(['#VORNAME#', '#OTHER_FIELD#']);
  });

  it('a shouted word that names no field is a price or a hashtag', () => {
    expect(found('Paid in $EUR, tagged #HIRING# and #NAME or #OTHER_FIELD or #OTHER_ too')).toEqual([]);
  });
});

describe('unfilled-placeholder slots: round brackets', () => {
  it('count only when they hold a field name of two characters or more', () => {
    expect(found('Hi (Name), and (x) marks the spot (or not).')).toEqual(['(Name)']);
    expect(found('Dear ( name ), ( x ) and (co)')).toEqual(['( name )', '(co)']);
  });
});

describe('unfilled-placeholder slots: square and angle brackets, percent signs', () => {
  it('a field name alone, in any case, is a slot; a field name in percent signs too', () => {
    expect(found('[name] <Vorname> %firma%')).toEqual(['[name]', '<Vorname>', '%firma%']);
  });

  it('a short phrase starting or ending with a field name is a slot', () => {
    expect(found('[name of the host] and <the best firma>')).toEqual(['[name of the host]', '<the best firma>']);
  });

  it('a phrase of more than four words, or a field name in the middle, is ordinary writing', () => {
    expect(found('[name of our host this year] and [the name here]')).toEqual([]);
    expect(found('[a b c name]')).toEqual(['[a b c name]']);
  });

  it('a phrase with a colon, semicolon, ! ? or = is an aside, even when it ends with a field name', () => {
    for (const aside of ['[edit: name]', '[sic; name]', '[what? name]', '[wow! name]', '[a = name]']) expect(found(aside), aside).toEqual([]);
  });

  it('words split at spaces and hyphens, and empty pieces do not count as words', () => {
    expect(found('[company-type]')).toEqual([]);
    expect(found('[company type] and <Company  Type>')).toEqual(['[company type]', '<Company  Type>']);
    expect(found('[our-name]')).toEqual(['[our-name]']);
    expect(found('[name  -  a  b  c]')).toEqual(['[name  -  a  b  c]']);
  });

  it('shouted text is a slot unless it holds a digit without an underscore', () => {
    expect(found('[AB] <CD EF> [NAME_2] [B2] <2X> [12]')).toEqual(['[AB]', '<CD EF>', '[NAME_2]']);
  });

  it('a lower-case word in percent signs needs an underscore; a single character is never a slot', () => {
    expect(found('%other_field% %other% [X] <x> %X% [ x ] < X >')).toEqual(['%other_field%']);
  });
});

describe('unfilled-placeholder slots: curly braces', () => {
  it('hold an identifier, trimmed; blank braces are not a slot', () => {
    expect(found('{ anything } {{ other.thing }} {  } {2x}')).toEqual(['{ anything }', '{{ other.thing }}']);
  });
});

describe('unfilled-placeholder slots: the shape of each kind', () => {
  it('a blank is one run of three underscores or more; a mail-merge tag holds a field name, digits after its first letter', () => {
    expect(found('Hi ___ and _____ from *|FNAME|*, *|LIST2|* and *|_X|*')).toEqual(['___', '_____', '*|FNAME|*', '*|LIST2|*', '*|_X|*']);
    expect(found('Not *|A-B|*, *|2X|* or *||*')).toEqual([]);
  });

  it('a curly identifier starts with a letter or underscore and holds letters, digits, spaces, dots and hyphens only', () => {
    expect(found('{name2} {_id} {{first name}}')).toEqual(['{name2}', '{_id}', '{{first name}}']);
    expect(found('{a+b} {x!} {2x}')).toEqual([]);
  });

  it('a shouted slot is upper case from its first character to its last', () => {
    expect(found('[xAB] [ABc] <AB> [NAME_2]')).toEqual(['<AB>', '[NAME_2]']);
  });

  it('a percent slot may hold digits after its first letter; a shouted one then needs an underscore', () => {
    expect(found('%FIELD_2% %F2%')).toEqual(['%FIELD_2%']);
  });

  it('a $ or # variable ends where the word ends, and a digit after an underscore is part of it', () => {
    expect(found('$NAME_2 and $NAME. #VORNAME#x')).toEqual(['$NAME_2', '$NAME', '#VORNAME#']);
  });
});
