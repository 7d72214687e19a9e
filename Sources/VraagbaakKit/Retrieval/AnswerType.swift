/// The kind of answer a question asks for, when its words say so: a time ("hoe lang", "hoe snel",
/// "Wanneer …?", "na hoeveel dagen") or an amount ("hoeveel mg", "welke dosis"). A sentence that gives
/// one ("ongeveer 30–40 uur", "0,5 mg") answers such a question better than a sentence that only
/// names its subject ("door de lange halfwaardetijd kan het effect lang aanhouden").
public enum AnswerType: Sendable, Equatable, Hashable {
    case time
    case amount
    /// What something costs: "wat kost een strip valium?".
    case price

    /// What `tokens` (a question) ask for, if anything.
    static func asked(by tokens: [AnalyzedToken]) -> AnswerType? {
        let words = tokens.map(\.normalized)
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            switch word {
            case "hoelang": return .time
            // Only as the question's first word: inside a question it is "if" ("wat gebeurt er wanneer je stopt").
            case "wanneer" where index == 0: return .time
            case "hoe" where ["lang", "snel", "laat", "vroeg"].contains(next): return .time
            case "hoeveel": return namesTime(next) ? .time : priceVerbs.contains(next) ? .price : .amount
            case "welke", "wat":
                if ["dosis", "dosering", "hoeveelheid"].contains(next) { return .amount }
                if priceVerbs.contains(next) { return .price }
            case "prijs", "prijzen", "kostprijs": return .price
            default: continue
            }
        }
        return nil
    }

    /// What a sentence gives: a number (or "enkele", "paar" for a time) followed within two words
    /// by a unit of time, amount or money ("6 tot 10 dagen", "30–40 uur", "0,5 mg", "12 euro"), or
    /// a number with its unit glued on ("2mg"), or a time as Dutch rounds one ("een week of vier",
    /// "een uur of twee"); a price also by the euro sign (`sentence`), which is no token.
    static func given(by tokens: some Collection<AnalyzedToken>, in sentence: Substring = "") -> Set<AnswerType> {
        var found: Set<AnswerType> = sentence.contains("€") ? [.price] : []
        var lastNumber: (position: Int, isVague: Bool)?
        // The two words before this one: "week", "of" before "vier".
        var previous = (beforeLast: "", last: "")
        for token in tokens {
            let word = token.normalized
            if previous.last == "of", timeUnits.contains(previous.beforeLast), word.first?.isNumber == true || numberWords.contains(word) {
                found.insert(.time)
            }
            previous = (previous.last, word)
            if let number = lastNumber, token.position - number.position <= 2 {
                if timeUnits.contains(word) { found.insert(.time) }
                if amountUnits.contains(word), !number.isVague { found.insert(.amount) }
                if moneyUnits.contains(word), !number.isVague { found.insert(.price) }
            }
            if word.first?.isNumber == true {
                lastNumber = (token.position, false)
                if amountUnits.contains(String(word.drop(while: { $0.isNumber || $0 == "," || $0 == "." }))) { found.insert(.amount) }
            } else if numberWords.contains(word) {
                lastNumber = (token.position, false)
            } else if vagueNumbers.contains(word) {
                lastNumber = (token.position, true)
            }
        }
        return found
    }

    /// The unit an amount is asked in, when the question names one: "hoeveel mg …" asks for
    /// milligrams, and is not answered by "5 keer de halfwaardetijd" or "twee tabletten".
    public enum Unit: Sendable, Equatable, Hashable {
        case weight, volume, drops, units, drinks
    }

    /// The unit the word after "hoeveel" names in `tokens` (a question), if any: "hoeveel mg",
    /// "hoeveel druppels", "hoeveel glazen".
    static func askedUnit(by tokens: [AnalyzedToken]) -> Unit? {
        let words = tokens.map(\.normalized)
        guard let asking = words.firstIndex(of: "hoeveel"), asking + 1 < words.count else { return nil }
        return unitFamilies[words[asking + 1]]
    }

    /// The units `tokens` (a quote) give an amount in: a number followed within two words by the
    /// unit ("0,5 mg", "100 tot 150 milligram"), or glued to it ("2mg").
    static func units(givenBy tokens: some Collection<AnalyzedToken>) -> Set<Unit> {
        var found = Set<Unit>()
        var lastNumber: Int?
        for token in tokens {
            let word = token.normalized
            if let number = lastNumber, token.position - number <= 2, let unit = unitFamilies[word] { found.insert(unit) }
            if word.first?.isNumber == true || numberWords.contains(word) {
                lastNumber = token.position
                if let unit = unitFamilies[String(word.drop(while: { $0.isNumber || $0 == "," || $0 == "." }))] { found.insert(unit) }
            }
        }
        return found
    }

    private static let unitFamilies: [String: Unit] = [
        "mg": .weight, "milligram": .weight, "gram": .weight, "g": .weight, "microgram": .weight, "mcg": .weight, "µg": .weight,
        "ml": .volume, "milliliter": .volume, "cc": .volume, "druppel": .drops, "druppels": .drops, "ie": .units, "eenheden": .units,
        "glas": .drinks, "glazen": .drinks, "glaasje": .drinks, "glaasjes": .drinks, "standaardglas": .drinks,
        "standaardglazen": .drinks, "consumpties": .drinks,
    ]

    /// Whether a word after "hoeveel" asks for a time: "tijd", or a unit of it ("hoeveel dagen").
    static func namesTime(_ word: String) -> Bool {
        word == "tijd" || timeUnits.contains(word)
    }

    private static let timeUnits: Set<String> = [
        "seconde", "seconden", "minuut", "minuten", "min", "kwartier", "uur", "uren", "u", "dag", "dagen",
        "etmaal", "etmalen", "week", "weken", "maand", "maanden", "jaar", "jaren",
    ]
    private static let amountUnits: Set<String> = [
        "mg", "milligram", "gram", "g", "microgram", "mcg", "µg", "ml", "milliliter", "cc", "tablet",
        "tabletten", "pil", "pillen", "capsule", "capsules", "druppel", "druppels", "procent", "%", "keer",
    ]
    private static let moneyUnits: Set<String> = ["euro", "euros", "eur", "eurocent", "cent"]
    private static let priceVerbs: Set<String> = ["kost", "kosten", "kostte", "kostten"]
    /// "een" is left out: it is the article far more often than the number.
    private static let numberWords: Set<String> = [
        "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
        "twintig", "dertig", "veertig", "vijftig", "zestig", "honderd", "halve", "half", "anderhalf",
    ]
    private static let vagueNumbers: Set<String> = ["enkele", "paar", "aantal", "meerdere"]
}
