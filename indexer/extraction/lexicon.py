"""Word lists of the rule-based finders of persons and organisations (all lowercase).

The rules live in ``names``, ``persons`` and ``organisations``; the words they test against live
here, so that a missed title or head noun is fixed by adding a word, not by reading the rules.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """Return the words of ``text`` as a set (lexicons are written as one string)."""
    return frozenset(text.split())


# --- names ---------------------------------------------------------------------------------------
TITLES = word_set(
    "dr prof med dent rer nat phil jur pol oec habil dipl ing h c herr herrn frau mdb mdl mag "
    "doktor fräulein frl madame monsieur mister hrn mmag univ doz dkfm"
)
# titles whose folded form is another word: "DDr." (a second doctorate), not the "DDR"
CASED_TITLES = frozenset(("DDr",))
STOPWORDS = word_set(
    "der die das dem den des ein eine einer einem einen und oder mit von für bei nach auch im in "
    "am an auf aus zum zur vor über unter durch gegen ohne seit bis wie als wir ich sie er es ihr "
    "man unser unsere ihre ihren sein seine dieser diese dieses jeder alle mehr heute damit dabei "
    "dazu daher deshalb so nun doch aber denn wenn weil dass ob rund fast bereits zudem"
)
PARTICLES = word_set("von vom van de der den ten ter zu zum zur da di del della du la le dos")
# the first words of sports clubs ("Borussia Dortmund", "Eintracht Frankfurt"): no first names
CLUBS = word_set("borussia eintracht alemannia arminia germania teutonia concordia fortuna hansa")
# capitalised words that Faker lists as first names but that are months, days or words
NOT_FIRST = (
    word_set(
        "januar februar märz april mai juni juli august september oktober november dezember "
        "montag dienstag mittwoch donnerstag freitag samstag sonntag gott christ kurz mark"
    )
    | CLUBS
)
# German words that some of Faker's lists hold as first names: function words, and adjectives
# at a sentence start ("Mir", "Solange"); words a foreign name folds to once its accents are gone
# ("Östen" -> Osten, "París" -> Paris, "Juní" -> Juni); genitives ("Martins")
NOT_FIRST_ANYWHERE = word_set(
    "sie man von an einer dann mal "
    "mir tu solange reine bot ran klare adams adolfs alfreds alexandria angeles april ast baron "
    "boje briet davis delfin dung emils gote gurten hervor horn ide indiana iren isar isis islam "
    "israel juli juni karo liga luther marias martins melodie merkur mio neptun november osten "
    "paris rares rio rudolfs run sokrates sos thor tor ulke visa yen zivile"
)

# --- persons -------------------------------------------------------------------------------------
# occupations and functions that stand before a full name ("Musiker Max Roth") but, unlike a
# title, seldom before a bare surname: after them a lone word is mostly a common noun ("der
# Musiker Gewalt", "Weltmeister Kanada", "Herausgeber Activision"); compounds of -meister and
# -wart are spelled out, since Burmeister and Stewart are surnames
DESCRIPTORS = word_set(
    "kassierer schriftführer beisitzer kantor organist dirigent regisseur komponist pianist "
    "musiker choreograf architekt redakteur verleger herausgeber übersetzer apotheker "
    "psychologe therapeut erzieher stifterin laudator juror initiator organisator veranstalter "
    "gewinner finalist mitarbeiter prokurist gesellschafter justiziar dozent doktorand "
    "stipendiat absolvent weltmeister europameister landesmeister kreismeister vizemeister "
    "hausmeister kapellmeister konzertmeister gerätewart zeugwart"
)
# stems of role and title nouns; a ROLE_TAILS word needs a letter before it (Fußballspieler)
ROLE_STEMS = DESCRIPTORS | word_set(
    "minister staatssekretär sekretär bürgermeister präsident direktor leiter sprecher "
    "geschäftsführer dezernent manager trainer kommissar pfarrer professor referent koordinator "
    "gründer inhaber bundeskanzler senator chef schirmherr stellvertreter pastor bischof rektor "
    "dekan intendant botschafter kurator moderator kämmerer torhüter kapitän preisträger "
    "vorgänger nachfolger kolleg obmann landrat landrät präses ratsherr arzt ärzt berater "
    "autor fotograf journalist künstler wissenschaftler forscher historiker unternehmer "
    "ingenieur student vorstand mitglied beamte polizist vorsitzende beauftragte abgeordnete "
    "beigeordnete vorständ anwalt anwält kandidat theologe notar "
    # local offices, clubs, churches
    "vorsteher inspektor obfrau stadtrat stadträt gemeinderat gemeinderät kreisrat kreisrät "
    "kanzler vikar superintendent prälat propst brandmeister polizeimeister kassenwart "
    "jugendwart sportwart pressewart richterin bundesrichter amtsrichter verfassungsrichter"
)
ROLE_TAILS = word_set("lehrer schüler spieler sänger")
SPEECH_VERBS = word_set(
    "sagte sagt betonte betont erklärte erklärt ergänzte ergänzt so meinte unterstrich bekräftigte "
    "berichtete berichtet forderte fordert mahnte warnte lobte kritisierte begrüßte versicherte "
    "sprach bilanzierte resümierte verwies dankte kündigte appellierte erläuterte schilderte "
    "bestätigte äußerte antwortete bemerkte zitiert hob fügte räumte"
)
# after a name only a finite verb says it speaks: not "so" ("die Mission so wichtig"), "zitiert"
SPOKE = SPEECH_VERBS - word_set("so zitiert betont erklärt ergänzt berichtet fordert")
# Capitalised words that never belong to a name, though they stand where names stand.
NOT_NAME = STOPWORDS | word_set(
    "neue neuer neues gestern morgen jetzt hier dort gemeinsam gleichzeitig insgesamt außerdem "
    "ihr ihre ihrem ihren ihrer ihres euer eure "
    "liebe sehr meine damen herren kolleginnen kollegen bürgerinnen bürger foto fotos bild quelle "
    "rechts links mitte deutschland nrw europa bund land stadt kreis gemeinde polizei "
    "spd cdu csu fdp afd bsw grüne grünen linke linken union deutschlands europas "
    "euro dollar us-dollar pfund franken mio mrd millionen milliarden prozent "
    "deutsche deutschen deutscher ende anfang rathaus parteifreund parteifreundin "
    "st str nr tel fax familie ehepaar geschwister"
)
# departments, portfolios and fields that follow a role where a surname would
# ("Leiter Marketing", "Geschäftsführer Technik", "Vorstand Personal", "Trainer Nachwuchs")
PORTFOLIOS = word_set(
    "marketing vertrieb technik einkauf personal presse pressearbeit öffentlichkeitsarbeit "
    "sport logistik produktion sales fundraising nachwuchs controlling recht justiz inneres "
    "finanz steuern haushalt kultur bildung soziales umwelt verkehr bau planung ehrenamt "
    "gesundheit pflege energie nachhaltigkeit export import beschaffung infrastruktur betrieb "
    "events veranstaltungen mitglieder wirtschaft wissenschaft lehre studium forschung "
    "entwicklung service kundenservice strategie management produktmanagement operations "
    "it edv digitales datenschutz lager training design content online medien seelsorge "
    "jugendarbeit sozialarbeit spielbetrieb leistungssport breitensport tourismus handwerk "
    "landwirtschaft wohnen integration migration international "
    "nord süd ost west nordost nordwest südost südwest "
    "communications finance research development business corporate"
)
# endings of streets, institutions and abstract nouns, which no surname has
NOT_NAME_ENDINGS = word_set(
    "straße strasse allee gasse platz stiftung schule gymnasium universität preis zentrum "
    "institut verein verband gesetz programm initiative heit keit schaft tion ität ismus "
    "ausschuss politik kommunikation finanzen freizeit weg"
)
# ends of compounds naming a unit of an office ("Leiterin Pressestelle", "Bürgerbüro",
# "Fachbereich", "Presseteam"); alone some are surnames (Dienst). Then a kind of group or area
# ("Schunkelduo", "Komfortzone"): the word after them names the group ("-ort" is left out:
# Markwort)
NOT_NAME_TAILS = word_set("stelle büro bereich dienst wesen referat team duo trio zone")
START_PARTICLES = word_set("von van vom de da di del du ten ter")
# a run of name words before one of these is the name of a place or institution
ORG_AFTER = word_set(
    "stiftung gmbh ag kg se straße strasse platz allee weg schule gymnasium universität institut "
    "preis haus halle museum zentrum verein gesellschaft werke group college rathaus bikes "
    # the English and German words that end company and band names ("Alix Partners")
    "partners partner enterprises solutions systems consulting consult services media "
    "brothers sisters holding holdings technologies technology software capital ventures "
    "labs studios records entertainment networks logistics pharma foods motors airlines "
    "immobilien electronics engineering industries automotive design "
    # streets and venues named after persons ("Karl Marx Str.", "Fritz Walter Stadion")
    "str ufer damm ring chaussee kai promenade steig pfad stieg graben markt stadion arena "
    "kaserne brücke bahnhof"
)
# what stands in brackets after a member of parliament: "Uwe Witt (AfD)", "(BÜNDNIS 90/DIE GRÜNEN)"
PARTY_WORDS = word_set("spd cdu csu fdp afd bsw bündnis die linke grüne fraktionslos")

# --- organisations -------------------------------------------------------------------------------
# head noun -> gender, for the adjective ending of the nominative (r: -er, s: -es, e: -e)
HEADS = {
    word: gender
    for gender, words in (
        ("r", "verband bund verein kreis städtetag landkreistag rundfunk konzern träger bundestag "
         "landtag club klub betrieb verbund beirat tierpark zoo senat kindergarten verlag chor "
         "kreistag magistrat rechnungshof gerichtshof finanzhof integrationsrat seniorenrat "
         "jugendrat ethikrat presserat verfassungsschutz"),
        ("s", "ministerium amt institut zentrum klinikum krankenhaus präsidium gericht kreuz "
         "hilfswerk studierendenwerk bistum erzbistum berufskolleg gymnasium museum theater "
         "jobcenter kuratorium parlament kommissariat forum studentenwerk kabinett orchester "
         "staatsorchester autohaus kaufhaus literaturhaus schauspielhaus opernhaus konzerthaus "
         "festspielhaus verlagshaus bankhaus auktionshaus abgeordnetenhaus archiv college "
         "komitee ensemble hotel festival bündnis netzwerk dekanat hospital spital"),
        ("e", "universität hochschule fachhochschule kammer stiftung gesellschaft vereinigung "
         "gemeinschaft gemeinde stadt kirche fakultät akademie schule polizei feuerwehr agentur "
         "anstalt behörde regierung partei union tafel diakonie sparkasse bank volksbank "
         "gewerkschaft jugend staatsanwaltschaft staatskanzlei verwaltung kommission "
         "arbeiterwohlfahrt lebenshilfe wirtschaftsförderung städteregion zeitung stadtwerke werke "
         "kliniken fh tu uni kunsthalle fraktion landtagsfraktion inspektion polizeiinspektion "
         "staatskapelle blaskapelle werft reederei bühne foundation association society gruppe "
         "brauerei molkerei druckerei spedition apotheke kanzlei klinik bibliothek galerie oper "
         "philharmonie philharmoniker festspiele bürgerschaft direktion zentrale allianz "
         "genossenschaft innung pfarrei diözese versicherung krankenkasse ersatzkasse betriebe "
         "pfadfinderschaft bruderschaft burschenschaft landsmannschaft holding "
         "university agency council federation airways airlines corporation company institute"),
        ("s", "laboratory laboratories"),
        ("s", "centrum"),
    )
    for word in words.split()
}  # fmt: skip
MUNICIPAL = word_set("stadt gemeinde kreis landkreis hansestadt landeshauptstadt")
ASSOCIATION = word_set("verband bund verein vereinigung gesellschaft kirche kammer")
LEGAL = word_set("gmbh ag kg kgaa se mbb ohg gbr eg ggmbh gug ug group inc ltd llc corp plc")
ABBREVIATIONS = {
    "fh": "fachhochschule",
    "tu": "technische universität",
    "uni": "universität",
    "ihk": "industrie- und handelskammer",
    "hwk": "handwerkskammer",
}
REGIONS = word_set(
    "nrw owl nordrhein-westfalen bayern baden-württemberg berlin brandenburg bremen hamburg hessen "
    "mecklenburg-vorpommern niedersachsen rheinland-pfalz saarland sachsen sachsen-anhalt "
    "schleswig-holstein thüringen deutschland westfalen rheinland westfalen-lippe"
)
# countries and large cities, which follow a role where a surname would ("Präsident Polens",
# "Oberbürgermeister Münster"); towns that are surnames too (Hagen, Kiel, Hamm) are left out
PLACES = word_set(
    "österreich schweiz frankreich italien spanien portugal polen tschechien ungarn dänemark "
    "schweden norwegen finnland niederlande belgien luxemburg griechenland türkei russland "
    "ukraine belarus rumänien bulgarien serbien kroatien slowenien slowakei albanien irland "
    "großbritannien england schottland island estland lettland litauen usa amerika kanada "
    "mexiko brasilien argentinien chile china japan indien korea israel iran irak syrien "
    "afghanistan ägypten marokko tunesien nigeria südafrika australien afrika asien vietnam "
    "pakistan libanon jordanien georgien armenien kosovo bosnien montenegro nordmazedonien "
    "zypern malta katar taiwan indonesien thailand äthiopien kolumbien venezuela kuba "
    "münchen köln frankfurt stuttgart düsseldorf leipzig dortmund essen dresden hannover "
    "nürnberg duisburg bochum wuppertal bielefeld bonn münster mannheim karlsruhe augsburg "
    "wiesbaden mönchengladbach gelsenkirchen aachen braunschweig chemnitz magdeburg freiburg "
    "krefeld mainz lübeck erfurt oberhausen rostock kassel potsdam saarbrücken ludwigshafen "
    "oldenburg osnabrück leverkusen heidelberg darmstadt solingen regensburg paderborn "
    "ingolstadt würzburg ulm wolfsburg göttingen pforzheim offenbach bremerhaven koblenz "
    "trier jena siegen cottbus gütersloh hildesheim wien zürich graz linz salzburg innsbruck "
    "bern basel genf paris london rom brüssel madrid amsterdam prag warschau moskau peking"
)
# institutions that are named by their head noun alone
UNIQUE = word_set(
    "bundestag bundesrat bundesregierung bundesverfassungsgericht bundesgerichtshof bundeswehr "
    "bundespolizei bundesbank bundeskanzleramt bundeskriminalamt bundesnetzagentur "
    "bundeskartellamt"
)
WIRE_SERVICES = word_set(
    "pressrelations ots news aktuell dpa epd kna afp reuters presseportal openpr pressebox "
    "lifepr firmenpresse sid dpa-afx apa ddp"
)
# "das Unternehmen Hella GmbH": a description before the name, not part of it
GENERIC_PREFIX = word_set(
    "unternehmen firma konzern handelskette supermarktkette verein vereins initiative "
    "hersteller anbieter dienstleister betreiber"
)
TIME_WORDS = word_set(
    "anfang ende mitte beginn januar februar märz april mai juni juli august september oktober "
    "november dezember montag dienstag mittwoch donnerstag freitag samstag sonntag"
)
PLACE_PREFIX = word_set("bad sankt st groß klein alt neu hohen ober nieder san santa new los")
OF_PLACE = word_set("landes freistaates freistaats stadt kreises gemeinde")

# --- persons (session 11) ------------------------------------------------------------------------
# offices of a town's district or quarter: the word after them is as often the district
# ("Ortsvorsteher Heepen") as the holder's surname; matched at the start of the role
LOCAL_OFFICES = (
    "ortsvorsteher", "bezirksvorsteher", "ortsbürgermeister", "bezirksbürgermeister",
    "ortsteilbürgermeister", "stadtteilbürgermeister", "stadtbezirksbürgermeister",
    "ortsbeirat", "ortsamtsleiter", "bezirksamtsleiter",
)  # fmt: skip
# capitalised words that start no name: English function words ("The Lindsey School", "My Arms"),
# ordinals ("Erster Akt"), counts ("Zehntausende Schriftsteller"), compass points, "Zu" at a
# sentence start
NOT_NAME_WORDS = word_set(
    "the my our your his its of and for with from at on to "
    "erster erste ersten zweiter zweite zweiten dritter dritte dritten vierter vierte letzter "
    "letzte hunderte tausende zehntausende hunderttausende dutzende "
    "norden süden osten westen nordosten nordwesten südosten südwesten zu "
    "mein meine meinem meinen meiner meines dein deine deinem deinen deiner weiteres weitere "
    "weiterer weiteren vorredner vorrednerin vorrednern vorrednerinnen"
)
# role nouns the ROLE_STEMS above miss ("Landeshauptmann", "Gouverneur", "Stadtverordneter");
# plain "Hauptmann" stays a surname. Then roles of sport, church, film and the forces
# ("Stürmer", "Kardinal", "Club-Boss", "IHS-Mann"): "-mann", "-boss" and "-spieler" only after a
# hyphen (Hoffmann, "Mafiaboss Vorbild"). Then occupations ("Chefentwickler", "Jagdethiker",
# "Energieregulator"): after one a run starts with the name ("Chefentwickler Shigeru Miyamoto").
# Then ranks of the civil service ("Stadtbaurat", "Oberregierungsrat"); plain "-rat" is no role
# (Heirat, Vorrat)
ROLE_STEMS_MORE = word_set(
    "landeshauptmann gouverneur stadtverordnete delegierte berichterstatter "
    "kardinal papst coach -boss stürmer torwart tormann quarterback runningback "
    "filmer -mann -spieler leutnant feldwebel admiral generalmajor brigadegeneral "
    "entwickler ethiker regulator designer analyst "
    "baurat regierungsrat ministerialrat studienrat schulrat kriminalrat amtsrat hofrat "
    "sanitätsrat justizrat medizinalrat kommerzienrat "
    "rittmeister kleriker hauptdarsteller darsteller machthaber landesrat pater "
    "imam rabbiner ajatollah obermeister hauptmeister -vize landesrät fraktionsvize parteivize"
)
# last words of venues, schools and groups, beside ORG_AFTER ("Lindsey School", "Globe Theatre"),
# of clubs and tournaments ("Leicester City", "Manchester United", "French Open"), and of shows,
# magazines and stations ("Rocky Horror Picture Show", "Neo Magazin Royale", "Radio France
# Internationale")
ORG_AFTER_MORE = word_set(
    "school schools centre center theatre theater kino club band radio force city united open cup "
    "show shows magazin royale internationale"
)

# --- organisations (session 12) ------------------------------------------------------------------
# verbs of speaking and announcing, finite: a body speaks with its article ("teilte die Bahn mit",
# "gab … bekannt", "Die Gewoba erklärte")
ANNOUNCING = SPEECH_VERBS | word_set(
    "teilte teilt teilten meldete meldet meldeten verkündete verkündet dementierte dementiert "
    "gab gibt informierte informiert erklärten sagten kündigten bestätigten"
)
# after its subject only a finite verb says it speaks, not "so" ("mit der Zeit so gestört")
SPOKE_AFTER = ANNOUNCING - word_set("so zitiert")
# --- persons (session 12) ------------------------------------------------------------------------
# capitalised words that start or continue no name, beside NOT_NAME_WORDS: counts, "jede"/"solche",
# units of time, declined colour and size adjectives, "gegenüber", "in Sachen" ("Drei Jahre",
# "Jeder Antrag", "9 Uhr Weltzeit", "nach einer Gelben Karte", "in Sachen Steuern"); the rank
# "Oberst" too, which is no role here, since "die Obersten Richter" would take it for one
NOT_NAME_MORE = word_set(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig "
    "hundert tausend beide beiden jede jeder jedes jeden jedem solche solcher solches solchen "
    "uhr sekunde sekunden minute minuten stunde stunden woche wochen monat monate monaten jahre "
    "jahren jahrzehnt jahrzehnte jahrzehnten quartal quartals "
    "rote roten roter rotes gelbe gelben gelber gelbes blaue blauen blauer blaues schwarze "
    "schwarzen schwarzes weiße weißen weißes graue grauen großes großen kleines kleinen "
    "gegenüber sachen oberst "
    # kinship words after Herr/Frau ("der Herr Vater"; not Mutter, a surname), and nouns that
    # follow a role as objects ("den Abgeordneten Rede und Antwort")
    "vater papa mama sohn tochter bruder schwester onkel tante opa oma großvater "
    "großmutter ehemann ehefrau rede antwort "
    # the kind of a place before its name ("in der Provinz Deir Essor")
    "provinz region bezirk gouvernement "
    # weekdays and months (not Mai, August, Freitag: names too), answers, a line-up's bench
    "montag dienstag mittwoch donnerstag samstag sonntag januar februar märz april juni juli "
    "september oktober november dezember jänner nein ja ersatz "
    # English adjectives that open titles and slogans, never a name ("German Angst")
    "german british american european international "
    # an age as a noun ("der 33-Jährige erklärte")
    "jährige jährigen jähriger jährigem"
)
# plural endings of abstract nouns, which no surname has ("fordert Verhandlungen", "Leiterin
# Kooperationen", "bestätigte Infektionen"): matched after two letters or more
NOT_NAME_PLURALS = word_set("ungen tionen heiten keiten schaften nisse ismen itäten")
# what a number in brackets after a name counts when it is no age or minute: "(30 Prozent)"
MEASURES = word_set(
    "prozent prozentpunkte uhr euro cent dollar mio millionen mrd milliarden stimmen punkte "
    "kilometer km meter tonnen grad mal"
)
# --- persons (session 13) ------------------------------------------------------------------------
# English given names that are common English words too ("Will Smith", "Bill Gates"), and English
# titles before a name ("Captain Kirk", "King John"): a run they open is no English phrase
ENGLISH_GIVEN = word_set(
    "will bill mark rich grant hope rose joy faith ray dean guy pat art gene earl jack don "
    "king queen prince princess lord lady sir captain saint"
)
# genitive and other forms of NOT_NAME_ENDINGS and heads of events the list misses: a compound
# ending so names a prize, law or event after a person ("des Carl Bertelsmann-Preises",
# "Thomas de Maizière Symposiums"), no surname
NOT_NAME_FORMS = word_set(
    "preises instituts institutes gesetzes programms programmes zentrums vereins verbandes "
    "verbands platzes ausschusses gymnasiums symposium symposiums kolloquium kolloquiums "
    "museums medaille plakette"
)
# ends of compounds naming a kind of firm ("Internetdienstleister", "Autokonzern"): the run after
# them names the firm, not a person ("der Internetdienstleister United Internet"); not
# "-händler" (the Unterhändler is a person)
FIRM_KINDS = word_set("dienstleister konzern hersteller anbieter betreiber zulieferer")
# nouns of works: a genitive name before one is the work's author ("Lars von Triers Film",
# "Thomas Bernhards Erzählung"); after a full name one is no part of it ("der Wong Kar-wai Film");
# "Roman" after an article is the noun, not the given name ("den Roman Jakob von Gunten")
WORK_NOUNS = word_set(
    "film filme films spielfilm kurzfilm dokumentarfilm roman romane erzählung novelle oper "
    "album song serie musical theaterstück bühnenstück gedicht gedichte essay buch werk werke"
)
# nouns and club prefixes before a firm's or club's name made of a person's name ("Verlag Paul
# Haupt", "FC Carl Zeiss Jena", "Galerie Max Hetzler"): the run after them is no person
FIRM_WORDS = word_set("verlag firma galerie kanzlei modehaus autohaus fc sv tsv vfb vfl")
