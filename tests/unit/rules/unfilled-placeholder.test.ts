import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/rules/settings';
import { evidenceOf, findingsOf } from './context';

const rule = 'unfilled-placeholder';

describe(rule, () => {
  it('finds every common template syntax', () => {
    const text = 'Hi {first_name}, {{ company }} and [Name] at <NAME>, %FIRSTNAME%!';
    expect(evidenceOf(rule, text)).toEqual(['{first_name}', '{{ company }}', '[Name]', '<NAME>', '%FIRSTNAME%']);
  });

  it('is an error by default', () => {
    expect(findingsOf(rule, 'Hi [Name]')[0]?.severity).toBe('error');
  });

  it('knows placeholder words in every language', () => {
    expect(evidenceOf(rule, '[Voornaam], [Förnamn], [Prenume], [Vorname], [Prénom], [Nombre], [Bedrijf], [Företag], [Firma]'))
      .toEqual(['[Voornaam]', '[Förnamn]', '[Prenume]', '[Vorname]', '[Prénom]', '[Nombre]', '[Bedrijf]', '[Företag]', '[Firma]']);
  });

  it('ordinary brackets, hearts and percentages are not placeholders', () => {
    expect(evidenceOf(rule, 'Costs fell 50% and margins 20% [1]. Thanks <3 (see [my notes], <b>)')).toEqual([]);
  });

  it('placeholders only a space apart are one problem, one highlight', () => {
    expect(evidenceOf(rule, 'Dear [First Name] [Last Name],')).toEqual(['[First Name] [Last Name]']);
  });

  it('a phrase the user adds counts as a placeholder', () => {
    const settings = defaultSettings();
    settings.rules[rule].extraPhrases = ['XXX'];
    expect(evidenceOf(rule, 'Hi XXX, how are you?', undefined, settings)).toEqual(['XXX']);
  });
});

describe('unfilled-placeholder, less common shapes', () => {
  const found = (text: string): string[] => evidenceOf('unfilled-placeholder', text);

  it('a name slot in round brackets, a run of underscores, a slot with spaces or an instruction inside', () => {
    expect(found('Hi (connection\'s name), great to meet you.')).toEqual(['(connection\'s name)']);
    expect(found('We now have offices in ________ and Oslo.')).toEqual(['________']);
    expect(found('Hej! Vi ses på [ event ]?')).toEqual(['[ event ]']);
    expect(found('We helped [type of company] grow.')).toEqual(['[type of company]']);
    expect(found('Voici le lien : [lien Calendly]')).toEqual(['[lien Calendly]']);
  });

  it('mail-merge tags, shouted $ and # variables, a blank of three underscores', () => {
    expect(found('Hola *|FNAME|*, bienvenue #PRENOM#, Bună ziua $FIRSTNAME, $COMPANY_NAME!')).toEqual(['*|FNAME|*', '#PRENOM#', '$FIRSTNAME', '$COMPANY_NAME']);
    expect(found('Hi ___, quick one.')).toEqual(['___']);
    expect(found('Priced in $USD, see #AI and #HIRING, a ___ of __ blanks? No: a__b.')).toEqual(['___']);
  });

  it('an aside in brackets stays an aside', () => {
    expect(found('Great talk (and slides) yesterday! [edit: link fixed] See you (maybe) in May.')).toEqual([]);
  });
});

describe(`${rule}: what counts as a slot`, () => {
  it('curly braces hold an identifier: a number or a sentence in braces is not a slot', () => {
    expect(evidenceOf(rule, 'Hi {first name}, {{Company.Name}} and {job-title}')).toEqual(['{first name}', '{{Company.Name}}', '{job-title}']);
    expect(evidenceOf(rule, 'Set {1, 2, 3} and the range {0..9} and {!}')).toEqual([]);
  });

  it('a bracketed slot needs two characters: [A] is a footnote, [AB] is shouted', () => {
    expect(evidenceOf(rule, 'See note [A] and <B>.')).toEqual([]);
    expect(evidenceOf(rule, 'Dear [FN], from <CO>.')).toEqual(['[FN]', '<CO>']);
  });

  it('percent signs need a shouted name or an underscore', () => {
    expect(evidenceOf(rule, 'Hi %first_name%, %COMPANY% here')).toEqual(['%first_name%', '%COMPANY%']);
    expect(evidenceOf(rule, 'We grew 10%this year and 20%more%')).toEqual([]);
  });

  it('a placeholder word in angle brackets counts, an HTML tag does not', () => {
    expect(evidenceOf(rule, 'Hi <Name>, see <i>this</i>')).toEqual(['<Name>']);
  });
});

describe(`${rule}: a shouted slot with two fields`, () => {
  it('may hold a slash', () => {
    expect(evidenceOf(rule, 'Som ledande [BRANSCH/FÖRETAGSTYP] i Norrland')).toEqual(['[BRANSCH/FÖRETAGSTYP]']);
    expect(evidenceOf(rule, 'and/or [1/2] or [a/b]')).toEqual([]);
  });
});
