"""Frequent German organisations, the first part of the curated list of ``known_orgs``.

Written by hand for pressesuche from general knowledge (no data set was copied): federal bodies,
courts, parliaments, EU and UN bodies, wire services, broadcasters and newspapers, unions,
associations, churches, welfare associations and NGOs, science organisations and large companies.
Each line is ``Full name | acronym | other names`` (see ``known_orgs``).
"""

FREQUENT = """
Bundesregierung | |
Bundeskabinett | |
Deutscher Bundestag | | Bundestag
Bundesrat | |
Bundesverfassungsgericht | BVerfG |
Bundesgerichtshof | BGH |
Bundesverwaltungsgericht | BVerwG |
Bundessozialgericht | BSG |
Bundesarbeitsgericht | BAG |
Bundesfinanzhof | BFH |
Europäischer Gerichtshof | EuGH |
Bundeskanzleramt | |
Auswärtiges Amt | |
Bundespräsidialamt | |
Presse- und Informationsamt der Bundesregierung | BPA |
Bundeswehr | |
Bundespolizei | |
Bundeskriminalamt | BKA |
Bundesnachrichtendienst | BND |
Bundesamt für Verfassungsschutz | BfV |
Bundesamt für Sicherheit in der Informationstechnik | BSI |
Bundesamt für Migration und Flüchtlinge | BAMF |
Bundesamt für Strahlenschutz | BfS |
Bundesagentur für Arbeit | | Arbeitsagentur
Bundesanstalt für Finanzdienstleistungsaufsicht | BaFin |
Bundesnetzagentur | BNetzA |
Bundeskartellamt | |
Statistisches Bundesamt | Destatis |
Umweltbundesamt | UBA |
Robert Koch-Institut | RKI | Robert-Koch-Institut
Paul-Ehrlich-Institut | PEI |
Bundesinstitut für Risikobewertung | BfR |
Bundeszentrale für politische Bildung | bpb |
Bundesanstalt Technisches Hilfswerk | THW | Technisches Hilfswerk
Deutsche Bundesbank | | Bundesbank
Kreditanstalt für Wiederaufbau | KfW | KfW Bankengruppe
Deutsche Rentenversicherung | DRV |
Bundesministerium für Bildung und Forschung | BMBF |
Bundesministerium für Wirtschaft und Klimaschutz | BMWK |
Bundesministerium der Finanzen | BMF | Bundesfinanzministerium
Bundesministerium des Innern | BMI | Bundesinnenministerium
Bundesministerium der Justiz | BMJ | Bundesjustizministerium
Bundesministerium für Gesundheit | BMG | Bundesgesundheitsministerium
Bundesministerium für Arbeit und Soziales | BMAS | Bundesarbeitsministerium
Bundesministerium der Verteidigung | BMVg | Bundesverteidigungsministerium
Bundesministerium für Umwelt, Naturschutz und nukleare Sicherheit | BMU | Bundesumweltministerium
Bundesministerium für Familie, Senioren, Frauen und Jugend | BMFSFJ | Bundesfamilienministerium
Bundesministerium für Ernährung und Landwirtschaft | BMEL | Bundeslandwirtschaftsministerium
Bundesministerium für Verkehr und digitale Infrastruktur | BMVI | Bundesverkehrsministerium
Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung | BMZ | Entwicklungsministerium
Europäische Union | EU |
Europäische Kommission | | EU-Kommission
Europäisches Parlament | | EU-Parlament
Europäische Zentralbank | EZB |
Europäische Weltraumorganisation | ESA |
Vereinte Nationen | UN | UNO
Weltgesundheitsorganisation | WHO |
Internationaler Währungsfonds | IWF |
Organisation für wirtschaftliche Zusammenarbeit und Entwicklung | OECD |
NATO | | Nato
UNICEF | |
UNESCO | | Unesco
Deutsche Presse-Agentur | dpa |
Evangelischer Pressedienst | epd |
Katholische Nachrichten-Agentur | KNA |
Agence France-Presse | AFP |
Reuters | |
Arbeitsgemeinschaft der öffentlich-rechtlichen Rundfunkanstalten | ARD |
Zweites Deutsches Fernsehen | ZDF |
Westdeutscher Rundfunk | WDR |
Norddeutscher Rundfunk | NDR |
Südwestrundfunk | SWR |
Mitteldeutscher Rundfunk | MDR |
Hessischer Rundfunk | |
Bayerischer Rundfunk | |
Rundfunk Berlin-Brandenburg | RBB | rbb
Deutschlandfunk | |
Deutsche Welle | |
Deutscher Gewerkschaftsbund | DGB |
Vereinte Dienstleistungsgewerkschaft | | ver.di, Ver.di
IG Metall | |
IG Bergbau, Chemie, Energie | IG BCE |
Gewerkschaft Erziehung und Wissenschaft | GEW |
Gewerkschaft der Polizei | GdP |
Deutsche Polizeigewerkschaft | DPolG |
Marburger Bund | |
Bundesverband der Deutschen Industrie | BDI |
Bundesvereinigung der Deutschen Arbeitgeberverbände | BDA |
Deutscher Industrie- und Handelskammertag | DIHK |
Zentralverband des Deutschen Handwerks | ZDH |
Bitkom | |
Verband der Automobilindustrie | VDA |
Verband Deutscher Maschinen- und Anlagenbau | VDMA |
Deutscher Bauernverband | DBV |
Deutscher Städtetag | |
Deutscher Landkreistag | |
Deutscher Städte- und Gemeindebund | DStGB |
Verbraucherzentrale Bundesverband | vzbv |
Stiftung Warentest | |
Allgemeiner Deutscher Automobil-Club | ADAC |
Deutsches Rotes Kreuz | DRK |
Arbeiterwohlfahrt | AWO |
Caritas | |
Deutscher Caritasverband | |
Diakonie Deutschland | |
Der Paritätische Gesamtverband | | Paritätischer Wohlfahrtsverband
Malteser Hilfsdienst | |
Johanniter-Unfall-Hilfe | |
Arbeiter-Samariter-Bund | ASB |
Deutsche Lebens-Rettungs-Gesellschaft | DLRG |
Bund für Umwelt und Naturschutz Deutschland | BUND |
Naturschutzbund Deutschland | NABU |
World Wide Fund For Nature | WWF |
Greenpeace | |
Deutsche Umwelthilfe | DUH |
Amnesty International | |
Transparency International | |
Ärzte ohne Grenzen | |
Fridays for Future | |
Evangelische Kirche in Deutschland | EKD |
Deutsche Bischofskonferenz | DBK |
Zentralkomitee der deutschen Katholiken | ZdK |
Zentralrat der Juden in Deutschland | | Zentralrat der Juden
Zentralrat der Muslime in Deutschland | ZMD | Zentralrat der Muslime
Deutsche Forschungsgemeinschaft | DFG |
Deutscher Akademischer Austauschdienst | DAAD |
Max-Planck-Gesellschaft | MPG |
Fraunhofer-Gesellschaft | |
Helmholtz-Gemeinschaft | |
Leibniz-Gemeinschaft | |
Alexander von Humboldt-Stiftung | | Humboldt-Stiftung
Hochschulrektorenkonferenz | HRK |
Kultusministerkonferenz | KMK |
Wissenschaftsrat | |
Deutsches Zentrum für Luft- und Raumfahrt | DLR |
Informationsdienst Wissenschaft | idw |
Deutscher Fußball-Bund | DFB |
Deutsche Fußball Liga | DFL |
Deutscher Olympischer Sportbund | DOSB |
Internationales Olympisches Komitee | IOC |
Deutsche Bahn | | Deutsche Bahn AG
Deutsche Telekom | | Telekom
Deutsche Post | | Deutsche Post DHL
Deutsche Bank | |
Commerzbank | |
Lufthansa | | Deutsche Lufthansa
Siemens | | Siemens AG
Volkswagen | VW |
BMW | |
Mercedes-Benz | |
Daimler | |
Opel | |
Porsche | |
Bosch | |
BASF | |
Bayer | |
SAP | |
Google | |
Apple | |
Microsoft | |
Amazon | |
Facebook | |
Tesla | |
"""
