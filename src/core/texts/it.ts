// Italian wording, warm (tu) and formal (Lei): brevi, pertinenti, una domanda chiara, nessun senso di colpa.
import type { LocalDate } from '../types';
import { closingQuestion, dayAndMonth, type LanguageTexts, type TextVars } from './text-types';

const MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];

/** "12 novembre", "1° dicembre". */
export function formatDateIt(date: LocalDate): string {
  const { day, month } = dayAndMonth(date);
  return `${day === 1 ? '1°' : day} ${MONTHS[month] ?? ''}`;
}

/** "del 12 novembre", "dell'8 novembre": the article elides before 8 and 11. */
function del(date: LocalDate): string {
  const { day } = dayAndMonth(date);
  return day === 8 || day === 11 ? `dell'${formatDateIt(date)}` : `del ${formatDateIt(date)}`;
}

/** "il 12 novembre", "l'8 novembre". */
function il(date: LocalDate): string {
  const { day } = dayAndMonth(date);
  return day === 8 || day === 11 ? `l'${formatDateIt(date)}` : `il ${formatDateIt(date)}`;
}

const msg = (v: TextVars): string => `mio messaggio ${del(v.lastMessageOn)} ${v.about}`;

export const IT: LanguageTexts = {
  language: 'it',
  about: (project) => (project ? `su “${project}”` : 'sul progetto di cui abbiamo parlato'),
  subjectFallback: 'Prossimi passi',
  closingComma: true,
  notes: {
    reply: (v) =>
      `L'ultimo messaggio ${v.about} è ${v.firstName ? `di ${v.firstName}` : 'del cliente'}: ora tocca a te. ` +
      'Una risposta breve oggi tiene vivo il progetto, anche solo per dire quando arriverà quella completa.',
    rest: (v) =>
      `Hai chiuso il cerchio${v.firstName ? ` con ${v.firstName}` : ''} ${v.about} ${il(v.lastMessageOn)}. ` +
      'Niente altre email per ora: se ti sembra ancora utile, fatti sentire con una riga cordiale su ' +
      'una novità, senza accennare al silenzio.',
  },
  warm: {
    greeting: (name) => (name ? `Ciao ${name},` : 'Ciao,'),
    closing: 'Un caro saluto',
    emails: {
      'check-in': (v) =>
        `spero che da te vada tutto bene. Riprendo il ${msg(v)}, nel caso fosse finito in fondo alla ` +
        'casella durante una settimana piena.\n\n' +
        'Per andare avanti mi basta una tua risposta breve: al resto penso io. Se invece non è il momento ' +
        'giusto, scrivimi pure quando è meglio risentirci e mi organizzo di conseguenza.\n\n' +
        closingQuestion(
          v,
          (q) => `Ti riporto la mia domanda: ${q}`,
          'Posso procedere con quanto avevamo previsto?',
        ),
      'change-channel': (v) =>
        `riprendo il filo del ${msg(v)}. A volte una chiacchierata risolve in pochi minuti quello che per ` +
        'email richiede giorni: ti va una telefonata di 15 minuti, nel giorno che preferisci?\n\n' +
        "Se preferisci restare per iscritto va benissimo. L'unica cosa che mi serve è il tuo via libera sul " +
        'prossimo passo: finché manca, il calendario che ci eravamo dati resta fermo.',
      'close-the-loop': (v) =>
        `dal ${msg(v)} immagino che le tue priorità siano cambiate, ed è del tutto normale. Per non ` +
        'occupare altro spazio nella tua casella, da parte mia considero la questione chiusa per ora.\n\n' +
        "Se il progetto dovesse ripartire, o se ti servisse una mano su qualcos'altro, basta rispondere a " +
        'questa email: riprendo volentieri da dove eravamo rimasti.',
      plan: (v) =>
        `a proposito del ${msg(v)}, ti propongo un piccolo piano, così niente resta appeso alle agende. ` +
        'Se non riusciamo a sentirci, ecco cosa succede: tengo libero il tuo spazio fino alla fine della ' +
        'prossima settimana, poi lo libero.\n\n' +
        'In ogni caso non si perde nulla: basta una risposta a questa email, anche fra qualche mese, per ' +
        'ripartire da dove siamo. Ti va bene così?',
    },
    promised: (v, by) =>
      `spero che vada tutto bene. Mi avevi scritto che mi avresti fatto sapere qualcosa ${v.about} entro ` +
      `${il(by)}, così ti scrivo due righe ora che la data è passata.\n\n` +
      'Nessuna fretta da parte mia: se ti serve qualche giorno in più, basta una riga con una nuova data e mi ' +
      'organizzo di conseguenza. E se nel frattempo è nato qualche dubbio, sono qui per darti una mano.\n\n' +
      'Mi dici quando pensi di riuscire?',
  },
  formal: {
    greeting: (name) => (name ? `Gentile ${name},` : 'Buongiorno,'),
    closing: 'Cordiali saluti',
    emails: {
      'check-in': (v) =>
        `Le scrivo in merito al ${msg(v)}. Immagino che in questo periodo abbia molti impegni e La ringrazio ` +
        "per l'attenzione.\n\n" +
        'Per procedere mi è sufficiente un Suo breve riscontro: il resto è già pronto da parte mia. ' +
        'Se preferisce rinviare, mi indichi pure una data e mi organizzerò di conseguenza.\n\n' +
        closingQuestion(v, (q) => `Le riporto la mia domanda: ${q}`, 'Mi fa sapere se possiamo procedere?'),
      'change-channel': (v) =>
        `facendo seguito al ${msg(v)}, penso che un breve confronto a voce potrebbe semplificare le cose. ` +
        'Le andrebbe bene una telefonata di 15 minuti, nel momento a Lei più comodo?\n\n' +
        "In alternativa è sufficiente una risposta scritta: l'unica decisione necessaria per proseguire è la " +
        'Sua approvazione del prossimo passo, senza la quale la pianificazione concordata resta sospesa.',
      'close-the-loop': (v) =>
        `a seguito del ${msg(v)}, presumo che le Sue priorità siano cambiate, cosa del tutto comprensibile. ` +
        'Considero quindi la questione chiusa da parte mia.\n\n' +
        "Qualora il progetto tornasse d'attualità, o potessi esserLe utile in altro, sarà sufficiente " +
        'rispondere a questa email: riprenderò volentieri da dove ci eravamo fermati.',
      plan: (v) =>
        `in merito al ${msg(v)}, desidero proporLe una soluzione che non richiede una Sua risposta. In ` +
        'assenza di Sue indicazioni, terrò riservato il tempo dedicato al Suo progetto fino alla fine della ' +
        'prossima settimana, dopodiché lo renderò disponibile.\n\n' +
        'Ciò non La impegna in alcun modo: una risposta a questa email, anche in seguito, sarà sufficiente ' +
        'per riprendere dal punto attuale. Le sembra una soluzione accettabile?',
    },
    promised: (v, by) =>
      `La ringrazio per il Suo ultimo messaggio ${v.about}, nel quale mi anticipava un riscontro entro ` +
      `${il(by)}. Le scrivo brevemente ora che la data è passata.\n\n` +
      "Non c'è alcuna urgenza da parte mia: se Le occorre più tempo, è sufficiente indicarmi una nuova data e " +
      'mi organizzerò di conseguenza. Resto inoltre a disposizione per qualsiasi chiarimento.\n\n' +
      'Mi può indicare quando potrò ricevere il Suo riscontro?',
  },
};
