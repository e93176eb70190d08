import { describe, expect, it } from 'vitest';
import { dueOrDefault, findPromises } from '../../../../src/rules/promises/detect';

// Tuesday 1 December 2026, mid-morning UTC.
const NOW = Date.parse('2026-12-01T10:00:00Z');

/** Each promise as [its text, its due date]. */
const promises = (text: string, now = NOW): [string, string | null][] =>
  findPromises(text, now).map((p) => [text.slice(p.start, p.end), p.due]);
const dueOf = (text: string, now = NOW): (string | null)[] => findPromises(text, now).map((p) => p.due);

describe('promises: the issue\'s examples, one per language', () => {
  it.each([
    ['en', "I'll send you the report on Friday", '2026-12-04'],
    ['nl', 'ik stuur je morgen het artikel', '2026-12-02'],
    ['sv', 'jag skickar rapporten på fredag', '2026-12-04'],
    ['ro', 'vă trimit mâine oferta', '2026-12-02'],
    ['fr', 'je vous envoie la présentation demain', '2026-12-02'],
    ['de', 'ich schicke Ihnen die Unterlagen bis Freitag', '2026-12-04'],
    ['es', 'te mando el informe el viernes', '2026-12-04'],
    ['en', "I'll introduce you to Dana", null],
  ])('%s: %s', (_lang, text, due) => {
    expect(promises(text)).toEqual([[text, due]]);
  });
});

describe('promises: what is not a promise', () => {
  it.each([
    // asks
    ['en ask', 'Could you send me the report by Friday?'],
    ['en please', 'Please send me the report by Friday.'],
    ['nl ask', 'Kun je me het artikel morgen sturen?'],
    ['sv ask', 'Kan du skicka rapporten på fredag?'],
    ['ro ask', 'Îmi puteți trimite oferta mâine?'],
    ['fr ask', 'Pourriez-vous m\'envoyer la présentation demain ?'],
    ['de ask', 'Könnten Sie mir die Unterlagen bis Freitag schicken?'],
    ['es ask', '¿Me mandas el informe el viernes?'],
    // past events
    ['en past', 'Thanks for the report you sent on Friday.'],
    ['en past, first person', 'I sent you the deck on Friday.'],
    ['nl past', 'Ik heb je gisteren het artikel gestuurd.'],
    ['sv past', 'Jag skickade rapporten i fredags.'],
    ['ro past', 'Ți-am trimis oferta ieri.'],
    ['fr past', 'Je vous ai envoyé la présentation hier.'],
    ['de past', 'Ich habe Ihnen die Unterlagen am Freitag geschickt.'],
    ['es past', 'Te mandé el informe el viernes.'],
    // conditionals the reader must trigger
    ['en if', "If you send me your address, I'll send you the book."],
    ['en if after', "I'll send you the deck if you're interested."],
    ['nl if', 'Als je wilt, stuur ik je het artikel.'],
    ['sv if', 'Om du vill skickar jag rapporten.'],
    ['ro if', 'Dacă doriți, vă trimit oferta.'],
    ['fr if', 'Si vous voulez, je vous envoie la présentation.'],
    ['de if', 'Wenn Sie möchten, schicke ich Ihnen die Unterlagen.'],
    ['es if', 'Si quieres, te mando el informe.'],
    // offers put as questions, and refusals
    ['en offer', 'Shall I send you the deck?'],
    ['en negated', 'I will not send it before the launch.'],
    ['ro negated', 'Nu vă trimit oferta încă.'],
    ['es negated', 'No te mando el informe hasta el lunes.'],
  ])('%s: %s', (_what, text) => {
    expect(promises(text)).toEqual([]);
  });

  it('a condition in a later clause is about something else', () => {
    expect(promises("I'll send the deck next week, let me know if you need more."))
      .toEqual([["I'll send the deck next week", '2026-12-11']]);
  });

  it('"Guten Morgen" is a greeting, not tomorrow', () => {
    expect(dueOf('Guten Morgen Frau Berg, ich schicke Ihnen die Unterlagen.')).toEqual([null]);
  });

  it('a date in an earlier clause is not the promise\'s', () => {
    expect(dueOf("After our call on Monday, I'll send you the notes.")).toEqual([null]);
  });
});

describe('promises: spans', () => {
  it('a promise stops at the end of its clause and does not swallow the sentence before it', () => {
    expect(promises("Great talking today! I'll send you the report on Friday, and thanks again.")).toEqual([["I'll send you the report on Friday", '2026-12-04']]);
  });

  it('two promises in one sentence are two, each with its own date', () => {
    expect(promises("I'll send the deck on 12/12 and I'll call you Monday.")).toEqual([
      ["I'll send the deck on 12/12", '2026-12-12'],
      ["I'll call you Monday", '2026-12-07'],
    ]);
  });

  it('a date before the verb belongs to the promise (V2 word order)', () => {
    expect(promises('Morgen schicke ich Ihnen das Angebot.')).toEqual([['Morgen schicke ich Ihnen das Angebot', '2026-12-02']]);
    expect(promises('På fredag skickar jag rapporten.')).toEqual([['fredag skickar jag rapporten', '2026-12-04']]);
  });

  it('offsets are UTF-16 offsets into the original text', () => {
    const text = '👋🏽 Ştefan, vă trimit oferta mâine.';
    const [found] = findPromises(text, NOW);
    expect(found && text.slice(found.start, found.end)).toBe('vă trimit oferta mâine');
  });

  it('a verb far after the subject, past its clause, is not its action', () => {
    expect(promises("I'll be out next week, so send me the file.")).toEqual([]);
  });
});

describe('due dates in every language', () => {
  it.each([
    // today / tomorrow / day after
    ["I'll send it today.", '2026-12-01'],
    ['Ik stuur het vandaag.', '2026-12-01'],
    ['Jag skickar den idag.', '2026-12-01'],
    ['Vă trimit oferta azi.', '2026-12-01'],
    ["Je vous envoie ça aujourd'hui.", '2026-12-01'],
    ['Ich schicke es heute noch.', '2026-12-01'],
    ['Te lo mando hoy.', '2026-12-01'],
    ['Ik stuur het overmorgen.', '2026-12-03'],
    ['Jag skickar den i morgon.', '2026-12-02'],
    ['Te envío la propuesta pasado mañana.', '2026-12-03'],
    ["Je t'envoie ça après-demain.", '2026-12-03'],
    // weekdays
    ['Ik stuur het vrijdag.', '2026-12-04'],
    ['Vă trimit oferta vineri.', '2026-12-04'],
    ['Je vous envoie la présentation lundi.', '2026-12-07'],
    ['Ich schicke Ihnen das am Montag.', '2026-12-07'],
    ['Te mando el informe el miércoles.', '2026-12-02'],
    ["I'll send it on Tuesday.", '2026-12-08'],
    ["I'll send it this Tuesday.", '2026-12-01'],
    ["I'll send it next Friday.", '2026-12-11'],
    ['Je vous envoie ça vendredi prochain.', '2026-12-11'],
    ['Vă trimit oferta vinerea viitoare.', '2026-12-11'],
    ['Te mando el informe el viernes que viene.', '2026-12-11'],
    ['Ich schicke Ihnen das nächsten Freitag.', '2026-12-11'],
    ['Ik stuur het volgende vrijdag.', '2026-12-11'],
    ['Jag skickar den nästa fredag.', '2026-12-11'],
    // next week: due the Friday of next week
    ["I'll send it next week.", '2026-12-11'],
    ['Ik stuur het volgende week.', '2026-12-11'],
    ['Jag skickar den nästa vecka.', '2026-12-11'],
    ['Vă trimit oferta săptămâna viitoare.', '2026-12-11'],
    ['Je vous envoie ça la semaine prochaine.', '2026-12-11'],
    ['Ich schicke Ihnen das nächste Woche.', '2026-12-11'],
    ['Te mando el informe la semana que viene.', '2026-12-11'],
    // end of the week and of the month
    ["I'll send it by the end of the week.", '2026-12-04'],
    ["I'll send it by the end of the month.", '2026-12-31'],
    ['Ik stuur het eind van de maand.', '2026-12-31'],
    ['Jag skickar den i slutet av månaden.', '2026-12-31'],
    ['Vă trimit oferta până la sfârșitul lunii.', '2026-12-31'],
    ['Je vous envoie ça fin du mois.', '2026-12-31'],
    ['Ich schicke Ihnen das bis Ende des Monats.', '2026-12-31'],
    ['Te envío la propuesta a finales de mes.', '2026-12-31'],
    // explicit dates
    ["I'll send it on December 24th.", '2026-12-24'],
    ["I'll send it on the 24th of December.", '2026-12-24'],
    ["I'll send it by 2026-12-24.", '2026-12-24'],
    ['Ik stuur het op 24 december.', '2026-12-24'],
    ['Jag skickar den den 24 december.', '2026-12-24'],
    ['Vă voi trimite oferta pe 15 decembrie.', '2026-12-15'],
    ['Je vous envoie ça le 1er janvier.', '2027-01-01'],
    ['Ich werde Ihnen die Unterlagen bis 4. Dezember schicken.', '2026-12-04'],
    ['Ich schicke Ihnen das bis 10.12.2026.', '2026-12-10'],
    ['Te mando el informe el 15 de enero.', '2027-01-15'],
    ['Te mando el informe el 20/12.', '2026-12-20'],
    // in N days / weeks
    ["I'll send it in 2 weeks.", '2026-12-15'],
    ["I'll get back to you in a few days.", '2026-12-04'],
    ['Om två dagar skickar jag den.', '2026-12-03'],
    ['Vă trimit oferta peste o săptămână.', '2026-12-08'],
    ['Ik stuur het over drie dagen.', '2026-12-04'],
    ['Je vous envoie ça dans 3 jours.', '2026-12-04'],
    ['Ich melde mich in zwei Tagen.', '2026-12-03'],
    ['Te aviso en una semana.', '2026-12-08'],
  ])('%s → %s', (text, due) => {
    expect(dueOf(text)).toEqual([due]);
  });

  it('a date that has passed this year is next year\'s', () => {
    expect(dueOf("I'll send it on 3 February.", Date.parse('2026-12-01T10:00:00Z'))).toEqual(['2027-02-03']);
  });

  it('end of the month in a leap February', () => {
    expect(dueOf("I'll send it by the end of the month.", Date.parse('2028-02-10T12:00:00Z'))).toEqual(['2028-02-29']);
  });

  it('a bare weekday named on that very day is a week away', () => {
    // Friday 4 December 2026.
    expect(dueOf("I'll send it Friday.", Date.parse('2026-12-04T09:00:00Z'))).toEqual(['2026-12-11']);
  });

  it('"tomorrow" is the next UTC day, whatever the hour', () => {
    expect(dueOf("I'll send it tomorrow.", Date.parse('2026-12-31T23:30:00Z'))).toEqual(['2027-01-01']);
  });

  it('a date that does not exist gives no date', () => {
    expect(dueOf("I'll send it on 31 April.")).toEqual([null]);
  });

  it('"may" is a month only beside a day number', () => {
    expect(dueOf("I'll send it in May 4 copies.")).toEqual(['2027-05-04']);
    expect(dueOf("I'll send what I may.")).toEqual([null]);
  });

  it('a promise with no date is due three days after it was made', () => {
    const [found] = findPromises("I'll introduce you to Dana", NOW);
    expect(found && dueOrDefault(found, NOW)).toBe('2026-12-04');
    expect(dueOrDefault({ start: 0, end: 1, due: '2026-12-24' }, NOW)).toBe('2026-12-24');
  });
});

describe('promises: robustness', () => {
  it('finds nothing in empty or non-string input', () => {
    expect(findPromises('', NOW)).toEqual([]);
    expect(findPromises(undefined as unknown as string, NOW)).toEqual([]);
  });

  it('a long text stays fast enough for the send path and finds every promise', () => {
    const text = Array.from({ length: 500 }, (_, i) => `Point ${i}: I'll send you part ${i} tomorrow.`).join(' ');
    expect(findPromises(text, NOW)).toHaveLength(500);
  });
});
