"""Places a person finder must not take for surnames: countries, states, towns, districts.

A list of general knowledge (no gazetteer is shipped): the countries of the world and their
German names, the German, Austrian and Swiss states, the German towns of about 20,000 people and
more, the seats and names of the rural districts, the larger Austrian and Swiss towns and the
world's capitals and large cities. Towns that are frequent surnames too (``Hagen``, ``Kiel``,
``Hamm``, ``Landau``) are not listed, and a place that Faker's German surname lists hold is left
out at load time: after ``Bürgermeister`` it may be either, and a person is the more useful
guess. Words are lowercase.
"""

from __future__ import annotations

from functools import lru_cache

from indexer.extraction.lexicon import PLACES, REGIONS, word_set
from indexer.extraction.names import faker_names

# endings of German place names that few surnames have ("Oberhausen", "Ballenstedt", "Hüllhorst");
# ``persons`` (after a district's office) and ``lone_names`` (a lone subject) add their own
TOWN_ENDINGS = word_set(
    "hausen heim dorf feld felde burg stedt stadt hagen rode ingen brück wede horst hofen furt "
    "leben lage loh lohe kirchen büttel"
)
COUNTRIES = word_set(
    "afghanistan ägypten albanien algerien andorra angola antigua argentinien armenien "
    "aserbaidschan äthiopien australien bahamas bahrain bangladesch barbados belarus belgien "
    "belize benin bhutan bolivien bosnien botswana brasilien brunei bulgarien burkina burundi "
    "chile china costa dänemark dominica dschibuti ecuador elfenbeinküste eritrea estland "
    "eswatini fidschi finnland frankreich gabun gambia georgien ghana grenada griechenland "
    "grönland guatemala guinea guyana haiti honduras indien indonesien irak iran irland island "
    "israel italien jamaika japan jemen jordanien kambodscha kamerun kanada kasachstan katar "
    "kenia kirgisistan kiribati kolumbien komoren kongo korea kosovo kroatien kuba kuwait laos "
    "lesotho lettland libanon liberia libyen liechtenstein litauen luxemburg madagaskar malawi "
    "malaysia malediven mali malta marokko mauretanien mauritius mexiko mikronesien moldau "
    "moldawien monaco mongolei montenegro mosambik myanmar namibia nauru nepal neuseeland "
    "nicaragua niederlande niger nigeria nordkorea nordmazedonien norwegen oman österreich "
    "pakistan palästina palau panama paraguay peru philippinen polen portugal ruanda rumänien "
    "russland salomonen sambia samoa saudi-arabien schweden schweiz senegal serbien seychellen "
    "simbabwe singapur slowakei slowenien somalia spanien sudan südafrika südkorea südsudan "
    "suriname syrien tadschikistan taiwan tansania thailand tibet togo tonga trinidad "
    "tschad tschechien tunesien türkei turkmenistan tuvalu uganda ukraine ungarn uruguay usa "
    "usbekistan vanuatu vatikan venezuela vietnam weißrussland zypern "
    "amerika afrika asien europa ozeanien antarktis arktis skandinavien balkan baltikum "
    "england schottland wales nordirland großbritannien britannien kurdistan krim "
    "tschetschenien sibirien kaschmir tirol südtirol ostdeutschland westdeutschland "
    "norddeutschland süddeutschland mitteldeutschland "
    # spellings of older print and places news names often ("daß Rußland …", "ballert Piräus")
    "rußland weißrußland preußen ostpreußen westpreußen piräus donezk luhansk meran bozen brixen "
    # South Tyrol and Trentino in both languages, as newspapers there name them
    "trient trento bolzano merano bressanone brunico rovereto"
)
STATES = word_set(
    # German states and their parts, Austrian states, Swiss cantons
    "bayern berlin brandenburg bremen hamburg hessen niedersachsen saarland sachsen thüringen "
    "baden württemberg baden-württemberg mecklenburg vorpommern mecklenburg-vorpommern "
    "nordrhein-westfalen rheinland-pfalz sachsen-anhalt schleswig-holstein westfalen rheinland "
    "franken oberfranken mittelfranken unterfranken oberbayern niederbayern oberpfalz schwaben "
    "allgäu ostfriesland emsland sauerland siegerland eifel hunsrück pfalz rheinhessen "
    "nordhessen osthessen südhessen ruhrgebiet münsterland ostwestfalen lippe ostwestfalen-lippe "
    "oldenburger uckermark prignitz lausitz vogtland erzgebirge harz altmark holstein dithmarschen "
    "wien niederösterreich oberösterreich steiermark kärnten burgenland vorarlberg salzburg "
    "aargau appenzell basel-land basel-stadt bern freiburg genf glarus graubünden jura luzern "
    "neuenburg nidwalden obwalden schaffhausen schwyz solothurn tessin thurgau uri waadt wallis "
    "zug zürich"
)
TOWNS = word_set(
    # German towns (larger towns first by state, then district seats), without the big cities
    # that the lexicon's PLACES already holds
    "aalen ahlen ahaus alsdorf altenburg amberg andernach ansbach apolda arnsberg aschaffenburg "
    "aschersleben attendorn aurich backnang baunatal bautzen bayreuth beckum bergheim "
    "bergkamen bernau biberach bietigheim-bissingen bingen bitterfeld bocholt böblingen "
    "borken bottrop brandenburg bretten brühl bruchsal buchholz bünde burghausen buxtehude "
    "celle coburg coesfeld cuxhaven dachau delmenhorst detmold dessau dessau-roßlau dinslaken "
    "döbeln donaueschingen dormagen dorsten dreieich düren eberswalde eisenach eisenhüttenstadt "
    "elmshorn emden emmendingen emsdetten erding erftstadt erkelenz erkrath erlangen eschweiler "
    "esslingen euskirchen fellbach filderstadt flensburg forchheim frankenthal frechen "
    "freising friedrichshafen fulda fürstenfeldbruck fürth garbsen garmisch-partenkirchen "
    "geldern gera germering gießen gifhorn gladbeck goslar gotha greifswald grevenbroich "
    "gronau gummersbach göppingen görlitz güstrow halberstadt hameln hanau haltern "
    "hattingen heilbronn heidenheim henstedt-ulzburg herford herne herten herzogenrath "
    "hilden hoyerswerda hürth ibbenbüren idar-oberstein ilmenau iserlohn itzehoe "
    "kaiserslautern kamen kamp-lintfort kaufbeuren kempten kerpen kirchheim kleve konstanz "
    "korbach königswinter köthen landsberg landshut langenfeld langenhagen lahr "
    "leer lehrte leonberg limburg lingen lippstadt lörrach löhne lüdenscheid lüneburg lünen "
    "ludwigsburg marburg marl meerbusch meiningen memmingen menden meppen merseburg mettmann "
    "minden moers mühlhausen mülheim nettetal neubrandenburg neumünster neunkirchen neuruppin "
    "neuss neustadt neu-ulm neuwied nienburg norderstedt nordhausen nordhorn nürtingen oberursel "
    "offenburg oranienburg ostfildern overath papenburg passau peine pinneberg pirna plauen "
    "quedlinburg radebeul rastatt ratingen ravensburg recklinghausen remscheid "
    "rendsburg reutlingen rheda-wiedenbrück rheine riesa rosenheim rüsselsheim saalfeld "
    "salzgitter salzwedel schwäbisch schwedt schweinfurt schwerin schwelm seevetal "
    "siegburg sindelfingen singen soest sonneberg speyer stade stendal stralsund "
    "straubing suhl sylt tübingen tuttlingen uelzen unna velbert viersen villingen "
    "villingen-schwenningen völklingen waiblingen waldshut wangen warendorf weiden weinheim "
    "wernigerode wesel wesseling wetzlar wismar witten wittenberg wolfenbüttel worms "
    "wunstorf zweibrücken zwickau "
    "gladbach "
    # city districts and quarters that stand after an office ("Bezirksbürgermeister Spandau")
    "spandau pankow neukölln kreuzberg friedrichshain charlottenburg wilmersdorf schöneberg "
    "tempelhof steglitz zehlendorf reinickendorf lichtenberg marzahn hellersdorf treptow "
    "köpenick mitte altona eimsbüttel wandsbek harburg bergedorf blankenese schwabing "
    "sendling pasing giesing bogenhausen nippes ehrenfeld porz kalk chorweiler lindenthal "
    "rodenkirchen sachsenhausen bornheim höchst bockenheim bilk benrath gohlis connewitz "
    "plagwitz neustadt altstadt innenstadt südstadt nordstadt weststadt oststadt "
    "haidhausen neuhausen moosach milbertshofen trudering laim allach obermenzing deutz sülz "
    "nordend niederrad fechenheim oberkassel gerresheim cannstatt degerloch feuerbach "
    "zuffenhausen vaihingen möhringen hörde aplerbeck brackel eving scharnhorst huckarde "
    "mengede lütgendortmund hombruch rüttenscheid borbeck kettwig altenessen schildesche "
    "gadderbaum brackwede dornberg jöllenbeck heepen stieghorst sennestadt wattenscheid "
    "langendreer hamborn rheinhausen walsum meiderich ruhrort grünau lindenau reudnitz "
    "blasewitz pieschen loschwitz prohlis döhren ricklingen bothfeld misburg vegesack "
    "findorff gröpelingen langwasser gostenhof elberfeld barmen vohwinkel ronsdorf godesberg "
    "beuel hiltrup gievenbeck roxel wolbeck "
    # Austrian and Swiss towns
    "graz linz klagenfurt villach wels dornbirn feldkirch bregenz leoben krems steyr "
    "amstetten kapfenberg baden mödling traun braunau gmunden "
    "winterthur lausanne lugano biel thun köniz chur schaffhausen fribourg neuchâtel "
    "sitten gallen aarau olten baar "
    # capitals and large cities of the world
    "washington york chicago boston angeles francisco miami houston dallas seattle toronto "
    "montreal vancouver ottawa havanna rio janeiro buenos aires santiago lima bogotá bogota "
    "caracas quito mexiko-stadt london paris rom mailand neapel turin venedig florenz madrid "
    "barcelona sevilla valencia lissabon porto dublin edinburgh manchester liverpool "
    "birmingham brüssel antwerpen amsterdam rotterdam haag luxemburg kopenhagen stockholm "
    "oslo helsinki reykjavik tallinn riga vilnius warschau krakau danzig breslau posen prag "
    "brünn bratislava budapest ljubljana zagreb belgrad sarajevo skopje tirana sofia bukarest "
    "athen istanbul ankara izmir moskau sankt petersburg kiew kyjiw odessa charkiw lwiw minsk "
    "chisinau tiflis eriwan baku teheran bagdad damaskus beirut jerusalem aviv amman kairo "
    "riad dubai doha kabul islamabad neu-delhi delhi mumbai peking shanghai hongkong tokio "
    "seoul taipeh bangkok hanoi manila jakarta singapur sydney melbourne canberra nairobi "
    "lagos johannesburg kapstadt addis abeba algier tunis rabat casablanca tripolis khartum "
    # more large cities of Europe and the world, as sports and news name them
    "palermo parma genua bologna verona catania bari lyon marseille lille bordeaux nizza "
    "toulouse nantes straßburg glasgow leeds gent brügge lüttich thessaloniki aleppo homs "
    "mossul osaka kyoto atlanta detroit philadelphia pittsburgh phoenix"
)


def _surnames(locales: tuple[str, ...] | None) -> frozenset[str]:
    """The surnames (lowercase) of Faker's person lists (MIT) of ``locales`` (None: all)."""
    return frozenset(
        name.lower() for _, names in faker_names("last_names", locales) for name in names
    )


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Return the surnames (lowercase) of Faker's German-language person lists (MIT); without
    Faker no surname is known."""
    return _surnames(("de_DE", "de_AT", "de_CH"))


@lru_cache(maxsize=1)
def any_surnames() -> frozenset[str]:
    """Return the surnames (lowercase) of all of Faker's person lists (MIT), any language."""
    return _surnames(None)


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Return the place names (lowercase) that are no known German surname."""
    return frozenset((PLACES | REGIONS | COUNTRIES | STATES | TOWNS) - surnames())


def is_place(word: str) -> bool:
    """Tell whether ``word`` names a place, in the nominative or the genitive (``Ghanas``)."""
    low = word.lower()
    known = places()
    return low in known or (low[-1:] == "s" and low[:-1] in known)


def is_place_adjective(word: str) -> bool:
    """Tell ``Frankfurter``, ``Münchner``, ``Bielefelder``: a town's adjective, no first name."""
    low = word.lower()
    if not low.endswith("er") or len(low) < 6:
        return False
    stem, known = low[:-2], places()
    return (
        stem in known or f"{stem}en" in known or (stem.endswith("n") and f"{stem[:-1]}en" in known)
    )
