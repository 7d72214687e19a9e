/// Whether a sentence leans on the one before it: it opens with a word that points back
/// ("Dit …", "Daarom …", "Het heeft …") or has a connective among its first words ("Clonazepam
/// daarentegen …"). The quote then brings the sentence before, and what that sentence names is
/// what this one is about.
enum SentenceLink {
    /// Words that open a sentence which cannot stand without the one before it.
    private static let leaningOpeners: Set<String> = [
        "dit", "deze", "dat", "die", "daarom", "daardoor", "daarnaast", "hierdoor", "hiermee", "ook", "wel",
        "maar", "dan", "zo", "bovendien", "verder", "echter", "het", "hij", "zij", "ze", "kortom",
        "hetzelfde", "dezelfde", "zulke", "zulk", "daarbij", "hierbij",
    ]

    /// Connectives that tie a sentence to the one before wherever they stand among its first
    /// words: Dutch puts them after the subject or the verb ("Clonazepam daarentegen kan …",
    /// "Het is echter …").
    private static let connectives: Set<String> = [
        "daarentegen", "echter", "immers", "dus", "daarom", "daardoor", "hierdoor", "bovendien",
        "eveneens", "evenwel", "desondanks", "vervolgens", "namelijk",
    ]
    /// Whether sentence `index` of `text` leans on the one before: its opening says so, and it
    /// is no item of a list ("• Het innemen van dit medicijn …" does not lean on the item above
    /// it). A new paragraph may lean on the last ("Maar … heeft het ook andere toepassingen").
    static func leansOnPrevious(_ index: Int, of sentences: [Range<String.Index>], in text: String, opening: [AnalyzedToken]) -> Bool {
        index > 0 && leansOnPrevious(opening) && !PlainTextParser.isListItem(String(text[sentences[index]]))
    }

    /// `opening`: the sentence's first words, as the ranker kept them (``Ranker/openingLength``,
    /// which is also how far into the sentence a connective still ties it to the one before).
    static func leansOnPrevious(_ opening: [AnalyzedToken]) -> Bool {
        guard let firstWord = opening.first else { return false }
        return leaningOpeners.contains(firstWord.normalized) || opening.contains { connectives.contains($0.normalized) }
    }
}
