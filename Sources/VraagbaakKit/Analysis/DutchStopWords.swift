/// Dutch stop words: function words that say nothing about what a question is about.
///
/// Used for queries only; the index keeps every word, so phrases and proximity still see them.
/// The list is Snowball's Dutch stop word list, the other forms of its verbs (the list has "doen"
/// but not "doet": "wat doet mdma …" weighed "doet" as a rare word), and the question words and
/// fillers people type in a chat ("kan", "je", "hoe", "wat", "iemand", …).
public enum DutchStopWords {
    public static func contains(_ normalizedWord: String) -> Bool { words.contains(normalizedWord) }

    public static let words: Set<String> = [
        // Snowball's Dutch list
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is",
        "was", "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of",
        "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je",
        "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u",
        "want", "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al",
        "waren", "veel", "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles",
        "onder", "ja", "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen",
        "ons", "zelf", "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest",
        "andere",
        // The other forms of the list's verbs (doen, hebben, zijn, zullen, kunnen, willen, moeten,
        // worden), and of the modals mogen and hoeven
        "doe", "doet", "deed", "deden", "gedaan", "hebt", "hadden", "gehad", "bent", "zult", "zouden",
        "konden", "gekund", "wilt", "willen", "wilde", "wilden", "moest", "moesten", "werden",
        "geworden", "mocht", "mochten", "wou", "wouden", "hoef", "hoeft", "hoeven", "hoefde", "hoefden",
        // Closed-class words the Snowball list lacks: adverbs of place with a preposition ("daarmee",
        // "hiervoor", "erbij"), conjunctions ("zoals", "terwijl", "sinds"), prepositions that say no
        // more than when or how ("tijdens", "via"), adverbs of degree ("zelfs", "echt", "erg") and
        // indefinite pronouns ("iedereen", "elke"). Not "vanaf": "Debian vanaf cd installeren".
        "daarmee", "daarvan", "daarvoor", "daarbij", "daarna", "daardoor", "daarop", "daarin",
        "daaraan", "daarover", "daaruit", "daarom", "daartoe", "daartegen", "daaronder", "hiermee",
        "hiervan", "hiervoor", "hierbij", "hierna", "hierdoor", "hierop", "hierin", "hieraan",
        "hierover", "hieruit", "hierom", "hiertoe", "hiertegen", "hieronder", "waarvan", "waarbij",
        "waarna", "waarop", "waarin", "waaraan", "waarover", "waaruit", "waartoe", "waartegen",
        "waaronder", "zoals", "bijvoorbeeld", "bv", "enz", "enzovoort", "hoewel", "terwijl", "zodat",
        "indien", "tenzij", "nadat", "voordat", "sinds", "totdat", "zodra", "doordat", "zowel", "noch",
        "tijdens", "via", "volgens", "per", "zelfs", "echt", "erg", "heel", "helemaal", "zeer", "nogal",
        "gewoon", "misschien", "wellicht", "ongeveer", "ermee", "ervan", "ervoor", "erbij", "erna",
        "erdoor", "erop", "erin", "eraan", "erover", "eruit", "erom", "ertoe", "ertegen", "eronder",
        "erachter", "iedereen", "niemand", "elk", "elke", "ieder", "iedere", "hetzelfde", "dezelfde", "zelfde",
        // Question words, pronouns and chat fillers
        "jij", "jou", "jouw", "we", "wij", "jullie", "mn", "m'n", "zn", "welke", "welk", "waarom",
        "wanneer", "waar", "waardoor", "waarmee", "waarvoor", "hoeveel", "hoelang", "niks", "kun", "kunt", "mag", "mogen",
        "moeten", "zullen", "wel", "eigenlijk", "even", "graag", "iemand", "weet", "weten", "vraag",
        "vraagje", "hallo", "hoi", "hey", "bedankt", "alvast", "groet", "groetjes", "s", "t", "n",
        "gaat", "ga", "gaan", "word", "zit", "zitten", "krijg", "krijgt", "krijgen", "gebeurt", "gebeuren",
        "gebeurd", "gebeurde", "the", "a",
        // Forum shorthand and chat particles: "ie" (hij), "ipv" (in plaats van), "ff" (even), "nou", …
        "ie", "ipv", "bijv", "evt", "iig", "idd", "ff", "enzo", "etc", "oid", "btw", "trouwens",
        "z'n", "d'r", "zo'n", "da's", "thx", "tnx", "aub", "pls", "plz", "mvg", "nou", "hoor", "zeg",
        "gwn", "beetje", "ok", "oke", "oké", "precies", "allemaal", "allebei", "beide", "beiden", "ofzo", "uberhaupt", "überhaupt",
        // Adverbs of time that say when, not what: "nog steeds", "5 dagen geleden".
        "steeds", "geleden",
    ]
}
