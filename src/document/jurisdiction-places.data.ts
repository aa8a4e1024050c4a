/**
 * Places a job post may name that lie where a pay-transparency law applies (../shared/JOB-POST-RULES.md):
 * each US state and city, Canadian province and EU member state with its usual spellings, largest
 * cities and postal abbreviations. A place named suggests the jurisdiction; it never decides it, as
 * a post may name an office the job is not in. Countries whose dollar is not the US dollar are here
 * too, so a bare `$` in their posts reads as their currency.
 */

export interface PlaceGroup {
  /** The jurisdictions whose law a place here suggests (ids of the pay-transparency rule). */
  jurisdictions: readonly string[];
  /** Names as written, matched as whole words (case-sensitive: `Nice` the city is not `nice`). */
  names: readonly string[];
  /** Postal abbreviations, matched only after a comma (`Denver, CO`). */
  abbreviations?: readonly string[];
  /** The currency a bare `$` means in a post naming this place. */
  dollar?: string;
}

export const placeGroups: readonly PlaceGroup[] = [
  { jurisdictions: ['us-nyc', 'us-ny'], names: ['New York City', 'NYC', 'New York, NY', 'Manhattan', 'Brooklyn', 'Queens', 'the Bronx', 'Staten Island'] },
  { jurisdictions: ['us-ny'], names: ['New York State', 'New York', 'Albany', 'Buffalo', 'Rochester, NY', 'Syracuse', 'Westchester', 'Long Island', 'Ithaca'], abbreviations: ['NY'] },
  { jurisdictions: ['us-co'], names: ['Colorado', 'Denver', 'Boulder', 'Colorado Springs', 'Aurora, CO', 'Fort Collins'], abbreviations: ['CO'] },
  { jurisdictions: ['us-ca'], names: ['California', 'San Francisco', 'Bay Area', 'Los Angeles', 'San Diego', 'San Jose', 'Oakland', 'Sacramento', 'Palo Alto', 'Mountain View', 'Sunnyvale', 'Menlo Park', 'Berkeley', 'Irvine', 'Santa Clara', 'Cupertino'], abbreviations: ['CA'] },
  { jurisdictions: ['us-wa'], names: ['Washington State', 'Seattle', 'Bellevue', 'Redmond', 'Tacoma', 'Spokane', 'Kirkland', 'Olympia'], abbreviations: ['WA'] },
  { jurisdictions: ['us-il'], names: ['Illinois', 'Chicago', 'Springfield, IL', 'Evanston', 'Naperville'], abbreviations: ['IL'] },
  { jurisdictions: ['us-md'], names: ['Maryland', 'Baltimore', 'Bethesda', 'Rockville', 'Annapolis', 'Silver Spring', 'Columbia, MD'], abbreviations: ['MD'] },
  { jurisdictions: ['us-ma'], names: ['Massachusetts', 'Boston', 'Cambridge, MA', 'Somerville', 'Worcester'], abbreviations: ['MA'] },
  { jurisdictions: ['us-mn'], names: ['Minnesota', 'Minneapolis', 'St. Paul', 'Saint Paul', 'Twin Cities', 'Rochester, MN'], abbreviations: ['MN'] },
  { jurisdictions: ['us-vt'], names: ['Vermont', 'Burlington, VT', 'Montpelier'], abbreviations: ['VT'] },
  { jurisdictions: ['us-hi'], names: ['Hawaii', 'Hawaiʻi', 'Honolulu', 'Hilo', 'Maui', 'Oahu'], abbreviations: ['HI'] },
  { jurisdictions: ['us-nj'], names: ['New Jersey', 'Newark', 'Jersey City', 'Hoboken', 'Princeton', 'Trenton'], abbreviations: ['NJ'] },
  { jurisdictions: ['ca-on'], names: ['Ontario', 'Toronto', 'Ottawa', 'Waterloo', 'Kitchener', 'Hamilton, ON', 'Mississauga', 'London, ON'], abbreviations: ['ON'], dollar: 'CAD' },
  { jurisdictions: ['ca-bc'], names: ['British Columbia', 'Colombie-Britannique', 'Vancouver', 'Victoria, BC', 'Burnaby', 'Surrey, BC'], abbreviations: ['BC'], dollar: 'CAD' },
  { jurisdictions: [], names: ['Canada', 'Montreal', 'Montréal', 'Québec', 'Quebec', 'Calgary', 'Edmonton', 'Winnipeg', 'Halifax'], dollar: 'CAD' },
  { jurisdictions: [], names: ['Australia', 'Sydney', 'Melbourne', 'Brisbane', 'Perth'], dollar: 'AUD' },
  { jurisdictions: [], names: ['New Zealand', 'Auckland', 'Wellington'], dollar: 'NZD' },
  {
    jurisdictions: ['eu'],
    names: [
      // Member states, in English, German, French and Spanish where they differ.
      'European Union', 'Austria', 'Österreich', 'Autriche', 'Belgium', 'Belgien', 'Belgique', 'Bélgica', 'Bulgaria', 'Bulgarien', 'Bulgarie',
      'Croatia', 'Kroatien', 'Croatie', 'Croacia', 'Cyprus', 'Zypern', 'Chypre', 'Chipre', 'Czech Republic', 'Czechia', 'Tschechien',
      'République tchèque', 'Chequia', 'Denmark', 'Dänemark', 'Danemark', 'Dinamarca', 'Estonia', 'Estland', 'Estonie', 'Finland', 'Finnland',
      'Finlande', 'Finlandia', 'France', 'Frankreich', 'Francia', 'Germany', 'Deutschland', 'Allemagne', 'Alemania', 'Greece', 'Griechenland',
      'Grèce', 'Grecia', 'Hungary', 'Ungarn', 'Hongrie', 'Hungría', 'Ireland', 'Irland', 'Irlande', 'Irlanda', 'Italy', 'Italien', 'Italie',
      'Italia', 'Latvia', 'Lettland', 'Lettonie', 'Letonia', 'Lithuania', 'Litauen', 'Lituanie', 'Lituania', 'Luxembourg', 'Luxemburg',
      'Luxemburgo', 'Malta', 'Malte', 'Netherlands', 'Niederlande', 'Pays-Bas', 'Países Bajos', 'Poland', 'Polen', 'Pologne', 'Polonia',
      'Portugal', 'Romania', 'Rumänien', 'Roumanie', 'Rumanía', 'Slovakia', 'Slowakei', 'Slovaquie', 'Eslovaquia', 'Slovenia', 'Slowenien',
      'Slovénie', 'Eslovenia', 'Spain', 'Spanien', 'Espagne', 'España', 'Sweden', 'Schweden', 'Suède', 'Suecia',
      // Their largest cities and tech hubs.
      'Berlin', 'Munich', 'München', 'Hamburg', 'Frankfurt', 'Köln', 'Cologne', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dresden', 'Münster',
      'Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Seville', 'Bilbao',
      'Málaga', 'Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'The Hague', 'Dublin', 'Cork', 'Lisbon', 'Lisboa', 'Porto', 'Rome', 'Roma',
      'Milan', 'Milano', 'Turin', 'Torino', 'Vienna', 'Wien', 'Brussels', 'Brüssel', 'Bruxelles', 'Antwerp', 'Warsaw', 'Warszawa', 'Kraków',
      'Krakow', 'Wrocław', 'Prague', 'Praha', 'Prag', 'Budapest', 'Bucharest', 'Bukarest', 'Sofia', 'Athens', 'Athen', 'Stockholm',
      'Gothenburg', 'Copenhagen', 'Kopenhagen', 'Helsinki', 'Tallinn', 'Riga', 'Vilnius', 'Zagreb', 'Ljubljana', 'Bratislava', 'Valletta',
      'Nicosia',
    ],
  },
];
