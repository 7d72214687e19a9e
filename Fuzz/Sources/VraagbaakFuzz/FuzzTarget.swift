import Foundation
import VraagbaakKit

// libFuzzer entry point: every input is a question (and a knowledge file). Any thrown error is a
// failure — questions must end in an answer or "no answer", never an SQL error — and so is any
// crash, broken invariant or sanitizer report.
//
//     scripts/fuzz.sh 1000000

/// A small real index, made once per process.
nonisolated(unsafe) let fixture: (base: KnowledgeBase, answerer: Answerer, analyzer: DutchAnalyzer) = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-fuzz-\(getpid())")
    let knowledge = folder.appendingPathComponent("kennis")
    try! FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
    let files = [
        "clonazepam.md": "---\ntitle: Clonazepam\n---\n# Clonazepam\n\nClonazepam (Rivotril) is een benzodiazepine tegen angst en paniekaanvallen.\n\n## Combineren\n\nCombineer clonazepam niet met alcohol of MDMA: de effecten worden onvoorspelbaar.\n",
        "mdma.txt": "MDMA\n\nMDMA stimuleert de afgifte van serotonine. De halfwaardetijd is ongeveer acht uur.\n\nDrink genoeg water, maar niet te veel.\n",
        "forum.html": "<html><head><title>Slapen</title></head><body><h1>Slaapproblemen</h1><p>Melatonine helpt sommige mensen bij het inslapen.</p><p>Vraag je huisarts om advies.</p></body></html>",
    ]
    for (name, text) in files {
        try! Data(text.utf8).write(to: knowledge.appendingPathComponent(name))
    }
    let base = try! KnowledgeBase(knowledge: knowledge, indexURL: folder.appendingPathComponent("index.sqlite"))
    _ = try! base.refresh()
    atexit { try? FileManager.default.removeItem(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-fuzz-\(getpid())").path) }
    return (base, Answerer(index: base.index, prompts: .builtIn), DutchAnalyzer())
}()

func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError(message()) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    let (base, answerer, analyzer) = fixture

    // The analysis chain: offsets inside the text, on character boundaries, token as written.
    let tokens = analyzer.analyze(text)
    let utf8 = Array(text.utf8)
    var previousEnd = 0
    for token in tokens {
        check(token.start >= previousEnd && token.start < token.end && token.end <= utf8.count, "offsets \(token)")
        check(String(decoding: utf8[token.start..<token.end], as: UTF8.self) == token.token, "token text \(token)")
        // (A word of only combining marks, e.g. U+07EC, has an empty term: reported, harmless to FTS5.)
        previousEnd = token.end
    }

    do {
        // Query building: whatever the question, MATCH gets valid syntax.
        let query = QuestionAnalysis(text, analyzer: analyzer).ftsQuery
        _ = try base.index.search(query, limit: 5)
        // Raw user pieces as terms: FTSQuery must drop what is not a plain word.
        let pieces = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(64).map(String.init)
        let raw = FTSQuery(groups: [pieces.map { .phrase([$0]) }, [.allOf(pieces)], [.phrase(pieces)]])
        _ = try base.index.search(raw, limit: 5)
        // The whole way from question to answer: costly (planning queries the index per word),
        // so for one input in 32, picked by content so that a crash reproduces.
        if bytes.reduce(UInt8(0), &+) % 32 == 0 { _ = try answerer.answer(text) }
    } catch {
        fatalError("question \(text.debugDescription) threw \(error)")
    }

    // A knowledge file with these bytes: parsed and chunked, or skipped with a warning.
    let source = ["a.md", "b.html", "c.txt"][Int(bytes.first ?? 0) % 3]
    let (document, warnings) = KnowledgeFolder.parse(bytes: bytes, source: source)
    if let document {
        for passage in Chunker().passages(of: document) {
            check(!passage.text.isEmpty, "empty passage in \(source)")
        }
    } else {
        check(!warnings.isEmpty, "skipped without a warning")
    }
    return 0
}

// SwiftPM links an executable target's `main` to `<Module>_main`; hand control to libFuzzer's driver there.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("VraagbaakFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOne(data, size) }
}
