"""More organisations of general knowledge that news text names without a head noun.

A second curated list beside ``known_orgs`` (same line format: ``Full name | acronym | other
names``), written by hand from general knowledge, not from any data set: large German and
international companies and brands, newspapers, magazines and broadcasters, sports clubs and
federations, parties of Germany, Austria and Switzerland and of German history, security services
and armed forces, international bodies, research institutions and universities known by name.

``GUARDED`` names are also common German words (``Spiegel``, ``Stern``, ``Allianz``, ``Welt``):
they count only inside quotation marks (``dem „Spiegel“``) or right after a word that says what
they are (``Nachrichtenmagazin Spiegel``, ``Versicherer Allianz``). Their article is not looked
for (``Die Zeit`` is found as ``Zeit``), so that a frequent ``Die`` costs no lookup.
"""

from __future__ import annotations

NAMES = """
Hewlett-Packard | HP |
Dell | |
Advanced Micro Devices | AMD |
Qualcomm | |
Oracle | |
Cisco | |
Adobe | |
Salesforce | |
Sony | |
Panasonic | |
Nokia | |
Ericsson | |
Philips | |
Lenovo | |
Xiaomi | |
Alibaba | |
Tencent | |
Baidu | |
ByteDance | |
eBay | |
PayPal | |
Yahoo | | Yahoo!
LinkedIn | |
Alphabet | |
Meta Platforms | |
Nintendo | |
Continental | | Continental AG
Henkel | |
Wacker Chemie | |
Salzgitter AG | |
Hochtief | |
Bilfinger | | Bilfinger Berger
Knorr-Bremse | |
MAN | |
Metro AG | | Metro-Konzern
Ceconomy | |
MediaMarkt | | Media Markt
Tchibo | |
Haribo | |
Miele | |
Würth | |
Stihl | |
Freudenberg | |
Hugo Boss | |
Nike | |
Bosch Siemens Hausgeräte | BSH |
Deutsche Wohnen | |
HUK-Coburg | |
Debeka | |
Generali | |
AXA | |
ERGO | |
Talanx | |
Swiss Re | |
Zurich Insurance | | Zurich-Versicherung
UBS | |
Credit Suisse | |
HSBC | |
Barclays | |
BNP Paribas | |
Goldman Sachs | |
JPMorgan Chase | | JPMorgan, JP Morgan
Morgan Stanley | |
Citigroup | | Citibank
Bank of America | |
UniCredit | |
HypoVereinsbank | HVB |
Santander | |
Deutsche Kreditbank | DKB |
Sparda-Bank | |
Boeing | |
European Aeronautic Defence and Space Company | EADS |
Renault | |
Peugeot | |
Fiat | |
Volvo | |
Nissan | |
Honda | |
Hyundai | |
Kia | |
Mazda | |
Suzuki | |
Chrysler | |
General Motors | GM |
Škoda | | Skoda, ŠKODA, SKODA
SEAT | |
Audi | | AUDI
Ferrari | |
Lamborghini | |
Ducati | |
Harley-Davidson | |
Air France | |
KLM | |
British Airways | |
easyJet | |
Condor | |
Air Berlin | |
Emirates | |
Sanofi | |
GlaxoSmithKline | GSK |
Johnson & Johnson | |
Novo Nordisk | |
Stada | |
Ratiopharm | | ratiopharm
CureVac | |
ExxonMobil | | Exxon
BP | |
TotalEnergies | |
Chevron | |
Equinor | |
Eni | |
Rosneft | |
Lukoil | |
Saudi Aramco | | Aramco
Wintershall | |
Walt Disney Company | | Disney
Warner Bros. | |
Universal Music | |
Sony Music | |
ProSiebenSat.1 | | ProSiebenSat.1 Media, Pro Sieben
Sky Deutschland | | Sky
Hubert Burda Media | | Burda
Gruner + Jahr | |
Walmart | |
Carrefour | |
Deutsche Börse | |
Frankfurter Wertpapierbörse | | Xetra, XETRA
New York Stock Exchange | NYSE |
Nasdaq | |
Der Spiegel | | Spiegel Online
Süddeutsche Zeitung | SZ |
Frankfurter Rundschau | |
taz | |
Financial Times | FT |
Financial Times Deutschland | FTD |
Wall Street Journal | WSJ |
New York Times | |
Washington Post | |
Le Monde | |
Bild am Sonntag | |
Welt am Sonntag | |
Frankfurter Allgemeine Sonntagszeitung | FAS |
Berliner Zeitung | |
Berliner Morgenpost | |
Hamburger Abendblatt | |
Kölner Stadt-Anzeiger | |
Rheinische Post | |
Westdeutsche Allgemeine Zeitung | WAZ |
Stuttgarter Zeitung | |
Münchner Merkur | |
Neue Osnabrücker Zeitung | NOZ |
Leipziger Volkszeitung | |
Sächsische Zeitung | |
Mitteldeutsche Zeitung | |
RedaktionsNetzwerk Deutschland | RND |
Zeit Online | | ZEIT Online, ZEIT-Online
heise online | | heise
t-online | |
Arte | | ARTE, arte
KiKA | |
ZDFneo | |
N24 | |
VOX | |
kabel eins | |
RTL II | | RTL2
Cable News Network | CNN |
Al Jazeera | |
dpa-AFX | |
Sport-Informations-Dienst | SID |
Thomson Reuters | |
Hessischer Rundfunk | hr |
Bayerischer Rundfunk | BR |
Fédération Internationale de Football Association | FIFA |
Union of European Football Associations | UEFA |
Deutsche Eishockey Liga | DEL |
Deutscher Handballbund | DHB |
Deutscher Leichtathletik-Verband | DLV |
Deutscher Skiverband | DSV |
Nationale Anti Doping Agentur | NADA |
Welt-Anti-Doping-Agentur | WADA |
National Basketball Association | NBA |
National Hockey League | NHL |
National Football League | NFL |
FC Bayern München | | Bayern München, FC Bayern
Borussia Dortmund | BVB |
Borussia Mönchengladbach | |
FC Schalke 04 | | Schalke 04, Schalke
SV Werder Bremen | | Werder Bremen, Werder
Hamburger SV | HSV |
VfB Stuttgart | |
Eintracht Frankfurt | |
Bayer 04 Leverkusen | | Bayer Leverkusen
VfL Wolfsburg | |
Hertha BSC | | Hertha
Union Berlin | |
RB Leipzig | |
SC Freiburg | |
TSG 1899 Hoffenheim | | TSG Hoffenheim
Mainz 05 | |
FC Augsburg | |
VfL Bochum | |
Hannover 96 | |
Fortuna Düsseldorf | |
Arminia Bielefeld | |
FC St. Pauli | |
Karlsruher SC | |
Dynamo Dresden | |
FC Hansa Rostock | | Hansa Rostock
MSV Duisburg | |
FC Energie Cottbus | | Energie Cottbus
SV Darmstadt 98 | | Darmstadt 98
Holstein Kiel | |
Eintracht Braunschweig | |
SpVgg Greuther Fürth | | Greuther Fürth
Alemannia Aachen | |
Rot-Weiss Essen | |
Kickers Offenbach | |
TSV 1860 München | |
Real Madrid | |
FC Barcelona | |
Atlético Madrid | |
Manchester United | | ManU
Manchester City | |
FC Liverpool | |
FC Chelsea | | Chelsea
FC Arsenal | |
Tottenham Hotspur | |
Juventus Turin | | Juventus
AC Mailand | | AC Milan
Inter Mailand | |
AS Rom | |
SSC Neapel | |
Paris Saint-Germain | PSG |
Ajax Amsterdam | |
PSV Eindhoven | |
Benfica Lissabon | |
FC Porto | |
Celtic Glasgow | |
Galatasaray Istanbul | | Galatasaray
Fenerbahçe Istanbul | | Fenerbahçe
FC Red Bull Salzburg | | Red Bull Salzburg
SK Rapid Wien | | Rapid Wien
FK Austria Wien | | Austria Wien
FC Basel | |
THW Kiel | |
SG Flensburg-Handewitt | |
Füchse Berlin | |
Rhein-Neckar Löwen | |
Alba Berlin | | ALBA Berlin
Eisbären Berlin | |
Kölner Haie | |
Adler Mannheim | |
Partei des Demokratischen Sozialismus | PDS |
Wahlalternative Arbeit und soziale Gerechtigkeit | WASG |
Piratenpartei Deutschland | | Piratenpartei
Freie Wähler | |
Sozialdemokratische Partei Österreichs | SPÖ |
Österreichische Volkspartei | ÖVP |
Freiheitliche Partei Österreichs | FPÖ |
Schweizerische Volkspartei | SVP |
Labour Party | | Labour
Nationalsozialistische Deutsche Arbeiterpartei | NSDAP |
Hitlerjugend | HJ |
Wehrmacht | |
Sozialistische Einheitspartei Deutschlands | SED |
Kommunistische Partei Deutschlands | KPD |
Freie Deutsche Jugend | FDJ |
Ministerium für Staatssicherheit | MfS | Stasi
Nationale Volksarmee | NVA |
Bundesgrenzschutz | BGS |
Rote Armee Fraktion | | RAF
Federal Bureau of Investigation | FBI |
Central Intelligence Agency | CIA |
National Security Agency | NSA |
National Aeronautics and Space Administration | NASA | Nasa
US Navy | | U.S. Navy, Navy
Royal Navy | |
Rote Armee | |
Interpol | |
Organisation erdölexportierender Länder | OPEC | Opec
Verband Südostasiatischer Nationen | ASEAN |
Arabische Liga | |
Mercosur | |
UN-Sicherheitsrat | | Weltsicherheitsrat, Sicherheitsrat der Vereinten Nationen
Ernährungs- und Landwirtschaftsorganisation der Vereinten Nationen | FAO |
Entwicklungsprogramm der Vereinten Nationen | UNDP |
Umweltprogramm der Vereinten Nationen | UNEP |
Human Rights Watch | |
Reporter ohne Grenzen | |
Taliban | |
Hamas | |
Hisbollah | |
al-Qaida | | Al-Qaida, al-Qaeda
Arbeiterpartei Kurdistans | PKK |
Europäische Organisation für Kernforschung | CERN |
Massachusetts Institute of Technology | MIT |
Harvard University | | Harvard
Stanford University | | Stanford
Technische Universität Berlin | | TU Berlin
Technische Universität Dresden | | TU Dresden
Technische Universität Darmstadt | | TU Darmstadt
Deutsche Messe | |
"""

# names that are common German words too, with the words that may stand right before them
GUARDED = """
Der Spiegel | |
Stern | |
Focus | |
Bild | | Bild-Zeitung
Die Welt | |
Die Zeit | |
kicker | | Kicker
Phoenix | |
Das Erste | |
Allianz SE | | Allianz
Puma | | PUMA
Linde AG | | Linde
Trumpf | |
Deutsche Bahn | | Bahn
Der Standard | |
The Guardian | | Guardian
Vereinte Dienstleistungsgewerkschaft | | Verdi
Unabhängige Flugbegleiter Organisation | | UFO, Ufo
Swiss International Air Lines | | Swiss
"""

# words that say what a guarded name is: "Nachrichtenmagazin Spiegel", "Versicherer Allianz"
KINDS = (
    "magazin", "zeitung", "zeitschrift", "blatt", "sender", "versicherer", "versicherung",
    "konzern", "unternehmen", "wochenzeitung", "tageszeitung", "illustrierte", "fachmagazin",
    "gewerkschaft", "fluggesellschaft", "airline",
)  # fmt: skip
