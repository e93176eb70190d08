import { describe, expect, it } from 'vitest';
import { ctx, evidenceOf } from './context';

const rule = 'ask-without-give';

describe('ask-without-give after something handed over', () => {
  it('a document sent in a sentence of its own, before the favour, gives first', () => {
    expect(evidenceOf(rule, 'Hola Eva, te adjunto la traducción que necesitabas para el visado. Por cierto, ¿podrías compartir mi oferta de empleo?')).toEqual([]);
    expect(evidenceOf(rule, 'Hoi Jan, hierbij de verklaring die je nodig had. Zou je een recensie willen schrijven voor onze B&B?')).toEqual([]);
  });

  it('material for the favour sent after it, or in its sentence, gives nothing', () => {
    expect(evidenceOf(rule, 'Poți să-i transmiți CV-ul meu recruiterului? Îți trimit CV-ul atașat.')).toHaveLength(1);
    expect(evidenceOf(rule, "Here's the link, could you share my post with your team?")).toHaveLength(1);
  });

  it("the writer's own offer sent is no give", () => {
    expect(evidenceOf(rule, 'Te adjunto nuestra oferta de servicios. ¿Podrías recomendarme a tu jefe de compras?', ctx({ connectedDaysAgo: 90, received: 4 }))).toHaveLength(1);
  });
});

describe('ask-without-give: the reader\'s work asked for free', () => {
  it('a request and "free" in one question asks a favour', () => {
    expect(evidenceOf(rule, 'Vous pourriez nous traduire le site gratuitement ? On mettra votre nom en bas de page.')).toHaveLength(1);
    expect(evidenceOf(rule, 'Ai putea să ne faci gratuit câteva poze pentru magazin?')).toHaveLength(1);
  });

  it('the writer\'s own thing offered free is an offer, not a favour', () => {
    expect(evidenceOf(rule, 'Would you like a free audit of your website?')).toEqual([]);
    expect(evidenceOf(rule, 'Wij verzorgen warmtepompen voor bedrijfspanden. Zou u openstaan voor een vrijblijvende opname?')).toEqual([]);
  });
});
