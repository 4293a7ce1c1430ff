// Words that name a role, a team or a company rather than a person, in address local parts and display names.

/**
 * A word set built on first use: every Apps Script callback loads the bundle afresh, and most never read
 * a display name, so a load neither decodes the words nor builds the set.
 */
const words = (text: () => string): { has(word: string): boolean } => {
  let set: ReadonlySet<string> | undefined;
  return { has: (word) => (set ??= new Set(text().split(' '))).has(word) };
};

/** Shared mailboxes (info@, ufficio@, …): never a first name. */
export const ROLE_WORDS = words(
  () =>
    'info sales ufficio amministrazione admin administration support help helpdesk contact contacts contatti ' +
    'hello hi ciao office segreteria contabilita acquisti vendite commerciale marketing billing accounts ' +
    'accounting invoices invoice fatture fatturazione hr jobs careers lavoro press stampa noreply no reply ' +
    'team staff service services customer customers clienti assistenza booking prenotazioni orders ordini mail ' +
    'email postmaster webmaster direzione legal privacy pec newsletter news kontakt verwaltung buchhaltung ' +
    'vertrieb contacto ventas administracion comercial bonjour compta direction accueil ops operations finance ' +
    'tech studio agenzia redazione direttore management ceo projects progetti general enquiries inquiries',
);

/** Company-form words: a display name holding one is an organisation. */
export const COMPANY_WORDS = words(
  () => 'srl s.r.l. spa s.p.a. snc sas ltd ltd. llc inc inc. gmbh ag sarl sl sa bv plc co corp group gruppo',
);

/** Honorifics to skip before a first name ("Dr. Anna Bianchi", "Dott.ssa Neri"). */
export const TITLES = words(
  () =>
    'dr dr. dott dott. dott.ssa dottssa ing ing. avv avv. arch arch. prof prof. prof.ssa mr mr. mrs mrs. ms ms. ' +
    'miss sig sig. sig.ra sigra sr sr. sra sra. herr frau mme mme. mlle don dra dra. geom geom. rag rag. mag ' +
    'mag. dipl. dipl.-ing. sir madam',
);
