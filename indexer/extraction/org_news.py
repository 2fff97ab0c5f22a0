"""A third curated list: organisations that news and encyclopaedia text names by name alone.

Written by hand from general knowledge, each group by a rule of its own rather than from any data
set: the members of the large share indices (DAX 40, EURO STOXX 50, Dow Jones 30) and the
largest companies of Japan, Korea, China and the US not listed before; airlines and carmakers of
Europe, Asia and America; wire services, broadcasters and papers of Germany, Austria,
Switzerland and the large countries; the parties of Germany's history and of its neighbours,
the UK, the US, France, Italy, Spain, Greece, Turkey, Israel and Russia; football's national
associations; German rock and pop bands whose names are no German word; international bodies
and alliances of the 20th century that are gone (``Völkerbund``, ``Warschauer Pakt``). Appended
in session 20: bodies that news of 2008–2020 names without a cue (``Pegida``, ``Islamischer
Staat``, ``YPG``, ``NSU``, ``Camorra``), companies of those years' business news and of the
financial crisis not listed before (``Lehman Brothers``, ``Hypo Real Estate``), the members of
Austria's ATX and Switzerland's SMI not listed before, and Austria's federal bodies, courts,
parties, social partners, broadcasters and Bundesliga clubs that Austrian news names by name or
acronym. Same line format as ``known_orgs`` (``Full name | acronym | other names``); names that
are common words are left out or put into ``org_names.GUARDED``.
"""

from __future__ import annotations

NEWS = """
Brenntag | |
Daimler Truck | |
Fresenius Medical Care | FMC |
MTU Aero Engines | | MTU
Qiagen | | QIAGEN
Sartorius | |
Symrise | |
Porsche SE | |
Zalando SE | |
Deutsche Lufthansa AG | |
Hapag-Lloyd AG | |
ASML | |
Anheuser-Busch InBev | AB InBev |
Air Liquide | |
Banco Bilbao Vizcaya Argentaria | BBVA |
Danone | |
Enel | |
EssilorLuxottica | |
Hermès | |
Iberdrola | |
Inditex | |
Intesa Sanpaolo | |
Kering | |
L’Oréal | | L'Oréal, L'Oreal
LVMH | |
Pernod Ricard | |
Prosus | |
Schneider Electric | |
Amgen | |
American Express | | AmEx
Caterpillar | |
Home Depot | |
Honeywell | |
The Coca-Cola Company | | Coca-Cola
McDonald’s | | McDonald's, McDonalds
Procter & Gamble | |
UnitedHealth | |
Verizon | |
Walgreens | |
Exxon Mobil | |
General Electric | |
Ford Motor Company | | Ford Motor
Hewlett Packard Enterprise | HPE |
Texas Instruments | |
Broadcom | |
Micron | |
Motorola | |
SpaceX | |
Airbnb | |
Snapchat | |
Starbucks | |
Pepsico | | PepsiCo
Mitsubishi | |
Mitsui | |
Sumitomo | |
Hitachi | |
Toshiba | |
Fujitsu | |
Canon | |
Nikon | |
SoftBank | |
Bridgestone | |
Subaru | |
Yamaha | |
Kawasaki | |
Sega | |
LG Electronics | |
SK Hynix | |
ZTE | |
BYD | |
Geely | |
Sinopec | |
PetroChina | |
China Mobile | |
Industrial and Commercial Bank of China | ICBC |
Foxconn | |
Tata | | Tata Group
Gazprom Neft | |
Aeroflot | |
Air France-KLM | |
Austrian Airlines | AUA |
Swiss International Air Lines | | Swiss Air Lines
Scandinavian Airlines | SAS |
Alitalia | |
Turkish Airlines | |
Qatar Airways | |
Etihad | | Etihad Airways
United Airlines | |
American Airlines | |
Delta Air Lines | | Delta Airlines
Germanwings | |
TUIfly | |
Citroën | | Citroen
Dacia | |
Jaguar Land Rover | | Land Rover
Rolls-Royce | |
Bentley | |
Aston Martin | |
Maserati | |
Alfa Romeo | |
Lada | |
Deutscher Depeschendienst | ddp |
Austria Presse Agentur | APA |
Agenzia Nazionale Stampa Associata | ANSA |
Agencia EFE | EFE |
Xinhua | |
TASS | | ITAR-TASS, Itar-Tass
Interfax | |
Kyodo | |
Yonhap | |
Russia Today | |
Cable News Network International | | CNN International
Fox News | |
National Broadcasting Company | NBC |
Columbia Broadcasting System | CBS |
Home Box Office | HBO |
MTV | |
CNBC | |
Euronews | |
Kronen Zeitung | |
Kleine Zeitung | |
Salzburger Nachrichten | |
Tages-Anzeiger | |
Le Figaro | |
Libération | |
The Times | |
Daily Mail | |
Daily Telegraph | | The Telegraph
The Economist | | Economist
Corriere della Sera | |
La Repubblica | |
El País | |
Prawda | |
Wirtschaftswoche | | WirtschaftsWoche
Manager Magazin | |
Hannoversche Allgemeine Zeitung | HAZ |
Stuttgarter Nachrichten | |
Badische Zeitung | |
Nürnberger Nachrichten | |
Augsburger Allgemeine | |
Freie Presse | |
Thüringer Allgemeine | |
Ostsee-Zeitung | |
Märkische Allgemeine | |
Hamburger Morgenpost | | Mopo
Weser-Kurier | |
Neue Westfälische | |
Deutsche Kommunistische Partei | DKP |
Marxistisch-Leninistische Partei Deutschlands | MLPD |
Deutsche Volksunion | DVU |
Südschleswigscher Wählerverband | SSW |
Bayernpartei | |
Tierschutzpartei | |
Volt Deutschland | |
Deutsche Zentrumspartei | | Zentrumspartei
Deutschnationale Volkspartei | DNVP |
Deutsche Demokratische Partei | DDP |
Deutsche Volkspartei | DVP |
Unabhängige Sozialdemokratische Partei Deutschlands | USPD |
Liberal-Demokratische Partei Deutschlands | LDPD |
NEOS | |
Team Stronach | |
Bündnis Zukunft Österreich | BZÖ |
Sozialdemokratische Partei der Schweiz | |
FDP.Die Liberalen | |
Christlichdemokratische Volkspartei | CVP |
Conservative Party | | Tories, Konservative Partei
Liberal Democrats | |
Scottish National Party | SNP |
UK Independence Party | UKIP |
Demokratische Partei | |
Republikanische Partei | |
Parti Socialiste | |
Front National | |
Rassemblement National | |
Les Républicains | |
La République en Marche | | En Marche
Forza Italia | |
Lega Nord | |
Movimento 5 Stelle | | Fünf-Sterne-Bewegung
Partito Democratico | |
Partido Socialista Obrero Español | PSOE |
Partido Popular | |
Podemos | |
Syriza | | SYRIZA
Nea Dimokratia | |
Partij voor de Vrijheid | PVV |
Prawo i Sprawiedliwość | PiS |
Fidesz | |
Adalet ve Kalkınma Partisi | AKP |
Cumhuriyet Halk Partisi | CHP |
Halkların Demokratik Partisi | HDP |
Likud | |
Einiges Russland | |
African National Congress | ANC |
Kommunistische Partei Chinas | KPCh |
Kommunistische Partei der Sowjetunion | KPdSU |
Österreichischer Fußball-Bund | ÖFB |
Schweizerischer Fußballverband | SFV |
Football Association | | The FA
Real Federación Española de Fútbol | RFEF |
Fédération Française de Football | |
Federazione Italiana Giuoco Calcio | FIGC |
Koninklijke Nederlandse Voetbalbond | KNVB |
Die Toten Hosen | | Toten Hosen
Rammstein | |
Scorpions | |
Tokio Hotel | |
Die Fantastischen Vier | | Fantastischen Vier, Fanta 4
Tocotronic | |
Einstürzende Neubauten | |
Modern Talking | |
Silbermond | |
Revolverheld | |
Beatsteaks | |
Sportfreunde Stiller | |
Puhdys | |
The Beatles | | Beatles
The Rolling Stones | | Rolling Stones
Pink Floyd | |
Led Zeppelin | |
Metallica | |
Depeche Mode | |
Coldplay | |
Radiohead | |
Völkerbund | |
Kommunistische Internationale | | Komintern
Warschauer Pakt | | Warschauer Pakts, Warschauer Paktes
Rat für gegenseitige Wirtschaftshilfe | RGW |
Pegida | |
Islamischer Staat | |
Muslimbruderschaft | |
Volksverteidigungseinheiten | YPG |
Alstom | |
Monsanto | |
Société Générale | | Societe Generale
Norddeutsche Landesbank | Nord/LB | NordLB, Nord LB
Daihatsu | |
SABMiller | |
Dow Chemical | |
Akamai | |
Creditreform | |
Dassault Aviation | |
Traton | |
HelloFresh | | Hellofresh
Delivery Hero | |
Rocket Internet | |
Software AG | |
United Internet | |
Hannover Rück | | Hannover Re
Media-Saturn | | MediaMarktSaturn
Wizz Air | |
Dekra | | DEKRA
Steag | | STEAG
Andritz | |
Bawag | | BAWAG, Bawag PSK, BAWAG P.S.K.
Erste Group | |
Immofinanz | | IMMOFINANZ
OMV | |
Raiffeisen Bank International | |
Strabag | |
Uniqa | | UNIQA
Vienna Insurance Group | |
voestalpine | | Voestalpine
Wienerberger | |
Österreichische Post | |
AT&S | |
CA Immo | |
Agrana | |
Mayr-Melnhof | |
Schoeller-Bleckmann | |
Bank Austria | |
Casinos Austria | |
Novomatic | |
Hypo Alpe Adria | | Hypo Alpe-Adria
Heta Asset Resolution | | Heta
Österreichische Bundesbahnen | ÖBB |
Österreichischer Gewerkschaftsbund | ÖGB |
Wirtschaftskammer Österreich | WKO |
Industriellenvereinigung | |
Bundesheer | |
Österreichischer Verfassungsgerichtshof | VfGH |
Österreichischer Verwaltungsgerichtshof | VwGH |
Wirtschafts- und Korruptionsstaatsanwaltschaft | WKStA |
Bundesamt für Verfassungsschutz und Terrorismusbekämpfung | BVT |
Österreichische Finanzmarktaufsicht | FMA |
Liste Pilz | |
Puls 4 | |
ServusTV | | Servus TV
SK Sturm Graz | |
Linzer ASK | LASK |
SV Ried | |
Wolfsberger AC | WAC |
ABB | |
Lonza | |
Givaudan | |
Holcim | |
Richemont | |
Alcon | |
Geberit | |
Sonova | |
Kühne + Nagel | | Kühne+Nagel
SGS | |
Swiss Life | |
Partners Group | |
HTC | |
Kommunistische Partei Österreichs | KPÖ |
Revolutionäre Streitkräfte Kolumbiens | FARC | Farc
Camorra | |
WikiLeaks | | Wikileaks
EMI | | EMI Music
Nationalsozialistischer Untergrund | NSU |
Palästinensische Befreiungsorganisation | PLO |
HSH Nordbank | |
Lehman Brothers | |
American International Group | AIG |
DHL | |
IKB Deutsche Industriebank | IKB |
Hypo Real Estate | HRE |
WestLB | |
BayernLB | |
Landesbank Baden-Württemberg | LBBW |
Dresdner Bank | |
Merrill Lynch | |
Arcandor | |
Qimonda | |
Q-Cells | |
SolarWorld | | Solarworld
Conergy | |
Enercon | |
Nordex | |
Vestas | |
Warner Music Group | | Warner Music
Woolworth | |
Repsol | |
Maersk | | Mærsk
KGB | |
Mossad | |
Hells Angels | |
Scientology | | Scientology-Kirche
Zeugen Jehovas | |
Jobbik | |
Kadima | |
Schwedendemokraten | |
Vlaams Belang | |
University of Oxford | | Oxford University, Universität Oxford
Yale University | | Yale-Universität
Arsenal London | | FC Arsenal
"""
