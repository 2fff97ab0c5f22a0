"""A fourth curated list: organisations of sectors that the other three leave thin.

Written by hand from general knowledge, each group by a rule of its own rather than from any data
set: stock exchanges and central banks of the large markets; makers of computers, chips and games of
past and present that news and encyclopaedia text names by name alone; motorcycle makers and
motor-racing teams and engine builders; German retail, consumer and service companies known
nationwide; members of the MDAX and SDAX and the large hospital groups; parcel services; the
transport companies of the three largest German cities and the air-traffic control (appended in
session 20: the transport associations and companies of the large German cities and regions, the
regional railway operators and the railways of neighbouring countries; and the companies of the
Deutsche Bahn group, which news names as ``DB Regio``, ``DB Schenker``, and the S-Bahn of the large
cities and regions, ``S-Bahn München``); wire services, papers, magazines, broadcasters and online
media of Germany and the large countries not listed before, and other spellings of listed ones
(``Bafin``, ``EDEKA``, ``Al-Dschasira``, ``Mercedes``); campaigning NGOs; armed groups of the news;
the youth organisations of German parties. Same line format as ``known_orgs`` (``Full name | acronym
| other names``). Left out: names that are common German words, names of persons or villages
(``Hermes``, ``Otto``, ``Vorwerk``), acronyms with another frequent meaning (``AP``, ``IS``,
``LSE``, ``SR``, ``FR``), and leagues and tournaments (``Bundesliga``, ``Champions League``), which
are competitions, not bodies.
"""

from __future__ import annotations

SECTORS = """
Wiener Börse | |
London Stock Exchange | | Londoner Börse
SIX Swiss Exchange | |
Euronext | |
Tokyo Stock Exchange | |
Börse Stuttgart | |
Nasdaq | | NASDAQ
Wall Street | |
Federal Reserve | Fed | US-Notenbank, Federal Reserve System
Bank of England | |
Bank of Japan | |
Schweizerische Nationalbank | SNB |
Oesterreichische Nationalbank | OeNB | Österreichische Nationalbank
Atari | |
Commodore | |
Sun Microsystems | |
Silicon Graphics | SGI |
Western Digital | |
Seagate | |
Compaq | |
Acer | |
Asus | |
Logitech | |
Diebold Nixdorf | | Wincor Nixdorf, Diebold
Electronic Arts | |
Ubisoft | |
Activision Blizzard | | Activision
Lucasfilm | |
LucasArts | |
Novell | |
Red Hat | |
Mozilla | | Mozilla Foundation
Wikimedia Foundation | | Wikimedia
Gigaset | |
Aprilia | |
KTM | |
Cosworth | |
McLaren | |
Red Bull Racing | |
Wirecard | |
Tengelmann | |
Karstadt | |
Galeria Kaufhof | | Kaufhof
Fielmann | |
Hornbach | |
Dr. Oetker | |
Bahlsen | |
Ströer | |
Sixt | |
Motel One | |
Fraport | |
Edeka | | EDEKA
Rewe | | REWE
easyJet | | Easyjet
Berliner Verkehrsbetriebe | BVG |
Münchner Verkehrsgesellschaft | MVG |
Hamburger Hochbahn | |
Deutsche Flugsicherung | DFS |
Bundesanstalt für Finanzdienstleistungsaufsicht | BaFin | Bafin
Al Jazeera | | Al-Dschasira
Golem.de | |
heise online | | Heise, heise online
UNICEF | | Unicef
Attac | |
Chaos Computer Club | CCC |
foodwatch | | Foodwatch
Nusra-Front | | al-Nusra-Front, Al-Nusra-Front
Boko Haram | |
al-Shabaab | | Al-Shabaab, Al-Schabab
Junge Union | JU |
Jusos | |
Grüne Jugend | |
Junge Liberale | JuLis |
Bombardier | |
Imtech | |
ZF Friedrichshafen | | ZF
Halliburton | |
AXA | | Axa
Mercedes-Benz | | Mercedes
K+S | |
Getty Images | |
Dialog Semiconductor | |
Anheuser-Busch InBev | AB InBev | Anheuser-Busch
New York Post | |
thyssenkrupp | | Thyssenkrupp
Heidelberger Druckmaschinen | |
HeidelbergCement | | Heidelberg Materials
Carl Zeiss | | Zeiss
Osram | |
Kion | |
Aurubis | |
Hensoldt | |
Krauss-Maffei Wegmann | KMW |
Nexter | |
Mahle | |
Webasto | |
Drägerwerk | | Dräger
Gerresheimer | |
Helios Kliniken | |
Rhön-Klinikum | |
Asklepios Kliniken | | Asklepios
Sana Kliniken | |
Ameos | |
Vivantes | |
Kaiser's Tengelmann | | Kaiser’s Tengelmann
Hugendubel | |
Check24 | |
FedEx | |
DPD | |
Nordkurier | |
Schweriner Volkszeitung | |
Rhein-Zeitung | |
Trierischer Volksfreund | |
Mannheimer Morgen | |
Südkurier | | SÜDKURIER
Schwäbische Zeitung | |
Heilbronner Stimme | |
Passauer Neue Presse | |
Mittelbayerische Zeitung | |
Nordwest-Zeitung | |
Ostfriesen-Zeitung | |
Lausitzer Rundschau | |
Neues Deutschland | |
Junge Welt | | junge Welt
Jüdische Allgemeine | |
B.Z. | |
Superillu | | SUPERillu
Spektrum der Wissenschaft | |
c't | |
Computer Bild | | Computerbild
Sport Bild | |
3sat | |
DAZN | |
1Live | |
Antenne Bayern | |
Radio FFH | FFH |
BR24 | |
rbb24 | |
Basler Zeitung | |
El Mundo | |
The Sun | |
The Independent | |
Los Angeles Times | |
USA Today | |
Newsweek | |
RIA Nowosti | | Ria Nowosti
ANSA | | Ansa
MSNBC | |
ITV | |
Channel 4 | |
RAI | | Rai
TF1 | |
France 24 | |
Al Arabiya | |
Haaretz | |
Jerusalem Post | |
Hürriyet | |
Gazeta Wyborcza | |
Rzeczpospolita | |
Politico | |
BuzzFeed | | Buzzfeed
Huffington Post | | HuffPost
GMX | |
Netzpolitik.org | | netzpolitik.org
Correctiv | | CORRECTIV
Krautreporter | |
Übermedien | |
DB Regio | |
DB Netz | |
DB InfraGO | |
DB Fernverkehr | |
DB Cargo | | DB Schenker Rail
DB Schenker | |
DB Station&Service | | DB Station & Service
DB Energie | |
DB Systel | |
DB Sicherheit | |
DB Vertrieb | |
DB Engineering & Consulting | |
DB International | |
DB Projektbau | |
Der Spiegel | | SPIEGEL ONLINE, SPIEGEL Online
Focus Online | | FOCUS Online, FOCUS ONLINE
S-Bahn Berlin | |
S-Bahn Hamburg | |
S-Bahn München | |
S-Bahn Stuttgart | |
S-Bahn Rhein-Main | |
S-Bahn Rhein-Ruhr | |
S-Bahn Mitteldeutschland | |
S-Bahn Köln | |
S-Bahn Hannover | |
S-Bahn Nürnberg | |
S-Bahn Dresden | |
vlexx | |
MittelrheinBahn | | Mittelrheinbahn
Eurobahn | |
National Express | |
Abellio | |
Arriva | |
Transdev | |
Keolis | |
FlixTrain | | Flixtrain
erixx | |
NordWestBahn | | Nordwestbahn
Westfalenbahn | |
Hessische Landesbahn | HLB |
Bayerische Oberlandbahn | |
Die Länderbahn | | Länderbahn
Ostdeutsche Eisenbahn | ODEG |
Rhein-Main-Verkehrsverbund | RMV |
Verkehrsverbund Rhein-Ruhr | VRR |
Verkehrsverbund Berlin-Brandenburg | VBB |
Münchner Verkehrs- und Tarifverbund | |
Hamburger Verkehrsverbund | HVV | hvv
Verkehrsverbund Rhein-Sieg | VRS |
Verkehrs- und Tarifverbund Stuttgart | VVS |
Verkehrsverbund Rhein-Neckar | VRN |
Verkehrsverbund Großraum Nürnberg | VGN |
Nordhessischer Verkehrsverbund | NVV |
Karlsruher Verkehrsverbund | KVV |
Rhein-Neckar-Verkehr | RNV | rnv
Leipziger Verkehrsbetriebe | LVB |
Rheinbahn | |
Üstra | | ÜSTRA
Stuttgarter Straßenbahnen | |
Schweizerische Bundesbahnen | SBB |
Société nationale des chemins de fer français | SNCF |
Trenitalia | |
Renfe | |
Thalys | |
"""
