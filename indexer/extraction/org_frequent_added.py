"""Frequent German organisations, the second part of the curated list of ``known_orgs``.

Written by hand for pressesuche from general knowledge (no data set was copied): ministries of
recent cabinets, federal agencies and institutes, security services, statistics offices, social
and professional associations, chambers, foundations, broadcasters, papers and companies added
after the first part. Each line is ``Full name | acronym | other names`` (see ``known_orgs``).
"""

ADDED = """
Bundesministerium für Wirtschaft und Energie | BMWi |
Bundesministerium des Innern, für Bau und Heimat | BMI | Bundesministerium des Innern und für Heimat
Bundesministerium für Digitales und Verkehr | BMDV |
Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen | BMWSB | Bundesbauministerium
Bundesministerium der Justiz und für Verbraucherschutz | BMJV |
Bundesministerium für Umwelt, Naturschutz, nukleare Sicherheit und Verbraucherschutz | BMUV |
Bundesministerium für Umwelt, Naturschutz und Reaktorsicherheit | |
Bundesamt für Bevölkerungsschutz und Katastrophenhilfe | BBK |
Bundesinstitut für Arzneimittel und Medizinprodukte | BfArM |
Bundesanstalt für Arbeitsschutz und Arbeitsmedizin | BAuA |
Bundesamt für Naturschutz | BfN |
Bundesamt für Wirtschaft und Ausfuhrkontrolle | BAFA |
Bundeszentrale für gesundheitliche Aufklärung | BZgA |
Bundeszentralamt für Steuern | BZSt |
Bundesamt für Seeschifffahrt und Hydrographie | BSH |
Bundesanstalt für Immobilienaufgaben | BImA |
Bundesanstalt für Straßenwesen | BASt |
Deutscher Wetterdienst | DWD |
Kraftfahrt-Bundesamt | KBA |
Eisenbahn-Bundesamt | EBA |
Bundesrechnungshof | |
Militärischer Abschirmdienst | MAD |
Deutsches Patent- und Markenamt | DPMA |
Europäischer Gerichtshof für Menschenrechte | EGMR |
Internationaler Strafgerichtshof | IStGH |
Europäischer Rat | |
Rat der Europäischen Union | |
Europarat | |
Europäischer Rechnungshof | |
Europäische Investitionsbank | EIB |
Europäische Arzneimittel-Agentur | EMA |
Europol | |
Frontex | |
Eurostat | |
Welthandelsorganisation | WTO |
Internationale Arbeitsorganisation | ILO |
Internationale Energieagentur | IEA |
Internationale Atomenergiebehörde | IAEA | IAEO
Weltbank | |
Welternährungsprogramm | WFP |
Flüchtlingshilfswerk der Vereinten Nationen | UNHCR |
Internationales Komitee vom Roten Kreuz | IKRK |
Organisation für Sicherheit und Zusammenarbeit in Europa | OSZE |
Afrikanische Union | |
Sozialverband VdK | VdK |
Sozialverband Deutschland | SoVD |
Volkssolidarität | |
Deutscher Kinderschutzbund | DKSB | Kinderschutzbund
Deutsche Krebshilfe | |
Deutsche Aidshilfe | | Deutsche AIDS-Hilfe
Misereor | |
Brot für die Welt | |
Welthungerhilfe | | Deutsche Welthungerhilfe
Save the Children | |
SOS-Kinderdorf | |
terre des hommes | |
Oxfam | |
Plan International | |
Aktion Mensch | |
Industriegewerkschaft Bauen-Agrar-Umwelt | IG BAU |
Gewerkschaft Nahrung-Genuss-Gaststätten | NGG |
Eisenbahn- und Verkehrsgewerkschaft | EVG |
Gewerkschaft Deutscher Lokomotivführer | GDL |
dbb beamtenbund und tarifunion | dbb | Deutscher Beamtenbund
Vereinigung Cockpit | |
Deutscher Journalisten-Verband | DJV |
Verband Bildung und Erziehung | VBE |
Deutscher Lehrerverband | |
Handelsverband Deutschland | HDE |
Bundesverband der Energie- und Wasserwirtschaft | BDEW |
Verband kommunaler Unternehmen | VKU |
Gesamtmetall | |
Bundesverband mittelständische Wirtschaft | BVMW |
Deutscher Hotel- und Gaststättenverband | DEHOGA |
Bundesärztekammer | |
Kassenärztliche Bundesvereinigung | KBV |
Deutsche Krankenhausgesellschaft | DKG |
GKV-Spitzenverband | |
Gemeinsamer Bundesausschuss | G-BA |
Deutscher Anwaltverein | |
Deutscher Richterbund | |
Bundesrechtsanwaltskammer | BRAK |
Deutscher Mieterbund | |
Deutscher Sparkassen- und Giroverband | DSGV |
Bundesverband deutscher Banken | BdB |
Bundesverband der Deutschen Volksbanken und Raiffeisenbanken | BVR |
Gesamtverband der Deutschen Versicherungswirtschaft | GDV |
Verband der Chemischen Industrie | VCI |
Bundesverband Solarwirtschaft | BSW-Solar |
Deutscher Kulturrat | |
Deutscher Bühnenverein | |
Börsenverein des Deutschen Buchhandels | |
Deutscher Naturschutzring | DNR |
Deutscher Alpenverein | |
Deutscher Tierschutzbund | |
Verkehrsclub Deutschland | VCD |
Allgemeiner Deutscher Fahrrad-Club | ADFC |
foodwatch | |
Campact | |
LobbyControl | |
Deutscher Frauenrat | |
Deutscher Bundesjugendring | DBJR |
Deutscher Landfrauenverband | |
Allgemeine Ortskrankenkasse | AOK |
Techniker Krankenkasse | |
Barmer | |
DAK-Gesundheit | |
Deutsches Krebsforschungszentrum | DKFZ |
Nationale Akademie der Wissenschaften Leopoldina | | Leopoldina
Deutsche Akademie der Technikwissenschaften | | acatech
Deutsches Institut für Wirtschaftsforschung | DIW |
ifo Institut | | ifo-Institut
Institut der deutschen Wirtschaft | IW |
Institut für Arbeitsmarkt- und Berufsforschung | IAB |
Potsdam-Institut für Klimafolgenforschung | PIK |
Wissenschaftszentrum Berlin für Sozialforschung | WZB |
Stifterverband für die Deutsche Wissenschaft | | Stifterverband
Studienstiftung des deutschen Volkes | | Studienstiftung
Deutsche Bundesstiftung Umwelt | DBU |
Ludwig-Maximilians-Universität München | LMU |
Technische Universität München | TUM |
Karlsruher Institut für Technologie | KIT |
Ruhr-Universität Bochum | RUB |
Rheinisch-Westfälische Technische Hochschule Aachen | RWTH | RWTH Aachen
Charité – Universitätsmedizin Berlin | | Charité
Eidgenössische Technische Hochschule Zürich | ETH | ETH Zürich
Freie Universität Berlin | | FU Berlin
Humboldt-Universität zu Berlin | | HU Berlin
Radio Bremen | |
Saarländischer Rundfunk | |
Deutschlandradio | |
RTL | |
ProSieben | |
Sat.1 | |
n-tv | |
Österreichischer Rundfunk | ORF |
Schweizer Radio und Fernsehen | SRF |
BBC | |
Frankfurter Allgemeine Zeitung | FAZ |
Handelsblatt | |
Tagesspiegel | | Der Tagesspiegel
Neue Zürcher Zeitung | NZZ |
Bloomberg | |
Associated Press | |
Munich Re | | Münchener Rück
Hannover Rück | |
Deutsche Börse | |
Adidas | | adidas
Beiersdorf | |
Merck | |
Fresenius | |
Infineon | |
Vonovia | |
RWE | |
E.ON | |
EnBW | |
Uniper | |
Vattenfall | |
thyssenkrupp | | ThyssenKrupp
Heidelberg Materials | |
Zalando | |
Airbus | |
Rheinmetall | |
Siemens Energy | |
Siemens Healthineers | |
Covestro | |
Hapag-Lloyd | |
TUI | |
Aldi | | Aldi Nord, Aldi Süd
Lidl | |
Edeka | |
Rewe | |
Kaufland | |
Rossmann | |
Otto Group | |
Ikea | | IKEA
Audi | |
Ford | |
Toyota | |
Stellantis | |
ZF Friedrichshafen | |
Schaeffler | |
Evonik | |
Lanxess | |
Bertelsmann | |
Axel Springer | |
DZ Bank | |
ING | |
Postbank | |
Vodafone | |
Telefónica | |
Instagram | |
WhatsApp | |
YouTube | |
TikTok | |
Twitter | |
OpenAI | |
Nvidia | |
Intel | |
IBM | |
Samsung | |
Huawei | |
Uber | |
Netflix | |
Spotify | |
Ryanair | |
Eurowings | |
Flixbus | | FlixBus
Nestlé | |
Unilever | |
Pfizer | |
BioNTech | |
Moderna | |
AstraZeneca | |
Novartis | |
Roche | |
Boehringer Ingelheim | |
Shell | |
Gazprom | |
Caritas international | |
Regierung der Oberpfalz | |
"""
