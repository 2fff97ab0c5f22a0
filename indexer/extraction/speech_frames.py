"""The patterns and word lists of quote attribution, and how sure each way of finding a speaker is.

Speech verbs and the frames around a quote (``„…“, sagte X``, ``X: „…“``), role nouns, pronouns,
names, signatures and photo credits, the stops of sentences and clauses; ``mentions`` and
``attribution`` read the text with them.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENT_END = re.compile(r"[.!?;:](?=[\s\"“”»«‘’_]|$)")
_BOUNDARY = re.compile(r"[.!?:][\"“”»«‘’']?\s+(?=\S)")
_ABBREV = re.compile(
    r"(?:\b(?:Dr|Prof|Mag|MMag|DDr|Doz|Dkfm|Dipl|Ing|St|Nr|bzw|ca|vgl|med|jur|rer|nat|phil|Abs|Art|Co|Mio|Mrd|sog|Hr|Fr|Abg"
    r"|e\.\s?V|z\.\s?B|u\.\s?a|v\.\s?l|d\.\s?h)|\b[A-ZÄÖÜ]|(?<!\d)\d{1,2})$"
)
_STEMS = (
    r"sag|beton|erklär|ergänz|füg|mein|bekräftig|stell|freu|lob|kritisier|warn|mahn|forder|fass"
    r"|resümier|berichte|erläuter|versicher|appellier|bilanzier|kommentier|äußer|begründe|frag"
    r"|antworte|entgegne|erwider|teil|kündig|bestätig|mach|erinner|schilder|erzähl|bemerk"
    r"|beteuer|behaupte|klag|beklag|zitier|schwärm|räum|hoff|bedauer"
    r"|glaub|verdeutlich|konstatier|prognostizier"
)
_VERB = (
    rf"(?:{_STEMS})(?:t|te|ten|en)|unterstrich|unterstreicht|hob|hebt|(?:gab|gibt)(?!\s+es\b)"
    r"|rief|ruft|schrieb"
    r"|schreibt|sprach|spricht|rät|riet|verwies|verweist|hieß|heißt|ließ|lässt|versprach"
    r"|verspricht|widersprach|widerspricht|gesagt|ausgesagt|behaupten|zeigte?\s+sich"
    r"|(?-i:weiß|weiss)|wusste|findet|fand|resümiert|freut\s+sich|freute\s+sich"
    r"|beschreibt|beschrieb|formuliert|formulierte|twittert|twitterte|postet|postete"
    r"|bekennt|bekannte|gesteht|gestand|verrät|verriet"
    r"|(?:ist|sind|war|waren)\s+sich|blickt|blickte"
)
_SUBJECT = r"\s+(?:er|sie|es|man|der|die|[A-ZÄÖÜ])"
# nouns of saying whose owner speaks: "„…“, so die Antwort von X", "„…“, lautet das Fazit von X"
SAYING = (
    r"(?:Antwort|Worte|Fazit|Einschätzung|Urteil|Resümee|Bilanz|Botschaft|Appell|Mahnung"
    r"|Warnung|Forderung|Bitte|Devise|Credo|Meinung|Ansicht|Überzeugung|Reaktion|Erklärung"
    r"|Begründung|Kommentar|Aussage|Auskunft|Prognose|Hoffnung|Wunsch|Ratschlag|Rat)"
)
_LAUTET = (
    r"(?:lautet|lautete)(?=\s+(?:das|die|der|sein\w*|ihr\w*)\s+(?:[a-zäöüß]+\s+)?"
    rf"{SAYING}\s+(?:von|vom|des|der)\s)"
)
# "„…“, wurde X auf der Homepage zitiert": the passive names the speaker after the auxiliary;
# any verb before the subject, reflexive too ("„…“, lacht X", "„…“, wünscht sich X")
_CITED_AS = r"(?:wird|wurde)(?=[^.!?„“»«:]{0,80}\bzitiert\b)"
AFTER = re.compile(
    rf"\s*[,–—-]\s*(?:(?:so|wie|{_VERB})\b|{_CITED_AS}|{_LAUTET}|[a-zäöü]\w+te?(?:\s+sich)?(?={_SUBJECT}))"
)
AFTER_BARE = re.compile(rf"\s*(?:(?:so|{_VERB})\b|[a-zäöü]\w*(?:\s+sich)?(?={_SUBJECT}))")
# "„…“ sagt X" without a comma (or after a semicolon: "„…“; das sagte schon X"),
# "„…“ Mit diesen Worten kommentierte X", "„…“ Diese Zeilen
# schrieb X", "„…“ so Landrätin X": a speech verb (or ``so`` before a name or role) first
# "„…“ Das sagt X", "„…“ Das hat X gesagt", "„…“ So sieht es X", "„…“ Davon ist X überzeugt",
# "„…“ Mit diesen Worten eröffnete X …": a demonstrative before the verb (``demo``), the
# speaker right after it
_WORDS_BEFORE = r"(?:mit\s+)?dies(?:e|en|er|em)\s+(?:worten?|zeilen|sätzen?|satz)\s+"
_AFTER_VERB = re.compile(
    rf"[ \t]*+(?:;[ \t]*+)?\n?[ \t]*+(?:(?:{_WORDS_BEFORE})?"
    r"(?:(?P<demo>das|dies|so|davon|darauf|dafür|dazu|darüber)\s+)?"
    rf"(?:{_VERB}|stammt\s+von|stammen\s+von|(?-i:so(?=\s+(?:[A-ZÄÖÜ]|der\s|die\s)))"
    r"|(?<=davon\s)(?:ist|war)(?:\s+sich)?(?=[^.!?„“»«]{0,80}\b(?:überzeugt|sicher)\b)"
    r"|(?:(?<=das\s)|(?<=dies\s))(?:hat|hatte)(?=[^.!?„“»«\n]{0,80}\b(?:gesagt|geschrieben"
    r"|formuliert|betont|erklärt|versprochen|gefordert|angekündigt|gemeint)\b))"
    rf"|{_WORDS_BEFORE}(?P<any>[a-zäöüß]+(?:te|t)))\b",
    re.I,
)
_FRAME_VERB = re.compile(rf"\b(?:{_VERB})\b", re.I)
# a frame whose subject quotes someone else: "Sie zitiert den Bauleiter:" (not the passive
# "X wird mit den Worten zitiert:")
_CITES = re.compile(r"zitier", re.I)
# a frame naming many voices: "Bei den Liberalen Rufe:", "Stimmen aus dem Publikum:"
_CROWD = re.compile(r"\b(?:Rufe|Zurufe?|Zwischenrufe?|Stimmen|Sprechchöre?|Chor|Publikum)\b")
_PASSIVE = re.compile(r"\b(?:wird|wurde|werden|wurden)\b", re.I)
_REPORTED = re.compile(rf",\s*(?:so|{_VERB})\b")
_ROLE = re.compile(
    r"(?:minister|staatssekretär|landrat|landrät|bürgermeister|vorsitzende|präsident|sprecher"
    r"|direktor|leiter|geschäftsführer|dezernent|beigeordnete|senator|beauftragte|chef|rektor"
    r"|vorstand|vorständ|kämmerer|kanzler|abgeordnete|referent|koordinator|schirmherr|trainer"
    r"|pfarrer|kommissar|anwalt|anwält|richter|intendant|dekan|professor|kurator|bischof"
    r"|brandmeister|kommandant|superintendent|gründer|inhaber|kandidat|forscher|theologe"
    r"|wissenschaftler|expert|historiker|ökonom|soziologe|politologe|mediziner|ärztin|arzt"
    r"|psychologe|jurist|autor|vorständin|obmann|oberin|äbtissin|pastor|pastorin|initiator"
    r"|bischöf|meister|sekretär|botschafter|stellvertreter|manager|kapitän|preisträger"
    r"|wehrführer|lehrer|kämmerin|regisseur|spieler|künstler|musiker|sänger|architekt"
    r"|unternehmer|ingenieur|journalist|moderator|dirigent|komponist|verleger|apotheker"
    r"|pädagoge|therapeut|polizist|gutachter|sachverständige|landwirt|winzer|ceo"
    r"|hauptmann|hauptfrau|kommandeur|kardinal|rabbiner|propst|pröpst|präses)"
    r"(?:in|innen|r|s|en|e|n)?"
)
_ROLE_END = re.compile(_ROLE.pattern + "$")
_PRONOUN = {"er", "sie"}
_ROLE_GAP = re.compile(
    r"(?:[\s,.]|\b(?:des|der|die|den|dem|für|von|vom|im|am|in|und|zugleich)\b|[A-ZÄÖÜ][\w.-]*"
    r"|\([A-ZÄÖÜ][\w-]{0,10}\))*"
)
# a role noun in the dative or accusative is not who speaks: "Dem neuen Präsidenten wünschte …"
_OBLIQUE = re.compile(r"\b(?:dem|den|einem|einen)\s+(?:[a-zäöüß]+\s+)?$", re.I)
# a person whose words a noun announces: "mit einem Zitat von X", "mit den Worten des X"
_WORDS = (
    r"\b(?:Zitat|Worte|Worten|Ausspruch|Satz|Credo|Devise)\s+"
    r"(?:von|des|der|aus|(?:sein|ihr|unser|ein)(?:es|er))\s+(?:(?:Dr|Prof)\.\s*)*"
)
_WORDS_OF = re.compile(_WORDS + r"(?:[\w-]+\s+){0,3}$")
# a colon frame ending in whose words follow: "… an die Worte ihres Vaters X:", "… mit einem
# Zitat von X schließen:"; the owner of the words, if known, speaks, else nobody known does
_WORDS_END = re.compile(_WORDS + r"(?:[\w.-]+\s*){1,6}$")
# a sentence opening with a noun phrase and its verb: "Die Feuerwehr dankte …"
_NOUN_OPENER = re.compile(
    r"\s*(?:Der|Die|Das|Ein|Eine)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*\s+[a-zäöüß]"
)
# whose someone is: "die Nachfolgerin von (Landrat) X", "X' Tochter" (X does not speak; but the
# words or work of X are X's: "ein Zitat von X", "das Buch von X")
_KIN = (
    r"(?:Nachfolger|Vorgänger|Stellvertreter|Frau|Mann|Ehefrau|Ehemann|Sohn|Tochter|Witwe|Witwer"
    r"|Vater|Mutter|Bruder|Schwester|Enkel|Freund|Kollege|Kollegin|Mitarbeiter|Assistent|Sprecher"
    r"|Anwalt|Anwältin|Team|Berater|Vertraute)(?:in|innen|s|r)?"
)
# or the agent of an attributive participle: "des von Professor X herausgegebenen Bandes", "die
# von X geleitete Kommission" (the noun phrase's head is meant, not X)
_COMPLEMENT = re.compile(
    r"\b(?i:der|die|des|dem|den|eine?[mnrs]?|seine?[mnrs]?|ihre?[mnrs]?)\s+(?:[a-zäöüß]+\s+)?"
    rf"{_KIN}\s+(?:von|vom)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$"
    r"|\b(?i:der|die|das|des|dem|den|eine?[mnrs]?)\s+von\s+(?:(?:Dr|Prof)\.\s*)*"
    r"(?:[A-ZÄÖÜ][\w-]*\s+){0,2}$"
    # or inside a prepositional phrase: "im Sinne von Frau X", "auf Einladung von X" (not a view
    # or the words of X: "nach Ansicht von X")
    r"|\b(?i:im|in|nach|auf|zu|mit|unter|aus|bei)\s+(?:(?i:dem|der|den)\s+)?(?!(?:Sicht|Ansicht"
    r"|Meinung|Einschätzung|Auffassung|Überzeugung|Angaben|Worten|Aussage|Auskunft|Darstellung)\b)"
    r"[A-ZÄÖÜ][\w-]*\s+(?:von|vom)\s+(?:(?:Herrn?|Frau|Dr\.|Prof\.)\s+)*$"
)
_OWNED = re.compile(rf"[ \t]+(?:[a-zäöüß]+[ \t]+)?{_KIN}\b")
# a clause that is not the main clause: its first person is no subject of the frame
_SUBORDINATOR = re.compile(
    r"\s*(?:Wer|Wen|Wem|Was|Wenn|Als|Ob|Obwohl|Weil|Dass|Nachdem|Während|Bevor|Sobald|Damit)\b"
)
# a name right after a dative or accusative article and a noun: "dem Grafen X", "den Kollegen X"
# or a genitive one: "die Geschichte des Trappers und Abenteurers X", "der Vater des Schülers X"
# or whom the words are said to: "Und zu Jeremy Corbyn hat er getwittert:"
_OBLIQUE_NAME = re.compile(
    r"\b(?:(?:dem|den|einem|einen)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*"
    r"|des\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*(?:\s+und\s+[A-ZÄÖÜ][\w-]*)?"
    r"|\b(?:zu|gegenüber)(?:\s+(?:Herrn?|Frau|Dr\.|Prof\.))*)\s+$"
)
# a role noun in the genitive after the subject's head noun: "Der Vater des Künstlers X sagte:"
# (the father speaks, unnamed; but "Der Bauleiter des Unternehmens X" names the role first)
_HEAD_OF = re.compile(
    r"\s*(?i:der|die|das|ein|eine)\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*\s+"
    r"(?:des|der|eines|einer)\s+(?:[a-zäöüß][\w-]*\s+)?"
)
# a person inside a prepositional phrase opening the clause: "Nach der Rede von X sangen alle:"
# (X is no subject); only articles and nouns between the preposition and its "von"/"des"
_IN_OPENING_PHRASE = re.compile(
    r"\s*(?:Nach|Bei|Beim|Während|Vor|Seit|Mit|Zum|Zur|Im|Am|Auf|Aus|Unter|Anlässlich|Wegen"
    r"|Trotz|Zu|In|An|Über)\s+(?:(?:der|die|das|den|dem|des|eine[mnrs]?|ein|seine[mnrs]?|ihre[mnrs]?)"
    r"\s+|[A-ZÄÖÜ][\w-]*\s+){0,4}?(?:von|vom|des|der|dem|mit|für)\s+(?:[a-zäöüß][\w-]*\s+)?"
    r"(?:(?:Dr|Prof)\.\s*)*(?:[A-ZÄÖÜ][\w-]*\s+)?"
)
# but whose view or words the phrase names speaks: "Aus Sicht von X ist klar:", "Nach
# Einschätzung der Präsidentin X gilt:"
_OPINION_OF = re.compile(
    r"\s*(?:Aus|Nach)\s+(?:(?:der|seiner|ihrer|den)\s+)?(?:Sicht|Ansicht|Meinung|Einschätzung"
    r"|Auffassung|Überzeugung|Angaben|Worten|Aussage|Auskunft|Darstellung)\s+(?:von|vom|des|der)"
    r"\s+(?:[a-zäöüß][\w-]*\s+)?"
    r"(?:(?:Dr|Prof)\.\s*)*(?:[A-ZÄÖÜ][\w-]*\s+)?"
)
# a clause opened by one capitalised word and a verb before the first person or role: when that
# word is a name, the person after the verb is its object ("Scholz schaute X an und meinte:")
_NAME_VERB_OPENER = re.compile(r"\s*(?P<word>[A-ZÄÖÜ][\w'’-]*)\s+[a-zäöüß]+\s+")
_ARTICLE = re.compile(r"\b(?:der|die)\s+(?:[a-zäöüß-]+\s+)?$", re.I)
_ONE = re.compile(r"\b(eine?)\s+(?:[a-zäöüß-]+\s+)?$", re.I)
# a quote after this is part of a noun phrase: an article, a possessive or a preposition with one
NOUN_PHRASE_END = re.compile(
    r"\b(?:der|die|das|dem|den|des|im|vom|zum|zur|beim|ins|am|ein|eine|einen|einem|einer|eines"
    r"|(?:sein|ihr|unser|euer|mein|dein|dies)(?:e|em|en|er|es)?)\s*$",
    re.IGNORECASE,
)
_HEADLINE_PART = re.compile(r"[^–—\-\n]*[A-ZÄÖÜ][^–—\-\n]*")
_RELATIVE = re.compile(r"\s*,\s*(?:der|die)\b")
_DEFINITE = re.compile(r"\b(?:der|die)\s+(?:[a-zäöüß-]+\s+)?$")
# a person named in a photo credit is no speaker: "(Quelle: Fotograf Tobias Koch)", "Foto: X"
_CREDIT = re.compile(r"(?:Foto\w*+|Bild\w*+|Quelle|©)\s*+:?\s*+$", re.I)
# a sentence of reported speech (Konjunktiv): it goes on with what the person before said
_REPORTED_SPEECH = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|möge|gebe|gehe|bleibe|liege"
    r"|stehe|wisse|wäre|wären|hätte|hätten|würde|würden)\b"
)
_ONLY_QUOTE = re.compile(r"[\s„“”\"»«‚‘’'_.!?…,;:–—-]*")
_CREDIT_LINE = re.compile(r"[ \t]*+(?:Foto\w*+|Bild\w*+|Quelle|©)[ \t]*+:", re.I)
_POSSESSIVE = re.compile(r"^\s*(?P<p>Sein|Seine|Ihr|Ihre)\s+[A-ZÄÖÜ]\w*\s*:\s*$")
_ARTICLE_GAP = re.compile(r"[\s,]*(?:(?:der|die|den|dem)\s+)?")
# the last dash of a frame without a speech verb, spaced as a dash (not a hyphen in a word)
_LAST_DASH = re.compile(r"\s[–—-]\s(?!.*\s[–—-]\s)")
# a name of capitalised words (particles allowed), with an academic title in front
_NAME_WORDS = (
    r"(?P<name>(?:(?:Dr|Prof)\.[ \t]*+)*[A-ZÄÖÜ][\w'’-]*+"
    r"(?:[ \t]++(?:[A-ZÄÖÜ][\w'’-]*+\.?|von|van|de|zu|vom))*)"
)
# a signature under a block quote: a dash or nothing, the name, then at most a role
# a role may open with an ordinal or "stellv." ("1. Vorsitzender", "stellv. Landrätin")
_ROLE_OPENER = r"(?:[ \t]*+(?:\d{1,2}\.|stellv\.|stv\.)(?=[ \t]*+[A-ZÄÖÜ]))?"
_AUTHOR_LINE = re.compile(
    r"[ \t]*+(?:[–—-][ \t]*+)?" + _NAME_WORDS + r"[ \t]*+(?:\([^()\n]{1,40}\)[ \t]*+)?"
    r"(?:," + _ROLE_OPENER + r"[^\n.!?:„“\"»«]{0,100})?[ \t]*+"
)
# the same after a quote on its own line: in parentheses, or after a spaced dash
_SIGNATURE = re.compile(
    r"[ \t]*+(?:\((?P<paren>)[ \t]*+|[–—-][ \t]++)" + _NAME_WORDS + r"[ \t]*+"
    r"(?:," + _ROLE_OPENER + r"[^\n.!?:„“\"»«()]{0,100})?[ \t]*+(?(paren)\))[ \t]*+[.;]?[ \t]*+"
)
# who speaks for someone else: "der Sprecher der Ministerin X" is not X
# before the first person named after a speech verb: the speaker was someone else, unknown
# (or a noun phrase subject, the first person after a preposition: "bedankte sich der Verein bei X")
_NOT_SUBJECT = re.compile(
    r",|\s[–—-]\s|\b(?:der|die)\s+(?:[a-zäöüß][\w-]*\s+)*[A-ZÄÖÜ][\w-]*\s+(?:von|vom|des|der)\s"
    r"|\b(?:der|die|das)\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*\s+"
    r"(?:bei|an|für|mit|gegenüber|zu|zum|zur|über|vor)\s"
)
_AGENT = re.compile(r"(?:presse|medien)?(?:sprecher|referent|büroleiter|berater|mitarbeiter)")
_GENITIVE_GAP = re.compile(r"\s+(?:des|der|von|vom)\s+(?:[a-zäöü][\w-]*\s+)?")
_OF_GAP = re.compile(r"\s+von\s+(?:(?:Dr|Prof)\.\s*)*")  # "der Sprecher von X": not X
_NAME_GAP = re.compile(r"[ \t]+(?:(?:Dr|Prof)\.[ \t]*)*")
# a byline over an article: who wrote it ("Von X, dpa", "Text: X")
_BYLINE = re.compile(r"[ \t#*]*(?:Von|Text|Autor|Autorin)\b")
# a heading line that says whose words follow
_STATEMENT_HEAD = re.compile(
    r"[ \t#*]*(?:Statement|Zitat|O-Ton|Stimme|Stimmen|Kommentar|Stellungnahme|Grußwort)\b"
)
# the subject right before a frame's speech verb, opening its clause: a noun phrase (``und der
# Arbeitgeber sagt``) or an indefinite pronoun (``wenn man … fragt``)
_NOUN_SUBJECT = r"(?i:der|die|ein|eine)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*\s+$"
_CLAUSE_SUBJECT = re.compile(
    rf"(?:\b(?:und|oder|aber|wenn|als|dann|dass|weil|ob)\s+|[,;–—]\s*)(?:{_NOUN_SUBJECT})"
)
_FRAME_SUBJECT = re.compile(rf"\s*(?:{_NOUN_SUBJECT})")
_SOMEONE = re.compile(
    r"\s*+(?:(?:und|oder|aber|wenn|als|dann|dass|weil|ob)\s+){0,2}(?:man|jemand|niemand)\b"
)
_AGE = re.compile(r"\b(?:der|die)\s+\d{1,3}-$", re.I)
# a noun for a person that is no office (``die Politikerin``, ``der Christdemokrat``): after
# ``der``/``die`` it stands for the person like a pronoun of that gender
EPITHET = re.compile(
    r"(?:politiker|demokrat|schauspieler|sportler|athlet|aktivist|schriftsteller)(?P<f>in)?"
)
_INDEFINITE = {"ein", "eine", "einer", "einem", "eines"}
_FALLBACK_NAME = re.compile(
    r"\s*(?:(?:der|die)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?(?:(?:Dr|Prof)\.\s+)*"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüßç]+(?:-[A-ZÄÖÜ][a-zäöüßç]+)?\s+[A-ZÄÖÜ][a-zäöüßçı]+(?:-[A-ZÄÖÜ]\w+)?)"
    r"(?=\s*(?:[,.;:!?]|$|\s+[a-zäöü(\d]))"
)


# How sure an attribution is: the frame's weight times the way the speaker was found in it.
# ``„…“, sagte Landrat X`` and ``X: „…“`` name the speaker next to the quote; a pronoun, a role
# noun, a lead-in paragraph or an earlier quote's speaker is a step further from it.
AFTER_FRAME, LOOSE_FRAME, COLON_FRAME = 1.0, 0.9, 0.95
SENTENCE_BEFORE, LEAD_IN, FOLLOW_ON, POSSESSIVE_FRAME = 0.8, 0.7, 0.9, 0.7
REPORTED_ON = 0.8  # a quote after the speaker's reported speech in the paragraph before
NAMED, BY_ROLE, ONLY_PERSON, FALLBACK_NAME = 1.0, 0.85, 0.75, 0.85
PRONOUN_FITS, PRONOUN_UNSURE, AUTHOR_LINE = 0.8, 0.65, 0.9
# another person the pronoun fits, named in the same sentence: below MIN_CONFIDENCE on purpose
PRONOUN_AMBIGUOUS = 0.5
# a first name of unknown gender among several persons named: a guess, below MIN_CONFIDENCE
PRONOUN_GUESS = 0.55
PRONOUN_REACH = 400  # characters outside quotes: a person named further back is a guess
_UNFIT = {"er": "f", "sie": "m", "sein": "f", "seine": "f", "ihr": "m", "ihre": "m"}
SPEAKER_LINE = 15  # words: a line over a quote naming one person and a role, no sentence
SHORT_FRAME = 4  # words: a colon frame this short may leave its speaker to the text before
LONG_FRAME = 12  # words: a colon frame this long without a speech verb may name several persons
FAR = 80  # a speaker named more than this many characters into the frame counts less
FAR_FACTOR = 0.9
