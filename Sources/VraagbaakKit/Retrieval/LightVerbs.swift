/// Dutch light verbs: verbs that carry a question's grammar more than its subject ("kan ik
/// rivotril *nemen* bij een bad trip", "mag ik dat *gebruiken*", "hoe *maak* ik een tabel"), and
/// "slikken", as people say they take a medicine ("ik slik clonazepam") that texts say they
/// "nemen", "innemen" or "gebruiken".
/// They still count, at half their weight: in a small knowledge base such a verb is rare, and
/// at full weight a passage that happens to use it outranks one about the question's subject.
enum LightVerbs {
    static let weightFactor = 0.5

    /// Whether an index term is one of these verbs, in any of the forms listed.
    static func contains(term: String) -> Bool {
        terms.contains(term)
    }

    private static let infinitives = [
        "nemen", "neem", "neemt", "genomen", "innemen", "ingenomen", "gebruiken", "gebruik", "gebruikt",
        "maken", "maak", "maakt", "gemaakt", "brengen", "breng", "brengt", "gebracht", "geven", "geef",
        "geeft", "gegeven", "komen", "kom", "komt", "gekomen", "zetten", "zet", "gezet", "houden", "houd",
        "houdt", "gehouden", "laten", "laat", "gelaten", "staan", "sta", "staat", "gestaan", "liggen",
        "lig", "ligt", "gelegen", "zien", "zie", "ziet", "gezien", "slikken", "slik", "slikt", "geslikt",
        "doorslikken", "doorslik", "doorslikt", "doorgeslikt",
    ]
    private static let terms: Set<String> = Set(infinitives.map(DutchAnalyzer().term(ofNormalized:)))
}
