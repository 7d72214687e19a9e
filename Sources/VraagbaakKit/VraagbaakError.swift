/// Errors a user can act on, each with a Dutch message that says what to do.
public enum VraagbaakError: Error, Equatable, CustomStringConvertible {
    case knowledgeFolderMissing(String)
    case indexNotWritable(String)
    /// The index cannot be written and the file there cannot be used as it is (path, why).
    case indexUnusable(String, String)
    /// SQLite found the index damaged while using it (path).
    case indexDamaged(String)
    /// Another program keeps the index locked for longer than the busy timeout (path).
    case indexBusy(String)
    case emptyQuestion
    /// The question has more characters than the limit (count, limit).
    case questionTooLong(Int, Int)

    public var description: String {
        switch self {
        case .knowledgeFolderMissing(let path):
            "De kennismap '\(path)' bestaat niet of is geen map. Geef een map op met --knowledge."
        case .indexNotWritable(let path):
            "Kan de index niet schrijven in '\(path)'. Kies een andere plek met --index BESTAND."
        case .indexUnusable(let path, let reason):
            "De index '\(path)' is niet bruikbaar (\(reason)) en kan op die plek niet opnieuw worden opgebouwd. "
                + "Kies een schrijfbare plek met --index BESTAND."
        case .indexDamaged(let path):
            "De index '\(path)' blijkt beschadigd; hij wordt bij de volgende opdracht opnieuw opgebouwd. Probeer het nog eens."
        case .indexBusy(let path):
            "De index '\(path)' wordt door een ander programma bezet gehouden. Probeer het over een poos opnieuw."
        case .emptyQuestion:
            "Geen vraag gesteld. Typ een vraag, bijvoorbeeld: vraagbaak ask \"Is clonazepam een benzodiazepine?\""
        case .questionTooLong(let count, let limit):
            "De vraag is te lang (\(count) tekens; hoogstens \(limit)). Stel een kortere vraag."
        }
    }
}
