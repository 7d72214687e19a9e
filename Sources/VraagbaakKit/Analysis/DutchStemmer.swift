/// Snowball "dutch" stemmer (2025 algorithm), agreeing exactly with
/// snowballstemmer 3.1.1.
///
/// ```swift
/// let stemmer = DutchStemmer()
/// stemmer.stem("lopen")          // "loop"
/// stemmer.stem("gevoeligheden")  // "voel"
/// stemmer.stem("schilderijen")   // "schilder"
/// ```
///
/// This is Snowball's current default Dutch stemmer, derived from the
/// Kraaij–Pohlmann algorithm (suffix steps 1–4, removal of a `ge-` prefix and
/// a `-ge-` infix, then steps 7 and 6), not the older Porter-style stemmer that
/// Snowball now calls "dutch_porter".
///
/// The input is one lowercased, NFC-normalised word. The algorithm works on
/// Unicode scalars: accented vowels (`à á â ä è é ê ë ì í î ï ò ó ô ö ù ú û ü`)
/// count as vowels and are kept in the stem, with two exceptions: a diaeresis
/// is dropped from the vowel right after a removed `ge` (`geëerd` → `eer`), and
/// vowel lengthening turns `ië` into `iee` (`financiële` → `financieel`). Any
/// other character (`ç`, `ñ`, `'`, digits, …) counts as a consonant.
public struct DutchStemmer: Sendable {
    public init() {}

    /// Returns the stem of `word`, which must already be lowercased.
    public func stem(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        stem(scalars: &scalars)
        // Encoding by hand is several times faster than appending to a
        // String.UnicodeScalarView.
        return String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var length = 0
            for scalar in scalars {
                for byte in scalar.utf8 {
                    buffer[length] = byte
                    length += 1
                }
            }
            return length
        }
    }

    /// Stems a lowercased word given as Unicode scalars, in place.
    public func stem(scalars: inout [Unicode.Scalar]) {
        var word = Word()
        swap(&word.chars, &scalars)
        word.stem()
        swap(&word.chars, &scalars)
    }
}

// MARK: - Letter classes

private extension Unicode.Scalar {
    /// `a` and `i`, `o`, `u` with their grave, acute, circumflex and diaeresis forms.
    var isAIOU: Bool {
        switch value {
        case 0x61, 0x69, 0x6F, 0x75,  // a i o u
             0xE0...0xE2, 0xE4,       // à á â ä
             0xEC...0xEF,             // ì í î ï
             0xF2...0xF4, 0xF6,       // ò ó ô ö
             0xF9...0xFC:             // ù ú û ü
            return true
        default:
            return false
        }
    }

    /// `e è é ê ë`.
    var isE: Bool { value == 0x65 || (0xE8...0xEB).contains(value) }

    var isAEIOU: Bool { isAIOU || isE }

    /// `a`, `o`, `u` and their accented forms: the vowels that lengthening may double.
    var isAOU: Bool { isAIOU && value != 0x69 && !(0xEC...0xEF).contains(value) }

    /// A vowel in the sense of R1/R2 and the C/V tests: AEIOU plus `y`.
    var isVowel: Bool { value == 0x79 || isAEIOU }

    /// Letters that block vowel lengthening when they end the word: vowels, `w`, `x`.
    var isVowelWX: Bool { value == 0x77 || value == 0x78 || isVowel }
}

// MARK: - Suffix tables

/// The suffixes of one step; each case is spelled by its raw value.
private protocol SuffixSet: RawRepresentable<String>, CaseIterable, Sendable {}

/// Snowball's `among`: finds the longest listed suffix of the word and
/// commits to it. If that suffix's conditions then fail, the whole step fails;
/// a shorter suffix is not tried.
private struct SuffixTable<Suffix: SuffixSet>: Sendable {
    /// Longest first, so the first match is the longest.
    private let suffixes: [Suffix]
    private let spellings: [[Unicode.Scalar]]

    init() {
        suffixes = Suffix.allCases.sorted {
            $0.rawValue.unicodeScalars.count > $1.rawValue.unicodeScalars.count
        }
        spellings = suffixes.map { Array($0.rawValue.unicodeScalars) }
    }

    /// The longest suffix of `word` in the table, and the offset where it starts.
    func longestMatch(in word: [Unicode.Scalar]) -> (start: Int, suffix: Suffix)? {
        guard let k = indexOfFirstSuffix(of: word, in: spellings) else { return nil }
        return (word.count - spellings[k].count, suffixes[k])
    }
}

/// The index of the first spelling that ends `word`. Written with plain
/// loops and kept non-generic so that unoptimised (debug) builds stay fast.
private func indexOfFirstSuffix(of word: [Unicode.Scalar], in spellings: [[Unicode.Scalar]]) -> Int? {
    var k = 0
    while k < spellings.count {
        if word.hasSuffix(spellings[k]) { return k }
        k += 1
    }
    return nil
}

private extension Array where Element == Unicode.Scalar {
    func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        let start = count - suffix.count
        guard start >= 0 else { return false }
        var i = 0
        while i < suffix.count {
            if self[start + i] != suffix[i] { return false }
            i += 1
        }
        return true
    }
}

private enum Step1Suffix: String, SuffixSet {
    case apostropheS = "'s", s, ies, es, eAcuteS = "és", aus, en, nde
}

private enum Step2Suffix: String, SuffixSet {
    case je, ge, lijke, ische, de, te, se, re, le, ene, ieve
}

private enum Step3Suffix: String, SuffixSet {
    case atie, iteit, heid, sel, ster, rder, ing, isme, erij, arij, fie, gie, tst, dst
}

private enum Step4Suffix: String, SuffixSet {
    case ioneel, atief, baar, achtig, achtiger, achtigst, naar, laar, raar, tant
    case lijker, lijkst, end, erig, eriger, erigst
}

/// Step 4's fallback when its main table fails.
private enum Step4IgSuffix: String, SuffixSet {
    case ig, iger, igst
}

private enum Tables {
    static let step1 = SuffixTable<Step1Suffix>()
    static let step2 = SuffixTable<Step2Suffix>()
    static let step3 = SuffixTable<Step3Suffix>()
    static let step4 = SuffixTable<Step4Suffix>()
    static let step4Ig = SuffixTable<Step4IgSuffix>()
}

// MARK: - The word being stemmed

/// The word plus the R1/R2 boundaries. Positions are scalar offsets; a test
/// "at `pos`" looks at the letters just before `pos`, as Snowball's backward
/// mode does.
private struct Word {
    var chars: [Unicode.Scalar] = []
    /// Start of R1 and R2. Only recomputed after a `ge` is removed, so during
    /// steps 1–4 they refer to offsets in the original word, even after a rule
    /// has changed the word's length.
    var p1 = 0
    var p2 = 0

    var count: Int { chars.count }

    mutating func stem() {
        measure()
        var stemmed = false
        if step1() { stemmed = true }
        if step2() { stemmed = true }
        if step3() { stemmed = true }
        if step4() { stemmed = true }
        if losePrefix() {
            measure()
            stemmed = true
            step1c()
        }
        if loseInfix() {
            measure()
            stemmed = true
            step1c()
        }
        if step7() { stemmed = true }
        if stemmed { step6() }
    }

    // MARK: Regions

    /// p1 is the position after the first non-vowel that follows a vowel, p2
    /// the same again after p1 (`ij` counts as one vowel).
    mutating func measure() {
        p1 = count
        p2 = count
        guard let r1 = endOfVowelConsonant(from: 0) else { return }
        p1 = r1
        guard let r2 = endOfVowelConsonant(from: r1) else { return }
        p2 = r2
    }

    /// Skips non-vowels, then one or more vowels, then requires one non-vowel;
    /// returns the position after it.
    func endOfVowelConsonant(from start: Int) -> Int? {
        var i = start
        while i < count && !chars[i].isVowel { i += 1 }
        guard let afterFirst = afterVowel(at: i) else { return nil }
        i = afterFirst
        while let next = afterVowel(at: i) { i = next }
        // The vowel loop stopped, so a letter here is a non-vowel.
        return i < count ? i + 1 : nil
    }

    /// If a vowel (or the digraph `ij`) starts at `i`, the position after it.
    func afterVowel(at i: Int) -> Int? {
        guard i < count else { return nil }
        if chars[i] == "i" && i + 1 < count && chars[i + 1] == "j" { return i + 2 }
        return chars[i].isVowel ? i + 1 : nil
    }

    func isR1(_ pos: Int) -> Bool { p1 <= pos }
    func isR2(_ pos: Int) -> Bool { p2 <= pos }

    // MARK: Letter tests before a position

    /// Whether `literal` occurs just before `pos`. The literal must be ASCII
    /// and at least two characters long (so that it has a UTF-8 pointer).
    func has(_ literal: StaticString, endingAt pos: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        let start = pos - length
        guard start >= 0, pos <= count else { return false }
        let bytes = literal.utf8Start
        var i = 0
        while i < length {
            if chars[start + i].value != UInt32(bytes[i]) { return false }
            i += 1
        }
        return true
    }

    func letter(before pos: Int, is u: Unicode.Scalar) -> Bool {
        pos >= 1 && chars[pos - 1] == u
    }

    /// Snowball's `V`: a vowel or `ij` just before `pos`.
    func vowelBefore(_ pos: Int) -> Bool {
        (pos >= 1 && chars[pos - 1].isVowel) || has("ij", endingAt: pos)
    }

    /// Snowball's `VX`: like `V`, but one letter further back.
    func vowelBeforeSkippingOne(_ pos: Int) -> Bool {
        pos >= 1 && vowelBefore(pos - 1)
    }

    /// Snowball's `C`: a non-vowel just before `pos` that is not the `j` of `ij`.
    func consonantBefore(_ pos: Int) -> Bool {
        pos >= 1 && !chars[pos - 1].isVowel && !has("ij", endingAt: pos)
    }

    // MARK: Editing the end of the word

    mutating func replaceEnd(from start: Int, with replacement: String) {
        chars.replaceSubrange(start..<count, with: replacement.unicodeScalars)
    }

    mutating func deleteEnd(from start: Int) {
        chars.removeSubrange(start..<count)
    }

    /// Restores a long vowel whose second letter went with the removed suffix
    /// (`lopen` → `lop` → `loop`): before a final non-vowel other than `w`/`x`,
    /// a single (possibly accented) `a`/`o`/`u`/`e` that does not follow
    /// another vowel is doubled, and `eë`/`ië` become `eëe`/`iee`.
    mutating func lengthenVowel() {
        let n = count
        guard n >= 2, !chars[n - 1].isVowelWX else { return }
        let v = n - 2  // index of the vowel candidate
        let vowel = chars[v]
        if vowel == "ë" {
            if letter(before: v, is: "e") {
                chars.replaceSubrange(v - 1...v, with: ["e", "ë", "e"])
            } else if letter(before: v, is: "i") {
                chars.replaceSubrange(v - 1...v, with: ["i", "e", "e"])
            }
            return
        }
        guard vowel.isAOU || vowel.isE else { return }

        // The vowel must start the word or follow a non-vowel (`y` counts as
        // one here, being outside AEIOU).
        let beforeVowel: Int
        if v == 0 {
            beforeVowel = 0
        } else if !chars[v - 1].isAEIOU {
            beforeVowel = v - 1
        } else {
            return
        }
        if vowel.isE && !eMayLengthen(consonantAt: beforeVowel) { return }
        chars.insert(vowel, at: v)
    }

    /// Extra conditions for doubling an `e`. `c` is the index of the non-vowel
    /// before the `e`, or 0 when the `e` starts the word. Doubling is blocked
    /// when the letter at `c - 1` is a/i/o/u or is an e that starts the word,
    /// and when the letters at `c - 3`, `c - 2` are a non-vowel and a/i/o/u.
    func eMayLengthen(consonantAt c: Int) -> Bool {
        if c >= 1 && chars[c - 1].isAIOU { return false }
        if c == 1 && chars[0].isE { return false }
        if c >= 3 && chars[c - 2].isAIOU && !chars[c - 3].isAEIOU { return false }
        return true
    }

    // MARK: Steps 1–4: suffixes

    mutating func step1() -> Bool {
        guard let (s, suffix) = Tables.step1.longestMatch(in: chars) else { return false }
        switch suffix {
        case .apostropheS:
            deleteEnd(from: s)
        case .s:
            // Kept after a `t` that is itself in R1.
            guard isR1(s), !(letter(before: s, is: "t") && isR1(s - 1)), consonantBefore(s)
            else { return false }
            deleteEnd(from: s)
        case .ies:
            guard isR1(s) else { return false }
            replaceEnd(from: s, with: "ie")
        case .es:
            if has("ar", endingAt: s) && isR1(s - 2) && consonantBefore(s - 2) {
                deleteEnd(from: s)
                lengthenVowel()
            } else if has("er", endingAt: s) && isR1(s - 2) && consonantBefore(s - 2) {
                deleteEnd(from: s)
            } else if isR1(s) && consonantBefore(s) {
                replaceEnd(from: s, with: "e")
            } else {
                return false
            }
        case .eAcuteS:
            guard isR1(s) else { return false }
            replaceEnd(from: s, with: "é")
        case .aus:
            guard isR1(s), vowelBefore(s) else { return false }
            replaceEnd(from: s, with: "au")
        case .en:
            return step1En(s)
        case .nde:
            replaceEnd(from: s, with: "nd")
        }
        return true
    }

    /// Step 1 for `-en`; the first alternative that applies wins.
    mutating func step1En(_ s: Int) -> Bool {
        if has("hed", endingAt: s) && isR1(s - 3) {
            replaceEnd(from: s - 3, with: "heid")  // -heden → -heid
        } else if has("nd", endingAt: s) {
            deleteEnd(from: s)
        } else if letter(before: s, is: "d") && isR1(s - 1) && consonantBefore(s - 1) {
            deleteEnd(from: s - 1)  // -Cden → -C
        } else if (letter(before: s, is: "i") || letter(before: s, is: "j")) && vowelBefore(s - 1) {
            deleteEnd(from: s)
        } else if isR1(s) && consonantBefore(s) {
            deleteEnd(from: s)
            lengthenVowel()
        } else {
            return false
        }
        return true
    }

    mutating func step2() -> Bool {
        guard let (s, suffix) = Tables.step2.longestMatch(in: chars) else { return false }
        switch suffix {
        case .je:
            return step2Je(s)
        case .ge, .lijke, .ische, .te, .se, .re:
            guard isR1(s) else { return false }
            deleteEnd(from: count - 1)  // drop the final e
        case .de:
            guard isR1(s), consonantBefore(s) else { return false }
            deleteEnd(from: s)
        case .le:
            guard isR1(s) else { return false }
            deleteEnd(from: count - 1)
            lengthenVowel()
        case .ene:
            guard isR1(s), consonantBefore(s) else { return false }
            deleteEnd(from: count - 1)
            lengthenVowel()
        case .ieve:
            guard isR1(s), consonantBefore(s) else { return false }
            replaceEnd(from: s, with: "ief")
        }
        return true
    }

    /// Step 2 for the diminutive `-je`; the first alternative that applies wins.
    mutating func step2Je(_ s: Int) -> Bool {
        if has("'t", endingAt: s) {
            deleteEnd(from: s - 2)
        } else if has("et", endingAt: s) && isR1(s - 2) && consonantBefore(s - 2) {
            deleteEnd(from: s - 2)
        } else if has("rnt", endingAt: s) {
            replaceEnd(from: s - 3, with: "rn")
        } else if letter(before: s, is: "t") && isR1(s - 1) && vowelBeforeSkippingOne(s - 1) {
            deleteEnd(from: s - 1)
        } else if has("ink", endingAt: s) {
            replaceEnd(from: s - 3, with: "ing")
        } else if has("mp", endingAt: s) {
            replaceEnd(from: s - 2, with: "m")
        } else if letter(before: s, is: "'") && isR1(s - 1) {
            deleteEnd(from: s - 1)
        } else if isR1(s) && consonantBefore(s) {
            deleteEnd(from: s)
        } else {
            return false
        }
        return true
    }

    mutating func step3() -> Bool {
        guard let (s, suffix) = Tables.step3.longestMatch(in: chars) else { return false }
        switch suffix {
        case .atie:
            guard isR1(s) else { return false }
            replaceEnd(from: s, with: "eer")
        case .iteit:
            guard isR1(s) else { return false }
            deleteEnd(from: s)
            lengthenVowel()
        case .heid, .sel, .ster:
            guard isR1(s) else { return false }
            deleteEnd(from: s)
        case .rder:
            replaceEnd(from: s, with: "r")
        case .ing, .isme, .erij:
            if has("ild", endingAt: s) {
                // Keeps `schilderij` (painting) apart from `schild` (shield).
                replaceEnd(from: s, with: "er")
            } else if isR1(s) {
                deleteEnd(from: s)
                lengthenVowel()
            } else {
                return false
            }
        case .arij:
            guard isR1(s), consonantBefore(s) else { return false }
            replaceEnd(from: s, with: "aar")
        case .fie, .gie:
            guard isR2(s) else { return false }
            deleteEnd(from: s + 1)  // keep the f/g
            lengthenVowel()
        case .tst, .dst:
            guard isR1(s), consonantBefore(s) else { return false }
            deleteEnd(from: s + 1)  // keep the t/d
        }
        return true
    }

    mutating func step4() -> Bool {
        if let (s, suffix) = Tables.step4.longestMatch(in: chars), step4Main(suffix, s) { return true }
        // Otherwise -ig/-iger/-igst; `innig` is kept apart from `in`.
        guard let (s, _) = Tables.step4Ig.longestMatch(in: chars),
              isR1(s), !(s == 3 && has("inn", endingAt: s)), consonantBefore(s)
        else { return false }
        deleteEnd(from: s)
        lengthenVowel()
        return true
    }

    mutating func step4Main(_ suffix: Step4Suffix, _ s: Int) -> Bool {
        guard isR1(s) else { return false }
        switch suffix {
        case .ioneel:
            replaceEnd(from: s, with: "ie")
        case .atief:
            replaceEnd(from: s, with: "eer")
        case .baar, .achtig, .achtiger, .achtigst:
            deleteEnd(from: s)
        case .naar, .laar, .raar:
            guard vowelBefore(s) else { return false }
            deleteEnd(from: s + 1)  // keep the n/l/r
        case .tant:
            replaceEnd(from: s, with: "teer")
        case .lijker, .lijkst:
            replaceEnd(from: s, with: "lijk")
        case .end, .erig, .eriger, .erigst:
            guard consonantBefore(s) else { return false }
            deleteEnd(from: s)
            lengthenVowel()
        }
        return true
    }

    // MARK: ge- prefix and -ge- infix

    /// Removes a leading `ge` if at least three letters follow and a vowel
    /// group after it is followed by more letters, with a few lexical
    /// exceptions (`geeft`, `geval`, `gevaar`, `gevaren`).
    mutating func losePrefix() -> Bool {
        guard count >= 5, chars[0] == "g", chars[1] == "e",
              hasVowelGroupBeforeEnd(from: 2)
        else { return false }
        // `vali` (gevalideerd) overrides the `val` exception. The diaeresis
        // check below happens where the exception text ended, as in Snowball.
        var resume = 0
        if has("vali", endingAt: 6) {
            resume = 4
        } else if has("eft", endingAt: 5) || has("vaa", endingAt: 5)
                    || has("val", endingAt: 5) || has("vare", endingAt: 6) {
            return false
        }
        chars.removeSubrange(0..<2)
        dropDiaeresis(at: resume)
        return true
    }

    /// Removes the first `ge` after the first letter, under the same vowel
    /// condition as the prefix. Only that first `ge` is considered.
    mutating func loseInfix() -> Bool {
        var i = 1
        while i + 1 < count && !(chars[i] == "g" && chars[i + 1] == "e") { i += 1 }
        guard i + 1 < count, i + 5 <= count, hasVowelGroupBeforeEnd(from: i + 2) else { return false }
        chars.removeSubrange(i..<i + 2)
        dropDiaeresis(at: i)
        return true
    }

    /// Whether a vowel group (`ij` included) occurs at or after `start` and is
    /// followed by at least one more letter.
    func hasVowelGroupBeforeEnd(from start: Int) -> Bool {
        var i = start
        while i < count && afterVowel(at: i) == nil { i += 1 }
        while let next = afterVowel(at: i) { i = next }
        return i < count
    }

    /// `ë`/`ï` after a removed `ge` only marked the syllable break (`geëerd`).
    mutating func dropDiaeresis(at i: Int) {
        guard i < count else { return }
        if chars[i] == "ë" { chars[i] = "e" } else if chars[i] == "ï" { chars[i] = "i" }
    }

    /// After `ge` removal: drop a participle's final `d`/`t`.
    mutating func step1c() {
        let s = count - 1
        guard s >= 0, chars[s] == "d" || chars[s] == "t", isR1(s), consonantBefore(s) else { return }
        if chars[s] == "d" {
            if letter(before: s, is: "n") && isR1(s - 1) { return }
            if s == 2 && has("in", endingAt: s) {
                chars[s] = "n"  // geïnd → inn, conflating with innen
            } else {
                deleteEnd(from: s)
            }
        } else {
            if letter(before: s, is: "h") && isR1(s - 1) { return }
            if s == 2 && has("en", endingAt: s) { return }  // geënt stays ent
            deleteEnd(from: s)
        }
    }

    // MARK: Steps 7 and 6: final consonants

    /// `-kt`, `-ft`, `-pt` lose the `t`.
    mutating func step7() -> Bool {
        guard count >= 2, chars[count - 1] == "t" else { return false }
        switch chars[count - 2] {
        case "k", "f", "p":
            deleteEnd(from: count - 1)
            return true
        default:
            return false
        }
    }

    /// Undoubles a final double consonant, and devoices a final `v`/`z`.
    mutating func step6() {
        guard let last = chars.last else { return }
        let n = count
        if n >= 2 && chars[n - 2] == last {
            switch last {
            case "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "p", "q",
                 "r", "s", "t", "v", "w", "x", "z":
                deleteEnd(from: n - 1)
                return
            case "n":
                // `inn` stays, keeping `innen` apart from `in`.
                if !(n == 3 && chars[0] == "i") { deleteEnd(from: n - 1) }
                return
            default:
                break
            }
        }
        if last == "v" { chars[n - 1] = "f" } else if last == "z" { chars[n - 1] = "s" }
    }
}
