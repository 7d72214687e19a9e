/// The words a Dutch diminutive may be made of, plainest reading first; the caller keeps the one
/// its vocabulary knows. The stemmer takes most diminutives back to their word, but not every one
/// ("tabletje" loses its -etje as "balletje" does), and never a name ("clonazepammetje").
///
///     Diminutive.bases(of: "tabletje")         // ["tablet", "table", "tabl", …]
///     Diminutive.bases(of: "clonazepammetje")  // [… "clonazepam"]
///     Diminutive.bases(of: "rivootje")         // [… "rivo"]
enum Diminutive {
    static func bases(of word: String) -> [String] {
        var diminutive = word
        if diminutive.hasSuffix("jes") { diminutive.removeLast() }
        guard diminutive.hasSuffix("je"), diminutive.count >= 5 else { return [] }
        let stem = String(diminutive.dropLast(2))  // "tablet", "boomp", "vrouwt", "ballet", "konink", "rivoot"
        var bases = [stem]
        for (ending, replacement) in [("t", ""), ("p", ""), ("et", ""), ("nk", "ng")] where stem.hasSuffix(ending) {
            bases.append(String(stem.dropLast(ending.count)) + replacement)
        }
        // A doubled consonant before -etje is single in the word ("ball-etje" → "bal"), and so is
        // a doubled a, o or u before -tje ("rivoo-tje" → "rivo"); a doubled e is the word's ("thee-tje").
        bases += bases.compactMap { base in
            guard base.count >= 3, let last = base.last, base.dropLast().last == last, last != "e", last != "i" else { return nil }
            return String(base.dropLast())
        }
        return bases.filter { $0.count >= 2 }
    }
}
