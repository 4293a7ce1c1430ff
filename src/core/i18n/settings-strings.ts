// The Settings card's wording and its refusals, in it, en, es, fr, de (ladder hints are built in settings-text.ts).
import { five } from './five';

type Limits = (min: number, max: number, example: string) => string;

/** Built on first use (a function, so loading the bundle costs nothing for it). */
export const SETTINGS_STRINGS = () => ({
  title: five('Impostazioni', 'Settings', 'Ajustes', 'Paramètres', 'Einstellungen'),
  save: five('Salva', 'Save', 'Guardar', 'Enregistrer', 'Speichern'),
  saved: five(
    'Impostazioni salvate.',
    'Settings saved.',
    'Ajustes guardados.',
    'Paramètres enregistrés.',
    'Einstellungen gespeichert.',
  ),
  notSaved: five(
    'Non è stato salvato nulla.',
    'Nothing was saved.',
    'No se guardó nada.',
    'Rien n’a été enregistré.',
    'Es wurde nichts gespeichert.',
  ),
  sections: {
    me: five('Chi sei', 'About you', 'Sobre ti', 'Vous', 'Über dich'),
    calendar: five(
      'Calendario e promemoria',
      'Calendar and reminders',
      'Calendario y recordatorios',
      'Agenda et rappels',
      'Kalender und Erinnerungen',
    ),
    messages: five(
      'Messaggi suggeriti',
      'Suggested messages',
      'Mensajes sugeridos',
      'Messages proposés',
      'Vorgeschlagene Nachrichten',
    ),
  },
  fields: {
    myName: five(
      'Il tuo nome (firma i messaggi suggeriti)',
      'Your name (signs the suggested messages)',
      'Tu nombre (firma los mensajes sugeridos)',
      'Votre nom (signe les messages proposés)',
      'Dein Name (unterschreibt die vorgeschlagenen Nachrichten)',
    ),
    aliases: five(
      'Gli altri tuoi indirizzi (alias), separati da virgole',
      'Your other addresses (aliases), comma-separated',
      'Tus otras direcciones (alias), separadas por comas',
      'Vos autres adresses (alias), séparées par des virgules',
      'Deine weiteren Adressen (Aliasse), durch Kommas getrennt',
    ),
    colleaguesCountAsMe: five(
      'I colleghi della mia azienda contano come me',
      'Colleagues at my company count as me',
      'Los compañeros de mi empresa cuentan como yo',
      'Les collègues de mon entreprise comptent comme moi',
      'Kollegen aus meiner Firma zählen wie ich',
    ),
    workingDays: five('Giorni lavorativi', 'Working days', 'Días laborables', 'Jours ouvrés', 'Arbeitstage'),
    holidayCountry: five(
      'Festività di',
      'Public holidays of',
      'Festivos de',
      'Jours fériés de',
      'Feiertage von',
    ),
    reminderTime: five(
      'Orario del promemoria (HH:MM)',
      'Reminder time (HH:MM)',
      'Hora del recordatorio (HH:MM)',
      'Heure du rappel (HH:MM)',
      'Uhrzeit der Erinnerung (HH:MM)',
    ),
    emailReminder: five(
      'Avvisami anche per email',
      'Also remind me by email',
      'Avísame también por correo',
      'Me prévenir aussi par e-mail',
      'Auch per E-Mail erinnern',
    ),
    calendarId: five(
      'Calendario dei promemoria',
      'Calendar for reminders',
      'Calendario de los recordatorios',
      'Agenda des rappels',
      'Kalender für Erinnerungen',
    ),
    tone: five('Tono', 'Tone', 'Tono', 'Ton', 'Ton'),
    language: five(
      'Lingua dei messaggi suggeriti',
      'Language of suggested messages',
      'Idioma de los mensajes sugeridos',
      'Langue des messages proposés',
      'Sprache der vorgeschlagenen Nachrichten',
    ),
    firstWaitWorkingDays: five(
      'Giorni lavorativi prima del primo sollecito',
      'Working days before the first check-in',
      'Días laborables antes del primer recordatorio',
      'Jours ouvrés avant la première relance',
      'Arbeitstage bis zur ersten Nachfrage',
    ),
    typicalReplyFactor: five(
      'Attendi almeno questo multiplo del tempo di risposta abituale',
      "Wait at least this many times the client's usual reply time",
      'Espera al menos este múltiplo del tiempo habitual de respuesta',
      'Attendre au moins ce multiple du délai de réponse habituel',
      'Mindestens dieses Vielfache der üblichen Antwortzeit warten',
    ),
    changeChannelWorkingDays: five(
      'Giorni lavorativi dopo il sollecito prima di proporre una chiamata',
      'Working days after the check-in before proposing a call',
      'Días laborables tras el recordatorio antes de proponer una llamada',
      'Jours ouvrés après la relance avant de proposer un appel',
      'Arbeitstage nach der Nachfrage, bevor du ein Telefonat vorschlägst',
    ),
    closeLoopWorkingDays: five(
      'Giorni lavorativi dopo la chiamata prima di chiudere il cerchio',
      'Working days after that before closing the loop',
      'Días laborables después antes de cerrar el ciclo',
      'Jours ouvrés ensuite avant de clore l’échange',
      'Arbeitstage danach bis zum freundlichen Abschluss',
    ),
    restMonths: five(
      'Mesi di pausa prima di rifarti vivo',
      'Months of rest before checking in again',
      'Meses de pausa antes de volver a escribir',
      'Mois de pause avant de reprendre contact',
      'Monate Pause, bevor du dich wieder meldest',
    ),
  },
  calendarHint: five(
    'Vuoto: il tuo calendario principale. Per un altro, incolla il suo ID dalle impostazioni di Google Calendar.',
    "Empty: your main calendar. For another one, paste its id from Google Calendar's settings.",
    'Vacío: tu calendario principal. Para otro, pega su ID desde los ajustes de Google Calendar.',
    'Vide : votre agenda principal. Pour un autre, collez son identifiant depuis les paramètres de Google Agenda.',
    'Leer: dein Hauptkalender. Für einen anderen füge seine ID aus den Google-Kalender-Einstellungen ein.',
  ),
  /** Ladder numbers: hint and refusals quoting the bounds the schema checks. */
  ladder: {
    hint: five<Limits>(
      (min, max, d) => `da ${min} a ${max} (predefinito ${d})`,
      (min, max, d) => `${min} to ${max} (default ${d})`,
      (min, max, d) => `de ${min} a ${max} (por defecto ${d})`,
      (min, max, d) => `de ${min} à ${max} (par défaut ${d})`,
      (min, max, d) => `${min} bis ${max} (Standard ${d})`,
    ),
    whole: five<Limits>(
      (min, max) => `scrivi un numero intero da ${min} a ${max}.`,
      (min, max) => `write a whole number from ${min} to ${max}.`,
      (min, max) => `escribe un número entero de ${min} a ${max}.`,
      (min, max) => `écrivez un nombre entier de ${min} à ${max}.`,
      (min, max) => `gib eine ganze Zahl von ${min} bis ${max} ein.`,
    ),
    decimal: five<Limits>(
      (min, max, e) => `scrivi un numero da ${min} a ${max} (per esempio ${e}).`,
      (min, max, e) => `write a number from ${min} to ${max} (for example ${e}).`,
      (min, max, e) => `escribe un número de ${min} a ${max} (por ejemplo ${e}).`,
      (min, max, e) => `écrivez un nombre de ${min} à ${max} (par exemple ${e}).`,
      (min, max, e) => `gib eine Zahl von ${min} bis ${max} ein (zum Beispiel ${e}).`,
    ),
  },
  problems: {
    settings: five(
      'questo valore non è valido.',
      'this value is not valid.',
      'este valor no es válido.',
      'cette valeur n’est pas valide.',
      'dieser Wert ist ungültig.',
    ),
    myName: five<(max: number) => string>(
      (max) => `scrivi il tuo nome (al massimo ${max} caratteri): firma i messaggi suggeriti.`,
      (max) => `write your name (at most ${max} characters): it signs the suggested messages.`,
      (max) => `escribe tu nombre (como máximo ${max} caracteres): firma los mensajes sugeridos.`,
      (max) => `écrivez votre nom (${max} caractères au plus) : il signe les messages proposés.`,
      (max) =>
        `gib deinen Namen ein (höchstens ${max} Zeichen): er unterschreibt die vorgeschlagenen Nachrichten.`,
    ),
    aliases: five<(max: number) => string>(
      (max) => `scrivi indirizzi completi come anna@esempio.it, al massimo ${max}.`,
      (max) => `write full addresses such as anna@example.com, at most ${max}.`,
      (max) => `escribe direcciones completas como ana@ejemplo.es, como máximo ${max}.`,
      (max) => `écrivez des adresses complètes comme anne@exemple.fr, ${max} au plus.`,
      (max) => `gib vollständige Adressen wie anna@beispiel.de ein, höchstens ${max}.`,
    ),
    onOff: five(
      'scegli sì o no.',
      'choose on or off.',
      'elige sí o no.',
      'choisissez oui ou non.',
      'wähle ja oder nein.',
    ),
    workingDays: five(
      'scegli almeno un giorno.',
      'choose at least one day.',
      'elige al menos un día.',
      'choisissez au moins un jour.',
      'wähle mindestens einen Tag.',
    ),
    holidayCountry: five(
      "scegli un paese dall'elenco.",
      'choose a country from the list.',
      'elige un país de la lista.',
      'choisissez un pays dans la liste.',
      'wähle ein Land aus der Liste.',
    ),
    reminderTime: five(
      'usa il formato HH:MM sulle 24 ore, per esempio 09:30.',
      'use HH:MM on a 24-hour clock, for example 09:30.',
      'usa HH:MM en formato de 24 horas, por ejemplo 09:30.',
      'utilisez HH:MM sur 24 heures, par exemple 09:30.',
      'verwende HH:MM im 24-Stunden-Format, zum Beispiel 09:30.',
    ),
    calendarId: five(
      "lascia vuoto per il calendario principale o scrivi l'ID di un calendario.",
      'leave it empty for your main calendar, or write a calendar id.',
      'déjalo vacío para tu calendario principal o escribe el ID de un calendario.',
      'laissez vide pour votre agenda principal ou écrivez l’identifiant d’un agenda.',
      'leer lassen für deinen Hauptkalender oder eine Kalender-ID eingeben.',
    ),
    tone: five(
      'scegli automatico, cordiale o formale.',
      'choose automatic, warm or formal.',
      'elige automático, cercano o formal.',
      'choisissez automatique, chaleureux ou formel.',
      'wähle automatisch, herzlich oder förmlich.',
    ),
    language: five(
      "scegli una lingua dall'elenco.",
      'choose a language from the list.',
      'elige un idioma de la lista.',
      'choisissez une langue dans la liste.',
      'wähle eine Sprache aus der Liste.',
    ),
  },
  tones: {
    auto: five(
      'Automatico (segue la conversazione)',
      'Automatic (follow the thread)',
      'Automático (según la conversación)',
      'Automatique (suit la conversation)',
      'Automatisch (wie im Verlauf)',
    ),
    warm: five('Cordiale', 'Warm', 'Cercano', 'Chaleureux', 'Herzlich'),
    formal: five('Formale', 'Formal', 'Formal', 'Formel', 'Förmlich'),
  },
  autoLanguage: five(
    'La lingua del cliente',
    "The client's language",
    'El idioma del cliente',
    'La langue du client',
    'Die Sprache des Kunden',
  ),
  noCountry: five(
    'Nessuna (solo fine settimana)',
    'None (weekends only)',
    'Ninguno (solo fines de semana)',
    'Aucun (week-ends seulement)',
    'Keine (nur Wochenenden)',
  ),
  localeCountry: five<(country: string | null) => string>(
    (c) => `In base al mio fuso orario: ${c ?? 'nessuna (solo fine settimana)'}`,
    (c) => `From my time zone: ${c ?? 'none (weekends only)'}`,
    (c) => `Según mi zona horaria: ${c ?? 'ninguno (solo fines de semana)'}`,
    (c) => `D’après mon fuseau horaire : ${c ?? 'aucun (week-ends seulement)'}`,
    (c) => `Nach meiner Zeitzone: ${c ?? 'keine (nur Wochenenden)'}`,
  ),
  reset: five<(fields: string) => string>(
    (f) =>
      f
        ? `Queste impostazioni salvate non erano leggibili e sono tornate al valore predefinito: ${f}. Controllale e salva.`
        : 'Le impostazioni salvate non erano leggibili: sono mostrati i valori predefiniti. Controllale e salva.',
    (f) =>
      f
        ? `These saved settings could not be read and were reset to their defaults: ${f}. Check them and save.`
        : 'Your saved settings could not be read: the defaults are shown. Check them and save.',
    (f) =>
      f
        ? `Estos ajustes guardados no se podían leer y volvieron a su valor por defecto: ${f}. Revísalos y guarda.`
        : 'Tus ajustes guardados no se podían leer: se muestran los valores por defecto. Revísalos y guarda.',
    (f) =>
      f
        ? `Ces paramètres enregistrés étaient illisibles et ont repris leur valeur par défaut : ${f}. Vérifiez-les et enregistrez.`
        : 'Vos paramètres enregistrés étaient illisibles : les valeurs par défaut sont affichées. Vérifiez-les et enregistrez.',
    (f) =>
      f
        ? `Diese gespeicherten Einstellungen waren unlesbar und wurden zurückgesetzt: ${f}. Prüfe sie und speichere.`
        : 'Deine gespeicherten Einstellungen waren unlesbar: die Standardwerte werden gezeigt. Prüfe sie und speichere.',
  ),
  weekdays: five(
    'Lunedì Martedì Mercoledì Giovedì Venerdì Sabato Domenica',
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    'Lunes Martes Miércoles Jueves Viernes Sábado Domingo',
    'Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche',
    'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag',
  ),
  countries: {
    IT: five('Italia', 'Italy', 'Italia', 'Italie', 'Italien'),
    US: five('Stati Uniti', 'United States', 'Estados Unidos', 'États-Unis', 'Vereinigte Staaten'),
    GB: five('Regno Unito', 'United Kingdom', 'Reino Unido', 'Royaume-Uni', 'Vereinigtes Königreich'),
    DE: five('Germania', 'Germany', 'Alemania', 'Allemagne', 'Deutschland'),
    FR: five('Francia', 'France', 'Francia', 'France', 'Frankreich'),
    ES: five('Spagna', 'Spain', 'España', 'Espagne', 'Spanien'),
    CH: five('Svizzera', 'Switzerland', 'Suiza', 'Suisse', 'Schweiz'),
    AT: five('Austria', 'Austria', 'Austria', 'Autriche', 'Österreich'),
    BE: five('Belgio', 'Belgium', 'Bélgica', 'Belgique', 'Belgien'),
    NL: five('Paesi Bassi', 'Netherlands', 'Países Bajos', 'Pays-Bas', 'Niederlande'),
    IE: five('Irlanda', 'Ireland', 'Irlanda', 'Irlande', 'Irland'),
    PT: five('Portogallo', 'Portugal', 'Portugal', 'Portugal', 'Portugal'),
    CA: five('Canada', 'Canada', 'Canadá', 'Canada', 'Kanada'),
    AU: five('Australia', 'Australia', 'Australia', 'Australie', 'Australien'),
    SE: five('Svezia', 'Sweden', 'Suecia', 'Suède', 'Schweden'),
    DK: five('Danimarca', 'Denmark', 'Dinamarca', 'Danemark', 'Dänemark'),
    NO: five('Norvegia', 'Norway', 'Noruega', 'Norvège', 'Norwegen'),
    FI: five('Finlandia', 'Finland', 'Finlandia', 'Finlande', 'Finnland'),
    PL: five('Polonia', 'Poland', 'Polonia', 'Pologne', 'Polen'),
    GR: five('Grecia', 'Greece', 'Grecia', 'Grèce', 'Griechenland'),
    BR: five('Brasile', 'Brazil', 'Brasil', 'Brésil', 'Brasilien'),
    MX: five('Messico', 'Mexico', 'México', 'Mexique', 'Mexiko'),
    IN: five('India', 'India', 'India', 'Inde', 'Indien'),
    JP: five('Giappone', 'Japan', 'Japón', 'Japon', 'Japan'),
    NZ: five('Nuova Zelanda', 'New Zealand', 'Nueva Zelanda', 'Nouvelle-Zélande', 'Neuseeland'),
  } as Readonly<Record<string, readonly [string, string, string, string, string]>>,
});
