/// Errors a user can act on, each with a Dutch message that says what to do.
public enum VraagbaakError: Error, Equatable, CustomStringConvertible {
    case knowledgeFolderMissing(String)
    case indexNotWritable(String)
    case emptyQuestion

    public var description: String {
        switch self {
        case .knowledgeFolderMissing(let path):
            "De kennismap '\(path)' bestaat niet of is geen map. Geef een map op met --knowledge."
        case .indexNotWritable(let path):
            "Kan de index niet schrijven in '\(path)'. Kies een andere plek met --index BESTAND."
        case .emptyQuestion:
            "Geen vraag gesteld. Typ een vraag, bijvoorbeeld: vraagbaak ask \"Is clonazepam een benzodiazepine?\""
        }
    }
}
