// The country of an IANA time zone, for the countries whose holidays the add-on knows (holiday-calendars.ts).
import { holidayCalendarId } from './holiday-calendars';

/**
 * Zones of each supported country (tzdata's zone1970.tab and backward links, as Gmail reports them),
 * packed to keep the bundle small: "CC:Area/City,City2,Area2/City3" (a name without an area takes the
 * previous one's area; "=Name" is a zone without an area, such as "GB"). A function, so the bundle's
 * text table decodes it only when a zone is looked up, not at every load.
 */
const packed = (): string =>
  'IT:Europe/Rome;US:America/New_York,Chicago,Denver,Los_Angeles,Phoenix,Anchorage,Adak,' +
  'Boise,Detroit,Juneau,Sitka,Yakutat,Nome,Metlakatla,Menominee,Indiana/Indianapolis,' +
  'Indiana/Knox,Indiana/Marengo,Indiana/Petersburg,Indiana/Tell_City,Indiana/Vevay,' +
  'Indiana/Vincennes,Indiana/Winamac,Indianapolis,Kentucky/Louisville,Kentucky/Monticello,' +
  'Louisville,North_Dakota/Beulah,North_Dakota/Center,North_Dakota/New_Salem,' +
  'Pacific/Honolulu,US/Eastern,Central,Mountain,Pacific,Arizona,Alaska,Hawaii;' +
  'GB:Europe/London,Belfast,=GB;DE:Europe/Berlin,Busingen;FR:Europe/Paris;ES:Europe/Madrid,' +
  'Africa/Ceuta,Atlantic/Canary;CH:Europe/Zurich;AT:Europe/Vienna;BE:Europe/Brussels;' +
  'NL:Europe/Amsterdam;IE:Europe/Dublin,=Eire;PT:Europe/Lisbon,Atlantic/Madeira,Azores,' +
  '=Portugal;CA:America/Toronto,Montreal,Vancouver,Edmonton,Winnipeg,Regina,Halifax,St_Johns,' +
  'Moncton,Glace_Bay,Goose_Bay,Whitehorse,Dawson,Dawson_Creek,Fort_Nelson,Creston,' +
  'Cambridge_Bay,Inuvik,Iqaluit,Rankin_Inlet,Resolute,Swift_Current,Yellowknife,Nipigon,' +
  'Thunder_Bay,Rainy_River,Atikokan,Blanc-Sablon,Pangnirtung;AU:Australia/Sydney,Melbourne,' +
  'Brisbane,Perth,Adelaide,Hobart,Darwin,Canberra,Lindeman,Broken_Hill,Eucla,Lord_Howe,' +
  'Antarctica/Macquarie;SE:Europe/Stockholm;DK:Europe/Copenhagen;NO:Europe/Oslo;' +
  'FI:Europe/Helsinki;PL:Europe/Warsaw,=Poland;GR:Europe/Athens;BR:America/Sao_Paulo,Bahia,' +
  'Belem,Boa_Vista,Campo_Grande,Cuiaba,Eirunepe,Fortaleza,Maceio,Manaus,Noronha,Porto_Velho,' +
  'Recife,Rio_Branco,Santarem,Araguaina;MX:America/Mexico_City,Cancun,Merida,Monterrey,' +
  'Matamoros,Chihuahua,Ciudad_Juarez,Ojinaga,Mazatlan,Bahia_Banderas,Hermosillo,Tijuana;' +
  'IN:Asia/Kolkata,Calcutta;JP:Asia/Tokyo,=Japan;NZ:Pacific/Auckland,Chatham,=NZ';

function unpack(packed: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of packed.split(';')) {
    const [country, list = ''] = entry.split(':') as [string, string?];
    let area = '';
    for (const item of list.split(',')) {
      if (item.startsWith('=')) {
        out.set(item.slice(1), country);
        continue;
      }
      const slash = item.indexOf('/');
      const head = slash === -1 ? '' : item.slice(0, slash);
      if (AREAS.includes(head)) area = head;
      out.set(AREAS.includes(head) ? item : `${area}/${item}`, country);
    }
  }
  return out;
}

const AREAS = ['Europe', 'America', 'Pacific', 'Atlantic', 'Africa', 'Asia', 'Australia', 'Antarctica', 'US'];

let countryOfZone: Map<string, string> | null = null;

/** "Europe/Amsterdam" → "NL"; null for a zone of a country without a known holiday calendar (or UTC). */
export function countryOfTimeZone(timeZone: string): string | null {
  countryOfZone ??= unpack(packed());
  const country = countryOfZone.get(timeZone.trim()) ?? null;
  return country !== null && holidayCalendarId(country) !== null ? country : null;
}
