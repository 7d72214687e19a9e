import XCTest
@testable import VraagbaakKit

final class LexiconTests: XCTestCase {
    func testParsesTheFileFormat() throws {
        let lexicon = try Lexicon(text: """
            # commentaar
            stof\tClonazepam\tRivotril, klonopin\tbenzodiazepine   # staart
            klasse\tbenzodiazepine\tbenzo
            term\thalfwaardetijd\thoe lang blijft het in je lichaam

            """)
        XCTAssertEqual(lexicon.entries.count, 3)
        XCTAssertEqual(lexicon.entry(named: "clonazepam")?.variants, ["rivotril", "klonopin"])
        XCTAssertEqual(lexicon.entry(named: "clonazepam")?.classes, ["benzodiazepine"])
        XCTAssertEqual(lexicon.entry(named: "halfwaardetijd")?.kind, .term)
    }

    func testAFileWrittenOnWindowsParsesTheSame() throws {
        let lexicon = try Lexicon(text: "stof\tkratom\tketum, biak \tpijnstiller\r\n  \r\nklasse\tpijnstiller\r\n")
        XCTAssertEqual(lexicon.entry(named: "kratom")?.variants, ["ketum", "biak"])
        XCTAssertEqual(lexicon.entry(named: "kratom")?.classes, ["pijnstiller"])
        XCTAssertNotNil(lexicon.entry(named: "pijnstiller"))
    }

    func testMalformedLineNamesItsNumber() {
        XCTAssertThrowsError(try Lexicon(text: "stof\tx\nplant\troos\n", source: "lexicon.tsv")) { error in
            XCTAssertEqual(error as? LexiconError, LexiconError(source: "lexicon.tsv", line: 2))
            XCTAssertTrue("\(error)".contains("regel 2"))
        }
    }

    func testMergingAddsVariantsToKnownEntries() throws {
        let extra = try Lexicon(text: "stof\tclonazepam\tclona\nstof\tkratom\tketum\n")
        let merged = Lexicon.builtIn.merged(with: extra)
        XCTAssertTrue(merged.entry(named: "clonazepam")!.variants.contains("clona"))
        XCTAssertTrue(merged.entry(named: "clonazepam")!.variants.contains("rivotril"))
        XCTAssertNotNil(merged.entry(named: "kratom"))
    }

    /// "ouders" stems as "ouderen" does, but the parents are not the elderly: "!ouders" says so.
    func testANotWordSharesASpellingsTermButIsNoMention() throws {
        let lexicon = try Lexicon(text: "term\touderen\toudere, bejaarden, ! Ouders\n")
        XCTAssertEqual(lexicon.entry(named: "ouderen")?.variants, ["oudere", "bejaarden"])
        XCTAssertEqual(lexicon.entry(named: "ouderen")?.notWords, ["ouders"])
        let analyzer = DutchAnalyzer()
        func mentioned(_ text: String, in lexicon: Lexicon) -> [String] {
            LexiconMatcher(lexicon: lexicon, analyzer: analyzer).mentions(in: analyzer.analyze(text)).map(\.entry.name)
        }
        XCTAssertEqual(mentioned("zonder dat mijn ouders het weten", in: lexicon), [])
        XCTAssertEqual(mentioned("tramadol bij ouderen", in: lexicon), ["ouderen"])
        XCTAssertEqual(mentioned("zonder dat mijn ouders het weten", in: try Lexicon(text: "term\touderen\toudere\n")), ["ouderen"],
                       "without it, the stems meet")
        XCTAssertEqual(mentioned("zonder dat mijn ouders het weten", in: .builtIn), [])
        // "katterig" stems as the cat does.
        XCTAssertEqual(mentioned("mag onze kat mirtazapine?", in: .builtIn), ["mirtazapine"])
        XCTAssertEqual(mentioned("ben nog katterig van gisteren", in: .builtIn), ["kater"])
    }

    func testBuiltInLexiconParsesAndNamesKnownClasses() {
        let lexicon = Lexicon.builtIn
        XCTAssertGreaterThan(lexicon.entries.count, 40)
        for entry in lexicon.entries {
            for name in entry.classes {
                XCTAssertNotNil(lexicon.entry(named: name), "\(entry.name) names unknown class \(name)")
            }
        }
    }
}

final class QuestionUnderstandingTests: XCTestCase {
    private let understanding = QuestionUnderstanding(lexicon: .builtIn)

    func testFindsEntitiesBySlangBrandAndInflection() throws {
        let question = understanding.understand("mag ik Rivotril samen met xtc of benzo's?")
        XCTAssertEqual(question.entities.map(\.label), ["clonazepam", "mdma", "benzodiazepine"])
        let clonazepam = question.entities[0]
        XCTAssertTrue(clonazepam.broader.contains(["benzodiazepine"]), "a substance carries its class")
        XCTAssertTrue(clonazepam.siblings.contains(["diazepam"]), "and the other members of its class")
        XCTAssertFalse(clonazepam.siblings.contains(["clonazepam"]))
        let codeine = try XCTUnwrap(understanding.understand("codeine").entities.first)
        XCTAssertTrue(codeine.broader.contains(["opioïden"]) && !codeine.siblings.contains(["opioïden"]),
                      "a class of the substance that is in one of its other classes stays its class")
        let benzodiazepine = question.entities[2]
        XCTAssertTrue(benzodiazepine.members.contains(["clonazepam"]), "a class carries its members")
        XCTAssertEqual(understanding.understand("net een rivo geslikt").entities.map(\.label), ["clonazepam"], "forum slang")
        XCTAssertEqual(understanding.understand("ik slik de pil en st. janskruid").entities.map(\.label),
                       ["anticonceptiepil", "sint-janskruid"])
    }

    func testSmokingAnotherSubstanceIsNoQuestionOnTobacco() {
        func entities(_ question: String) -> [String] { understanding.understand(question).entities.map(\.label) }
        XCTAssertEqual(entities("ik zit aan de sertraline, kan ik dan af en toe een jointje roken?"), ["sertraline", "cannabis"])
        XCTAssertEqual(entities("rook je wiet met sertraline?"), ["cannabis", "sertraline"])
        XCTAssertEqual(entities("mag ik roken als ik sertraline slik?"), ["nicotine", "sertraline"])
    }

    func testLayPhrasesBecomeTheirMedicalTerm() {
        let question = understanding.understand("hoe lang blijft het in je lichaam na clonazepam?")
        XCTAssertTrue(question.concepts.contains { $0.label == "halfwaardetijd" && $0.role == .term })
        let cases = [
            "hoe lang duurt het voordat je iets merkt van rivotril?": "inwerktijd",
            "en hoelang werkt zo'n pil dan door?": "werkingsduur",
            "ik heb een slechte lever, mag ik dan clonazepam?": "leverfunctiestoornis",
            "wat doet een benzo in je kop?": "hersenen",
            "hoe lang duurt het voor je iets voelt van zoloft?": "inwerktijd",
            "hoe lang duurt het voordat een antidepressivum echt aanslaat": "inwerktijd",
            "nu zijn mijn enkels opgezet sinds de pregabaline, hoort dat erbij??": "bijwerkingen",
            "zit nu al 4 dagen niet gepoept van de codeine": "obstipatie",
            "ik zit potdicht van de morfine": "obstipatie",
            "ik heb al 3 dagen dunne ontlasting van de antibiotica": "diarree",
            "ik word zo draaierig van mijn bloeddrukpillen": "duizeligheid",
            "sinds de paroxetine heb ik geen zin in seks meer": "seksuele bijwerkingen",
            "ben 5 kilo afgevallen sinds de ritalin": "gewichtsverlies",
            "mijn handen trillen van de lithium": "tremor",
            "mag ik codeïne hoestdrank geven aan mijn dochter van 9?": "kinderen",
            "wij willen een kindje maar ik gebruik mirtazapine": "zwangerschap",
            "mijn huisgenoot snuift ritalin, is dat erg?": "misbruik",
            "welke werkt langer, valium of rivotril?": "werkingsduur",
            "groeit een kind minder van ritalin?": "groeivertraging",
            "waaraan merk je dat je een serotoninesyndroom hebt?": "verschijnselen",
            "kan ik in 1x stoppen met rivotril?": "ontwenningsverschijnselen",
            "ik voel me prima, kan ik niet gewoon stoppen met mn sertraline?": "ontwenningsverschijnselen",
            "in wat voor vorm bestaat clonazepam?": "toedieningsvorm",
            "waaraan zie je dat iemand te veel g op heeft?": "verschijnselen",
            "gaat je hart sneller kloppen van molly?": "tachycardie",
            "hoe lang blijft rivotril werken?": "werkingsduur",
            "mn moeder krijgt clonazepam voor haar kriebelbenen": "rusteloze benen",
            "kan ik zelf mn dosis omlaag gooien?": "verlagen",
            "mag ik zelf wat minder rivotril gaan nemen": "verlagen",
            "ze is al 4 dagen niet naar de wc geweest van de oxycontin": "obstipatie",
            "mag ik met de auto naar mn werk als ik oxycodon slik?": "verkeer",
            "ik slik oxy en wil er vanaf, kan ik morgen niks meer nemen?": "ontwenningsverschijnselen",
            "hoeveel dagen is ketamine terug te vinden in een urinetest?": "drugstest",
            "mijn oma krijgt valium, is dat wel veilig?": "ouderen",
            "rivotril hoe snel werkt het": "inwerktijd",
            "ik lig s nachts wakker van mijn sertraline": "slapeloosheid",
            "mag ik die tabletten fijnstampen in de yoghurt?": "fijnmaken",
            "wat is de maximale dagdosis rivotril voor een volwassene": "maximale dosis",
            "waar kan ik clonazepam bestellen zonder recept?": "online kopen",
            "mag ik rivotril blijven slikken nu ik borstvoeding geef?": "borstvoeding",
            "sinds 5 dagen op citalopram, wanneer gaat dat spul nou werken": "inwerktijd",
            "na hoeveel tijd kan je bijdoppen met ghb": "herhaalde dosis",
            "ik had een blackout na de xanax": "geheugenproblemen",
            "ik wil stoppen met 3mmc, waar kan ik terecht?": "hulpverlening",
            "sinds de citalopram slaap ik slechter": "slapeloosheid",
            "bij welke vorm begint het effect het eerst?": "inwerktijd",
        ]
        for (text, term) in cases {
            XCTAssertTrue(understanding.understand(text).concepts.contains { $0.label == term }, "\(text): \(term)")
        }
    }

    /// A lay phrase read past its substance takes the place of a shorter term inside it: "wat doet
    /// mdma in je brein" asks how it works, not about the brain, which a quote would then have to name.
    func testALayPhraseTakesThePlaceOfATermInsideIt() {
        for text in ["wat doet mdma nou eigenlijk in je brein?", "wat doet molly precies met je hersenen"] {
            let labels = understanding.understand(text).concepts.map(\.label)
            XCTAssertTrue(labels.contains("werkingsmechanisme"), "\(text): \(labels)")
            XCTAssertFalse(labels.contains("hersenen"), "\(text): \(labels)")
        }
        XCTAssertTrue(understanding.understand("krijg je hersenschade van mdma in je brein?").concepts.contains { $0.label == "hersenen" })
    }

    /// Breastfeeding is asked apart from pregnancy: a sentence on either does not answer the other.
    func testBreastfeedingIsNoPregnancy() {
        let labels = understanding.understand("temazepam en borstvoeding, mag dat?").concepts.map(\.label)
        XCTAssertTrue(labels.contains("borstvoeding"), "\(labels)")
        XCTAssertFalse(labels.contains("zwangerschap"), "\(labels)")
    }

    func testALayPhraseMayNameTheSubstanceWhereTheLexiconSaysHet() {
        for question in ["hoe lang blijft mdma in je lichaam", "hoe lang blijft xtc in je bloed?", "Hoe lang blijft het in je lichaam?"] {
            let concepts = understanding.understand(question).concepts
            XCTAssertTrue(concepts.contains { $0.label == "halfwaardetijd" }, "\(question): \(concepts.map(\.label))")
            XCTAssertFalse(concepts.contains { $0.role == .word }, "every word belongs to a mention: \(concepts.map(\.label))")
        }
        XCTAssertEqual(understanding.understand("hoe lang blijft mdma in je lichaam").entities.map(\.label), ["mdma"])
        XCTAssertFalse(understanding.understand("hoe lang blijft het weer zo in je tuin").concepts.contains { $0.label == "halfwaardetijd" })
    }

    func testEverydayWordsForEffectsAndRiskNameTheirTerm() {
        let cases = [
            "wat doet mdma in je hoofd": ["mdma", "werkingsmechanisme"],
            "hoe werkt clonazepam in de hersenen": ["clonazepam", "werkingsmechanisme", "hersenen"],
            "is het gevaarlijk om benzo's en xtc te mengen": ["benzodiazepine", "mdma", "combineren", "risico"],
            "mag je autorijden op rivotril": ["verkeer", "clonazepam"],
            "hoe neem je clonazepam in": ["toedieningsvorm", "clonazepam"],
            "wordt rivotril misbruikt": ["clonazepam", "misbruik"],
            "hoe raakt je lichaam clonazepam weer kwijt": ["lichaam", "clonazepam", "uitscheiding", "weer"],
            "waarom is mdma slecht voor je hart": ["mdma", "slecht", "cardiovasculair"],
            "krijg je zelfmoordgedachten van rivotril": ["suïcidale gedachten", "clonazepam"],
            "welk enzym breekt xtc af": ["enzym", "metabolisme", "mdma"],
            "stapelt clonazepam zich op": ["ophoping", "clonazepam"],
            "wat gebeurt er als je xtc en benzos door elkaar gebruikt": ["mdma", "benzodiazepine", "combineren", "gebruikt"],
            "is de kans om dood te gaan groter met benzo's": ["kans", "overlijden", "groter", "benzodiazepine"],
        ]
        for (question, labels) in cases {
            let concepts = understanding.understand(question).concepts.map(\.label)
            XCTAssertEqual(Set(concepts), Set(labels), question)
        }
        let seizure = understanding.understand("helpt een benzo tegen stuipen").concepts.first { $0.label == "convulsie" }
        XCTAssertEqual(seizure?.broader.contains(["epilepsie"]), true, "a seizure is a sign of epilepsy: \(String(describing: seizure))")
    }

    /// An age of 65 or more asks about older people, as "mijn opa" does, but as a lay word: no
    /// quote need say "ouderen". An amount in brackets is no age.
    func testAnOldAgeAsksAboutOlderPeople() throws {
        for question in ["Mijn vader (71) krijgt minder cipramil dan mijn tante, waarom?", "mijn moeder is 80 jaar en slikt xanax",
                         "kan een 75-jarige gewoon oxazepam nemen?", "mijn moeder van 82 heeft slechte nieren"] {
            let older = try XCTUnwrap(understanding.understand(question).concepts.first { $0.label == "ouderen" }, question)
            XCTAssertTrue(older.isAskedInLayWords, question)
        }
        for question in ["mijn zoon (17) slikt ritalin", "ik neem oxazepam (80 mg per week)", "ik slik 80 mg citalopram",
                         "ik heb een tablet van 75 mg pregabaline"] {
            XCTAssertFalse(understanding.understand(question).concepts.contains { $0.label == "ouderen" }, question)
        }
    }

    /// Two substances weighed against each other are compared, not combined.
    func testAQuestionThatWeighsTwoSubstancesComparesThem() {
        for question in ["wat blijft langer in je systeem hangen, valium of rivotril?", "wat is het verschil tussen xanax en rivotril",
                         "werkt diazepam langer dan rivotril?", "is xtc of ketamine gevaarlijker"] {
            XCTAssertTrue(understanding.understand(question).comparesEntities, question)
        }
        for question in ["kan je clonazepam combineren met MDMA?", "mag ik rivotril of xanax nemen met alcohol?",
                         "mag ik rivotril nemen of is dat gevaarlijk met xtc?", "wat doet rivotril?"] {
            XCTAssertFalse(understanding.understand(question).comparesEntities, question)
        }
    }

    func testTwoNamesOfOneSubstanceAreAskedApart() {
        let labels = understanding.understand("wat is het verschil tussen oxynorm en oxycontin?").concepts.map(\.label)
        XCTAssertEqual(labels.filter { ["oxycodon", "oxynorm", "oxycontin"].contains($0) }, ["oxycodon", "oxynorm", "oxycontin"], "\(labels)")
        let generic = understanding.understand("is rivotril hetzelfde als clonazepam?").concepts.map(\.label)
        XCTAssertTrue(generic.contains("rivotril") && generic.filter { $0 == "clonazepam" }.count == 1, "the lexicon's own name is the substance's concept: \(generic)")
        XCTAssertFalse(understanding.understand("helpt oxycontin tegen rugpijn?").concepts.contains { $0.label == "oxycontin" }, "one name is the substance")
    }

    func testClosedClassWordsAreNoConcepts() {
        let concepts = understanding.understand("helpt clonazepam daarbij zelfs echt, zoals bij paniek?").concepts.map(\.label)
        XCTAssertEqual(Set(concepts), ["helpt", "clonazepam", "paniekaanval"], "\(concepts)")
        // A greeting and a hedge: "allemaal", seen once in a small knowledge base, weighed as a rare word.
        XCTAssertEqual(understanding.understand("hoi allemaal, wat doet clonazepam precies?").concepts.map(\.label), ["clonazepam"])
        // "per maand" matched "per dag" in a text on something else.
        XCTAssertEqual(understanding.understand("wat kost ritalin per maand").concepts.map(\.label), ["methylfenidaat", "kost", "maand"])
        // "allebei" and "mocht" outweighed the substances' own words.
        XCTAssertEqual(understanding.understand("mocht ik tramal en rivotril allebei nemen?").concepts.map(\.label), ["tramadol", "clonazepam", "nemen"])
        // "steeds" weighed as a rare word in "voel nog steeds niks".
        XCTAssertEqual(understanding.understand("3 weken geleden begonnen met zoloft en voel nog steeds niks").concepts.map(\.label),
                       ["sertraline", "3", "weken", "begonnen", "voel"])
    }

    func testAParticleThatIsAlsoAPrepositionJoinsAVerbOnlyAtTheEnd() {
        let badTrip = understanding.understand("kan ik rivotril nemen bij een bad trip").concepts.map(\.label)
        XCTAssertFalse(badTrip.contains("herhaalde dosis"), "'nemen bij een …' is no 'bijnemen': \(badTrip)")
        let redose = understanding.understand("neem je dan nog wat bij?").concepts.map(\.label)
        XCTAssertTrue(redose.contains("herhaalde dosis"), "\(redose)")
    }

    func testATermAskedInALayPhraseIsMarkedSo() {
        let concepts = understanding.understand("wat doet de halfwaardetijd van mdma in je hoofd").concepts
        XCTAssertEqual(concepts.first { $0.label == "halfwaardetijd" }?.isAskedInLayWords, false)
        XCTAssertEqual(concepts.first { $0.label == "hersenen" }?.isAskedInLayWords, true)
    }

    func testTheAdjectiveOfHoeLangAsksForATimeAndIsNoSubject() {
        let concepts = understanding.understand("hoe lang moet een ei koken").concepts.map(\.label)
        XCTAssertEqual(Set(concepts), ["ei", "koken"], "\(concepts)")
        XCTAssertTrue(understanding.understand("is de wachttijd lang").concepts.contains { $0.label == "lang" })
        for question in ["na hoeveel tijd werkt een ei", "hoeveel dagen blijft een ei goed"] {
            let labels = understanding.understand(question).concepts.map(\.label)
            XCTAssertFalse(labels.contains("tijd") || labels.contains("dagen"), "\(question): \(labels)")
        }
        XCTAssertTrue(understanding.understand("heb ik hier tijd voor").concepts.contains { $0.label == "tijd" })
    }

    /// Words that stem as a term's spelling does but mean something else are no mention of it:
    /// "Spanje" (as "gespannen": nervositeit), "slaap" (as "slaperig": sedatie), "bijgewerkt" (as
    /// "bijwerking"), "uitwerking" (as "uitgewerkt": halfwaardetijd), "aangehouden" (as "aanhouden").
    func testWordsThatShareATermsStemButNotItsMeaningAreNoMention() {
        func labels(_ question: String) -> [String] { understanding.understand(question).concepts.map(\.label) }
        XCTAssertFalse(labels("mag ik mijn methadon meenemen naar Spanje?").contains("nervositeit"))
        XCTAssertTrue(labels("ik ben zo gespannen sinds de sertraline").contains("nervositeit"))
        XCTAssertEqual(labels("ik slaap slecht sinds ik sertraline slik").filter { ["sedatie", "slapeloosheid"].contains($0) }, ["slapeloosheid"])
        XCTAssertTrue(labels("ik word zo slaperig van sertraline").contains("sedatie"))
        XCTAssertFalse(labels("libreoffice is bijgewerkt en nu crasht het").contains("bijwerkingen"))
        XCTAssertFalse(labels("wat is de uitwerking van rivotril op je lichaam").contains("halfwaardetijd"))
        XCTAssertFalse(labels("ik ben aangehouden met rivotril op zak").contains("werkingsduur"))
    }

    func testOtherWordsStayPlainConceptsWithoutStopWords() {
        let question = understanding.understand("Werkt clonazepam tegen slapeloosheid?")
        XCTAssertEqual(question.concepts.map(\.label), ["clonazepam", "slapeloosheid", "werkt"])
        // "sinds" says when, not what: it weighed as a rare word and silenced the answer.
        XCTAssertEqual(understanding.understand("mn hart klopt sneller sinds ik ritalin gebruik").concepts.map(\.label),
                       ["tachycardie", "methylfenidaat", "gebruik"])
    }

    /// Everyday words that mean the same ("lijf" and "lichaam") find each other, but stay plain
    /// words: no medical term a quote must name, no mention that hides the word itself.
    func testAWordFindsTheEverydayWordsThatMeanTheSame() throws {
        let lexicon = try Lexicon(text: "woord\tlichaam\tlijf, lijven, het lijf\n")
        XCTAssertEqual(lexicon.entry(named: "lichaam")?.kind, .word)
        XCTAssertFalse(try XCTUnwrap(lexicon.entry(named: "lichaam")).isEntity)
        let understanding = QuestionUnderstanding(lexicon: lexicon)
        let concepts = understanding.understand("hoe lang blijft het in mijn lijf?").concepts
        let body = try XCTUnwrap(concepts.first { $0.label == "lijf" }, "\(concepts.map(\.label))")
        XCTAssertEqual(body.role, .word)
        XCTAssertEqual(body.alternatives, [["lijf"], ["lichaam"], ["lijven"]], "one-word spellings only, the question's own first")
        XCTAssertEqual(understanding.understand("wat doet het met je lichaam").concepts.first { $0.label == "lichaam" }?.alternatives,
                       [["lichaam"], ["lijf"], ["lijven"]])
        XCTAssertEqual(understanding.understand("wat doet het met je arm").concepts.first { $0.label == "arm" }?.alternatives, [["arm"]])
    }

    func testFollowUpReplacesTheSecondSubstanceAndKeepsTheTopic() {
        let first = understanding.understand("kan je clonazepam combineren met MDMA?")
        let second = understanding.understand("en met alcohol?", following: first.context)
        XCTAssertTrue(second.isFollowUp)
        XCTAssertEqual(second.entities.map(\.label), ["clonazepam", "alcohol"])
        XCTAssertTrue(second.concepts.contains { $0.label == "combineren" })
    }

    func testFollowUpWithoutSubstanceKeepsTheSubject() {
        let first = understanding.understand("kan je clonazepam combineren met MDMA?")
        let second = understanding.understand("en hoe lang duurt dat?", following: first.context)
        XCTAssertEqual(second.entities.map(\.label), ["clonazepam", "mdma"])
        XCTAssertEqual(second.concepts.filter { $0.role == .word }.map(\.label), ["duurt"], "'lang' of 'hoe lang' is no subject")
    }

    func testMisspelledNamesAreRecognised() {
        XCTAssertEqual(understanding.understand("werkt clonazepan lang?").entities.map(\.label), ["clonazepam"])
        XCTAssertEqual(understanding.understand("mag rivotrill met mdna").entities.map(\.label), ["clonazepam", "mdma"])
        XCTAssertEqual(understanding.understand("vier glazen aan de lijn").entities.map(\.label), [], "'vier' is no misspelt 'bier', 'lijn' no 'wijn'")
        XCTAssertEqual(understanding.understand("wat drink je").entities.map(\.label), [], "'drink' is no misspelt 'drank'")
        XCTAssertEqual(understanding.understand("kun je van xtc afhankelijk raken?").concepts.map(\.label), ["mdma", "afhankelijkheid", "raken"],
                       "'raken' is an everyday word, no misspelt 'braken'")
        XCTAssertEqual(Set(understanding.understand("rivotirl met extacy").entities.map(\.label)), ["clonazepam", "mdma"],
                       "two letters swapped are one slip of the keyboard")
    }

    /// Dutch word order sets a term's words apart: "blijft … werken" is still "blijft werken".
    func testTheWordsOfATermMayStandApartInAClause() {
        func names(_ question: String, _ term: String) -> Bool {
            understanding.understand(question).concepts.contains { $0.label == term }
        }
        XCTAssertTrue(names("hoe lang blijft zo'n pil eigenlijk werken?", "werkingsduur"))
        XCTAssertTrue(names("gaat mn hart er dan echt sneller van kloppen?", "tachycardie"))
        XCTAssertFalse(names("blijft mijn moeder met haar zieke vader altijd werken?", "werkingsduur"), "three words between")
        XCTAssertFalse(names("het blijft, als ik eerlijk ben, werken", "werkingsduur"), "another clause")
        XCTAssertFalse(names("werkt het niet bij mij of moet ik langer wachten?", "werkingsduur"), "'of' opens another clause")
        XCTAssertFalse(names("werken blijft lastig", "werkingsduur"), "not in their order")
    }

    /// "waarvoor", joined or split around its clause, asks what something is for when a verb of use
    /// follows; the lexicon's term spelled "waarvoor" says how texts put that.
    func testAskingWhatSomethingIsForNamesThePurposeTerm() {
        func asksPurpose(_ question: String) -> Bool {
            understanding.understand(question).concepts.contains { $0.label == "toepassing" }
        }
        XCTAssertTrue(asksPurpose("waarvoor wordt rivotril gebruikt?"))
        XCTAssertTrue(asksPurpose("waar is rivotril eigenlijk goed voor?"))
        XCTAssertTrue(asksPurpose("ik snap niet zo goed waar dat spul voor bedoeld is?? dacht dat t een slaappil was"))
        XCTAssertTrue(asksPurpose("waar wordt rivotril allemaal voor voorgeschreven"))
        XCTAssertTrue(asksPurpose("waarvoor schrijven ze rivotril eigenlijk voor?"), "voorschrijven split in two")
        XCTAssertFalse(asksPurpose("waar ben je bang voor als je rivotril slikt"), "the verb of use belongs to another clause")
        XCTAssertFalse(asksPurpose("waar kan ik terecht voor hulp?"), "no verb of use")
        XCTAssertFalse(asksPurpose("waarvoor?"))
        let question = understanding.understand("waar is rivotril goed voor?")
        XCTAssertFalse(question.concepts.contains { $0.label == "goed" }, "the verb belongs to the question word")
        XCTAssertTrue(question.concepts.first { $0.label == "toepassing" }!.alternatives.contains(["behandeling"]))
    }

    /// "dat spul", "die pillen" point back to the substance a post names and ask nothing of their own.
    func testAThingWordAfterADemonstrativeIsNoSubjectBesideASubstance() {
        func labels(_ question: String) -> [String] { understanding.understand(question).concepts.map(\.label) }
        XCTAssertEqual(labels("ik slik rivotril, is dat spul verslavend?"), ["clonazepam", "afhankelijkheid", "slik"])
        XCTAssertEqual(labels("is zo'n middel als rivotril verslavend?"), ["clonazepam", "afhankelijkheid"])
        XCTAssertTrue(labels("is dat spul verslavend?").contains("spul"), "no substance to point back to")
        XCTAssertTrue(labels("mag rivotril met andere middelen?").contains("middelen"), "no demonstrative")
    }

    func testADiminutiveOfANameNamesItsSubstance() {
        XCTAssertEqual(understanding.understand("hoe lang werkt zo'n clonazepammetje?").entities.map(\.label), ["clonazepam"])
        XCTAssertEqual(understanding.understand("nog een rivootje erbij?").entities.map(\.label), ["clonazepam"])
        XCTAssertEqual(understanding.understand("een pilletje en een biertje").entities.map(\.label), ["alcohol"], "'pil' is no name")
        XCTAssertEqual(Diminutive.bases(of: "balletje").last, "bal")
        XCTAssertEqual(Diminutive.bases(of: "kadootje").last, "kado")
        XCTAssertEqual(Diminutive.bases(of: "tablet"), [], "no diminutive")
    }

    /// A class named beside one of its members is that member, not a second substance to combine
    /// it with; "andere benzo's" are others.
    func testAClassThatRestatesAMemberIsNoSecondSubstance() {
        XCTAssertEqual(understanding.understand("waarom mag je benzos als temesta maar een paar weken slikken").entities.map(\.label), ["lorazepam"])
        XCTAssertEqual(understanding.understand("ik ben klaar met die benzo's, kan ik in 1x stoppen met mn rivotril?").entities.map(\.label), ["clonazepam"])
        XCTAssertEqual(understanding.understand("mag clonazepam samen met andere benzo's?").entities.map(\.label), ["clonazepam", "benzodiazepine"])
        XCTAssertEqual(understanding.understand("mag een benzo samen met xtc?").entities.map(\.label), ["benzodiazepine", "mdma"])
        XCTAssertEqual(understanding.understand("is rivotril een langwerkende benzo?").entities.map(\.label), ["clonazepam"])
        // "minder" alone is no evidence of lowering a dose: "minder intense opwinding" says nothing of it.
        let lower = understanding.understand("mag ik wat minder rivotril nemen").concepts.first { $0.label == "verlagen" }
        XCTAssertEqual(lower?.alternatives.contains(["minder"]), false)
    }

    func testCommonMedicinesAreSubstancesWithTheirClass() {
        let question = understanding.understand("mag ik diclofenac met depakine?")
        XCTAssertEqual(question.entities.map(\.label), ["diclofenac", "valproïnezuur"])
        XCTAssertTrue(question.entities[0].broader.contains(["ontstekingsremmer"]))
        XCTAssertTrue(question.entities[1].broader.contains(["anti", "epileptica"]))
        let other = understanding.understand("werkt cbd-olie net zo goed als propranolol?")
        XCTAssertEqual(other.entities.map(\.label), ["cbd", "propranolol"])
        XCTAssertTrue(other.entities[1].broader.contains(["bètablokker"]))
        let brands = understanding.understand("mag ik flagyl nemen naast mijn sintrom?")
        XCTAssertEqual(brands.entities.map(\.label), ["metronidazol", "acenocoumarol"])
        XCTAssertTrue(brands.entities[1].broader.contains(["bloedverdunner"]))
    }

    /// A brand name that stems as an everyday word does would make that word a substance: zolmitriptan's
    /// "Zomig" (stem "zoom") is left out of the lexicon for that reason.
    func testAnEverydayWordIsNoBrandNameThatStemsAlike() {
        XCTAssertTrue(understanding.understand("hoe zoom ik in op een foto?").entities.isEmpty)
    }

    func testEditDistanceCountsASwapOfNeighboursAsOneEdit() {
        func distance(_ a: String, _ b: String, limit: Int = 3) -> Int {
            EditDistance.between(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
        }
        XCTAssertEqual(distance("rivotirl", "rivotril"), 1)
        XCTAssertEqual(distance("clonazepan", "clonazepam"), 1)
        XCTAssertEqual(distance("kitten", "sitting"), 3)
        XCTAssertEqual(distance("ab", "ba"), 1)
        XCTAssertEqual(distance("abc", "ca"), 3, "optimal string alignment: no edit of a swapped pair")
        XCTAssertEqual(distance("abcdefgh", "hgfedcba", limit: 2), 3, "past the limit: limit + 1")
        XCTAssertEqual(distance("", "abc"), 3)
    }

    func testAWordTheKnowledgeBaseUsesIsNoMisspelling() {
        let analyzer = DutchAnalyzer()
        let known: Set<String> = ["weergeven", "compileren"].map(analyzer.term(ofNormalized:)).reduce(into: []) { $0.insert($1) }
        let aware = QuestionUnderstanding(lexicon: .builtIn, analyzer: analyzer) { known.contains($0) }
        for question in ["hoe kan ik rasterlijnen weergeven", "kan ik de kernel compileren"] {
            XCTAssertEqual(aware.understand(question).concepts.filter { $0.role != .word }.map(\.label), [], question)
        }
        XCTAssertEqual(understanding.understand("kan ik de kernel compileren").concepts.map(\.label), ["kernel", "combineren"],
                       "without the knowledge base's words, ten letters may be two typos off")
        XCTAssertEqual(aware.understand("werkt clonazepan lang?").entities.map(\.label), ["clonazepam"])
    }

    func testOnlyTheStartOfAnOverlongQuestionIsRead() {
        let long = String(repeating: "woord ", count: QuestionUnderstanding.maximumQuestionLength) + "clonazepam"
        XCTAssertEqual(understanding.understand(long).entities, [])
        XCTAssertEqual(understanding.understand("clonazepam " + long).entities.map(\.label), ["clonazepam"])
    }

    func testTermSpellingsOfContentWordsAreEvidenceLayPhrasesAreNot() throws {
        let badTrip = try XCTUnwrap(understanding.understand("kan ik rivotril nemen bij een bad trip").concepts.first { $0.label == "bad trip" })
        XCTAssertTrue(badTrip.alternatives.contains(["bad", "trip"]), "a term's own name of two words is searched for")
        XCTAssertTrue(badTrip.alternatives.contains(["horrortrip"]))
        let halfLife = try XCTUnwrap(understanding.understand("hoe lang blijft mdma in je systeem").concepts.first { $0.label == "halfwaardetijd" })
        XCTAssertTrue(halfLife.alternatives.contains(["halveringstijd"]))
        XCTAssertFalse(halfLife.alternatives.contains(["in", "je", "systeem"]), "a lay phrase leads to the term but is no evidence")
    }

    func testSpellingsOfFunctionWordsAloneNameNothing() throws {
        let lexicon = Lexicon.builtIn.merged(with: try Lexicon(text: "term\tdosis\thoeveel, te veel\n"))
        let question = QuestionUnderstanding(lexicon: lexicon).understand("Hoeveel distributies zijn er, niet te veel?")
        XCTAssertFalse(question.concepts.contains { $0.label == "dosis" })
        XCTAssertEqual(question.concepts.map(\.label), ["distributies"])
    }

    func testAWordOfANamedSubstancesOwnSpellingIsNoSubjectOfItsOwn() {
        // "xtc-pil" is a spelling of MDMA: the pill of "een pilletje xtc" is the xtc.
        XCTAssertEqual(understanding.understand("mag ik een pilletje xtc op rivotril?").concepts.map(\.label), ["mdma", "clonazepam"])
        XCTAssertEqual(understanding.understand("mag ik een pilletje op rivotril?").concepts.map(\.label), ["clonazepam", "pilletje"])
    }

    func testSeparableVerbsFindTheirLexiconWord() {
        for question in ["welke stoffen laat xtc vrij in de hersenen", "Komt er serotonine vrij?", "welke stoffen laat xtc vrij?"] {
            let concepts = understanding.understand(question).concepts
            XCTAssertTrue(concepts.contains { $0.label == "afgifte" }, question)
            XCTAssertFalse(concepts.contains { $0.label == "vrij" }, "the particle is part of the verb: \(question)")
        }
        XCTAssertFalse(understanding.understand("ik laat het, vrij snel").concepts.contains { $0.label == "afgifte" },
                       "particle and verb must share a clause")
    }

    func testParticlesAreFoundWithTheirClause() {
        let analysis = QuestionAnalysis("Hoe stel ik dat in, en laat xtc iets vrij in de hersenen?", analyzer: DutchAnalyzer())
        let closing = analysis.separableParticles(closingOnly: true)
        XCTAssertEqual(closing.map(\.particle.normalized), ["in"])
        XCTAssertEqual(closing.first?.clause, 0..<4)
        let all = analysis.separableParticles(closingOnly: false)
        XCTAssertEqual(all.map(\.particle.normalized), ["in", "vrij"], "'in de hersenen' is a preposition's phrase")
        XCTAssertEqual(all[1].clause, 5..<9, "from the comma on")
        let beforePhrase = QuestionAnalysis("stapelt het zich op in je lichaam?", analyzer: DutchAnalyzer()).separableParticles(closingOnly: false)
        XCTAssertEqual(beforePhrase.map(\.particle.normalized), ["op"], "a preposition before a preposition is a particle; 'in je lichaam' is a phrase")
        XCTAssertTrue(understanding.understand("stapelt clonazepam zich op in je lichaam?").concepts.contains { $0.label == "ophoping" })
        XCTAssertEqual(QuestionAnalysis.joinedVerbs(particle: "in", word: "stelt").first, "instelt")
        XCTAssertTrue(QuestionAnalysis.joinedVerbs(particle: "in", word: "stelt").contains("instellen"))
        XCTAssertTrue(QuestionAnalysis.joinedVerbs(particle: "vrij", word: "laat").contains("vrijlaten"))
        XCTAssertTrue(QuestionAnalysis.joinedVerbs(particle: "vrij", word: "komt").contains("vrijkomen"))
        XCTAssertEqual(QuestionAnalysis.joinedVerbs(particle: "op", word: "slaan").first, "opslaan")
    }

    func testNewQuestionIsNotAFollowUp() {
        let first = understanding.understand("kan je clonazepam combineren met MDMA?")
        let second = understanding.understand("Werkt paracetamol tegen koorts?", following: first.context)
        XCTAssertFalse(second.isFollowUp)
        XCTAssertEqual(second.entities.map(\.label), ["paracetamol"])
    }
}

final class QueryPlannerTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var planner: QueryPlanner!
    private let understanding = QuestionUnderstanding(lexicon: .builtIn)

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder()
        try folder.write("""
            Clonazepam

            Clonazepam kan de ademhaling onderdrukken. Bij een overdosis ontstaat soms een depressie.

            Paniekaanvallen worden met clonazepam behandeld. Clonazepam werkt lang.
            """, to: "kennis/clonazepam.txt")
        try folder.write("Pijn\n\nHoofdpijn en spierpijn gaan vaak samen.\n", to: "kennis/pijn.txt")
        let base = try folder.openKnowledgeBase()
        _ = try base.refresh()
        planner = QueryPlanner(index: base.index, analyzer: understanding.analyzer)
    }

    private func plan(_ question: String) throws -> QueryPlan {
        try planner.plan(understanding.understand(question))
    }

    /// A planner over a knowledge base of one file with `text`.
    private func planner(over text: String) throws -> QueryPlanner {
        let folder = try makeTemporaryFolder()
        try folder.write(text, to: "kennis/tekst.txt")
        let base = try folder.openKnowledgeBase()
        _ = try base.refresh()
        return QueryPlanner(index: base.index, analyzer: understanding.analyzer)
    }

    func testAnEverydayWordIsNoMisspelling() throws {
        let planner = try planner(over: "Zalf\n\nDeze zalf verzacht de huid. Het verstrekken van zalf mag alleen op recept.\n")
        func correction(_ word: String) throws -> String? {
            try planner.typoCorrection(of: word, term: understanding.analyzer.term(ofNormalized: word))?.term
        }
        XCTAssertNil(try correction("verwachting"), "'verwachting' is a word, one letter from 'verzacht'")
        XCTAssertNil(try correction("vertrekkend"), "the participle of the everyday 'vertrekken' is no misspelt 'verstrekkend'")
        XCTAssertNil(try correction("vertrekkende"))
        XCTAssertEqual(try correction("verzachtt"), understanding.analyzer.term(ofNormalized: "verzacht"))
    }

    func testAPluralWithoutItsApostropheIsTheKnowledgeBasesSingular() throws {
        let planner = try planner(over: "Handleiding\n\nDe pagina's van de handleiding staan online. Het virus verspreidt zich.\n")
        XCTAssertEqual(try planner.singularOfPluralWithoutApostrophe("paginas")?.term, understanding.analyzer.term(ofNormalized: "pagina"))
        XCTAssertNil(try planner.singularOfPluralWithoutApostrophe("fotos"), "'foto' is not in the knowledge base")
        XCTAssertNil(try planner.singularOfPluralWithoutApostrophe("boeken"), "no vowel before the s")
        let plan = try planner.plan(understanding.understand("waar staan de paginas?"))
        XCTAssertEqual(plan.concepts.first { $0.concept.label == "paginas" }?.isInKnowledgeBase, true)
    }

    func testWhatIsANameOfSeveralWordsLooksForTheSentenceThatDefinesIt() throws {
        let planner = try planner(over: "Pakketten\n\nEen virtueel pakket is een algemene naam. Een virtueel pakket kan veel doen.\n")
        let analyzer = understanding.analyzer
        let plan = try planner.plan(understanding.understand("Wat is een virtueel pakket?"))
        XCTAssertEqual(plan.definedPhrase, ["virtueel", "pakket"].map(analyzer.term(ofNormalized:)))
        XCTAssertTrue(plan.asksForDefinition)
        func opening(_ sentence: String) -> [String] { analyzer.analyze(sentence).prefix(5).map(\.term) }
        XCTAssertTrue(plan.definesSubject(opening: opening("Een virtueel pakket is een algemene naam.")))
        XCTAssertFalse(plan.definesSubject(opening: opening("Een virtueel pakket kan veel doen.")))
        let of = try planner.plan(understanding.understand("Wat is de indeling van een virtueel pakket?"))
        XCTAssertEqual(of.definedPhrase, [], "it asks what something of it is")
    }

    /// A post may ask "wat is …" after or before its story: the sentence that asks it says what
    /// to define, when it names one subject, or none ("wat is dat voor spul?") in a post about one
    /// substance. Asking what something *of* it is asks no definition.
    func testTheSentenceThatAsksWhatSomethingIsSaysWhatToDefine() throws {
        let planner = try planner(over: "Clonazepam\n\nClonazepam is een benzodiazepine. Het wordt voorgeschreven door een arts.\n")
        let analyzer = understanding.analyzer
        func defined(_ question: String) throws -> String? {
            let plan = try planner.plan(understanding.understand(question))
            return plan.asksForDefinition ? plan.definedSubject?.concept.label : nil
        }
        XCTAssertEqual(try defined("wat is clonazepam precies? krijg het voorgeschreven door de neuroloog"), "clonazepam")
        XCTAssertEqual(try defined("hoi, mn neuroloog wil me rivo geven voor mn epilepsie. wat is dat eigenlijk voor spul?"), "clonazepam")
        XCTAssertEqual(try defined("Wat is clonazepam?"), "clonazepam")
        XCTAssertNil(try defined("wat is de halfwaardetijd van clonazepam?"))
        XCTAssertNil(try defined("ik slik rivotril en xtc. wat is dat eigenlijk?"), "two substances")
        XCTAssertNil(try defined("mn neuroloog wil me rivo geven, is dat een goed idee?"), "no 'wat is'")
        let plan = try planner.plan(understanding.understand("wat is clonazepam precies? krijg het voorgeschreven door de neuroloog"))
        XCTAssertTrue(plan.definesSubject(opening: analyzer.analyze("Clonazepam is een benzodiazepine.").prefix(5).map(\.term)))
        let story = QuestionAnalysis("ik kreeg rivo. Wat is dat?", analyzer: analyzer)
        XCTAssertEqual(story.definitionSentence.map { story.tokens[$0].map(\.normalized) }, ["wat", "is", "dat"])
        XCTAssertNil(QuestionAnalysis("wat is? rivo", analyzer: analyzer).definitionSentence, "no word after 'wat is' in its sentence")
    }

    func testACollectiveNameCountsOnlyForASubstanceTheKnowledgeBaseNames() throws {
        let ketamine = try XCTUnwrap(understanding.understand("is ketamine veilig?").entities.first)
        XCTAssertTrue(ketamine.collectives.contains(["drugs"]))
        XCTAssertFalse(ketamine.broader.contains(["drugs"]), "'drugs' is no class")
        let drugs = understanding.analyzer.term(ofNormalized: "drugs")
        func broader(over text: String) throws -> [FTSQuery.Alternative] {
            let plan = try planner(over: text).plan(understanding.understand("is ketamine veilig met andere drugs?"))
            return try XCTUnwrap(plan.concepts.first { $0.concept.label == "ketamine" }).broader
        }
        XCTAssertFalse(try broader(over: "Risico\n\nCombineer geen drugs.\n").contains(.phrase([drugs])))
        XCTAssertTrue(try broader(over: "Risico\n\nCombineer geen drugs. Ketamine is een verdovend middel.\n").contains(.phrase([drugs])))
    }

    func testADiminutiveTheKnowledgeBaseLacksIsItsWord() throws {
        let planner = try planner(over: "Vormen\n\nHet middel is er als tablet en als drank.\n")
        let tablet = understanding.analyzer.term(ofNormalized: "tablet")
        // The stemmer makes "tabl" of "tabletje", as it makes "bal" of "balletje".
        XCTAssertNotEqual(understanding.analyzer.term(ofNormalized: "tabletje"), tablet)
        XCTAssertEqual(try planner.baseOfDiminutive("tabletje")?.term, tablet)
        XCTAssertEqual(try planner.baseOfDiminutive("tabletjes")?.term, tablet)
        XCTAssertNil(try planner.baseOfDiminutive("tablet"), "no diminutive")
        XCTAssertNil(try planner.baseOfDiminutive("pilletje"), "'pil' is not in the knowledge base")
        let plan = try planner.plan(understanding.understand("is er een tabletje van?"))
        XCTAssertEqual(plan.concepts.first { $0.concept.label == "tabletje" }?.isInKnowledgeBase, true)
    }

    func testForumShorthandIsNoSubject() {
        XCTAssertEqual(understanding.understand("hoe krijg ik ie ipv engels in het nederlands").concepts.map(\.label), ["engels", "nederlands"])
    }

    func testUnknownLongWordIsCorrectedToAKnownTerm() throws {
        let plan = try plan("wordt paniek behaandeld")
        let concept = try XCTUnwrap(plan.concepts.first { $0.concept.label == "behaandeld" })
        XCTAssertTrue(concept.exact.contains(.phrase(["behandeld"])))
        XCTAssertEqual(concept.expansions, ["behaandeld → behandeld"])
    }

    func testShortUnknownWordsAreNotCorrectedToKnowledgeBaseWords() throws {
        XCTAssertNil(try planner.typoCorrection(of: "lanq", term: "lanq"), "'lang' is in the index, but short words stay as typed")
    }

    func testShortAndNumericWordsAreNotCorrected() throws {
        XCTAssertNil(try planner.typoCorrection(of: "pin", term: "pin"))
        XCTAssertNil(try planner.typoCorrection(of: "2024", term: "2024"))
    }

    func testASplitVerbIsSearchedAsTheKnowledgeBaseWritesIt() throws {
        let plan = try plan("Drukt clonazepam de ademhaling onder?")
        let drukt = try XCTUnwrap(plan.concepts.first { $0.concept.label == "drukt" })
        XCTAssertTrue(drukt.exact.contains(.phrase([understanding.analyzer.term(ofNormalized: "onderdrukken")])), "\(drukt.exact)")
        XCTAssertEqual(drukt.expansions.count, 1)
        XCTAssertTrue(drukt.expansions[0].hasPrefix("drukt … onder = onderdruk"), "\(drukt.expansions)")
    }

    func testATeInfinitiveIsAlsoSearchedAsTheVerbItSplits() throws {
        let planner = try planner(over: "Handleiding\n\nU kunt informatie opzoeken in de handleiding.\n")
        let plan = try planner.plan(understanding.understand("hoe kan ik informatie op te zoeken?"))
        let zoeken = try XCTUnwrap(plan.concepts.first { $0.concept.label == "zoeken" })
        let term = understanding.analyzer.term(ofNormalized:)
        XCTAssertEqual(zoeken.exact, [.phrase([term("zoeken")]), .phrase([term("opzoeken")])], "the verb alone still counts")
        XCTAssertEqual(zoeken.expansions, ["op te zoeken = opzoeken"])
        XCTAssertFalse(plan.concepts.contains { $0.concept.label == "op" })
        let unknown = try planner.plan(understanding.understand("hoe kan ik informatie door te zoeken?"))
        XCTAssertEqual(try XCTUnwrap(unknown.concepts.first { $0.concept.label == "zoeken" }).exact.count, 1, "'doorzoeken' is not in the knowledge base")
        XCTAssertEqual(QuestionAnalysis("is het veilig om te zoeken of op te zoeken?", analyzer: DutchAnalyzer()).particleInfinitives.map(\.verb),
                       ["opzoeken"], "'om te' opens a clause")
    }

    func testATeInfinitiveOfAVerbThatSaysNothingAloneIsOneWordWhereTheKnowledgeBaseUsesIt() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("Distributies\n\nU kunt van stable naar testing overgaan.\n", to: "kennis/distributies.txt")
        let answerer = try folder.indexedAnswerer()
        XCTAssertEqual(answerer.understand("kan ik naar testing over te gaan?").concepts.map(\.label), ["testing", "overgaan"])
        XCTAssertEqual(answerer.understand("kan ik met testing door te gaan?").concepts.map(\.label), ["testing"],
                       "the knowledge base does not say 'doorgaan'")
        XCTAssertTrue(understanding.understand("hoe kan ik clonazepam het beste af te bouwen?").concepts.contains { $0.label == "ontwenningsverschijnselen" },
                      "'afbouwen' is a lexicon word")
    }

    func testLightVerbsWeighHalfAsMuchAsOtherWordsAsRare() throws {
        // Neither "verdampt" nor "genomen" is in the fixture.
        let plan = try plan("worden paniekaanvallen verdampt of genomen")
        let verdampt = try XCTUnwrap(plan.concepts.first { $0.concept.label == "verdampt" })
        let genomen = try XCTUnwrap(plan.concepts.first { $0.concept.label == "genomen" })
        // Each weighs what an unknown word as common in Dutch weighs, the light verb half of that.
        func unknownWeight(_ word: String) -> Double {
            QueryPlanner.idf(frequency: 0, passages: Double((try? planner.index.passageCount()) ?? 0)) * QueryPlanner.unknownWordShare(word)
        }
        XCTAssertEqual(verdampt.weight, unknownWeight("verdampt"), accuracy: 1e-9)
        XCTAssertEqual(genomen.weight, unknownWeight("genomen") * LightVerbs.weightFactor, accuracy: 1e-9)
        // "Slikken" is how people say they take a medicine.
        XCTAssertTrue(["slik", "slikt", "geslikt", "slikken", "doorslikt"].allSatisfy { LightVerbs.contains(term: understanding.analyzer.term(ofNormalized: $0)) })
    }

    /// An age or a count the knowledge base never mentions says how someone tells their story,
    /// not what they ask: it weighs as little as the most common unknown word, not as a rare one.
    func testUnknownNumbersWeighAsTheMostCommonWords() throws {
        let plan = try plan("mijn oma van 82 is al 2x gevallen door clonazepam")
        let passages = Double(try planner.index.passageCount())
        let idf = QueryPlanner.idf(frequency: 0, passages: passages)
        for number in ["82", "2x"] {
            let concept = try XCTUnwrap(plan.concepts.first { $0.concept.label == number }, number)
            XCTAssertEqual(concept.weight, idf * 0.2, accuracy: 1e-9, number)
        }
        XCTAssertGreaterThan(QueryPlanner.unknownWordShare("belastingaangifte"), 0.9, "a rare word keeps (nearly) its whole weight")
    }

    /// A medical term told only in the story need not be in the passages quoted, as one asked must:
    /// "hij denkt dat ie doodgaat. hoe krijg ik hem rustig?" does not ask about dying.
    func testATermToldOnlyBeforeTheQuestionIsNotNamedByIt() throws {
        let planner = try planner(over: "Tripjes\n\nEen bad trip is naar. Aan een overdosis kun je overlijden.\n")
        func named(_ question: String) throws -> [String] {
            try planner.plan(understanding.understand(question)).namedTerms.map(\.concept.label)
        }
        XCTAssertFalse(try named("maat zit te flippen en hij denkt dat ie doodgaat. hoe krijg ik hem rustig?").contains("overlijden"))
        XCTAssertFalse(try named("had gisteren een bad trip. moet ik naar de dokter?").contains("bad trip"))
        XCTAssertTrue(try named("had gisteren een bad trip, moet ik naar de dokter?").contains("bad trip"), "no sentence tells apart")
        XCTAssertTrue(try named("ik slik rivotril. kan je daar aan doodgaan?").contains("overlijden"))
        XCTAssertTrue(try named("ik had een bad trip. helpt rivotril bij een bad trip?").contains("bad trip"), "told, and asked")
    }

    /// Around a question that names its subject, the rest of a post is its story, whose words weigh
    /// less; a question that points back into the story ("kan ik dat uitzetten?") asks about it.
    func testStoryWordsAroundAQuestionThatNamesItsSubjectWeighLess() throws {
        func story(_ question: String) -> [String] {
            understanding.understand(question).concepts.filter(\.isStory).map(\.label)
        }
        XCTAssertEqual(story("mn huisarts heeft me rivotril meegegeven. waar is dat goed voor? dacht dat t een slaappil was"),
                       ["huisarts", "meegegeven", "dacht"])
        XCTAssertEqual(story("mn huisarts gaf me rivotril. mag dat met xtc?"), ["huisarts", "gaf"])
        XCTAssertEqual(story("ik smeer met de natte vinger en de pixels worden doorzichtig. Kan ik dat ergens uitzetten?"), [],
                       "the question names nothing the lexicon knows: the story is what it asks about")
        XCTAssertEqual(story("mn huisarts gaf me rivotril, mag dat met xtc"), [], "no sentence asks")
        XCTAssertEqual(story("mag rivotril met xtc? en met drank?"), [], "every sentence asks")
        XCTAssertEqual(story("mn huisarts gaf me rivotril. mag dat met mijn huisarts erbij?"), [], "a word the question also says")
        let storyPlan = try plan("mn huisarts gaf me paniekaanvallen. mag dat met clonazepam?")
        let huisarts = try XCTUnwrap(storyPlan.concepts.first { $0.concept.label == "huisarts" })
        XCTAssertEqual(huisarts.weight, try plan("huisarts").concepts[0].weight * QueryPlanner.storyShare, accuracy: 1e-9)
    }

    /// "verstopt" alone is constipation; a blocked nose is a term of its own.
    func testABlockedNoseIsNoConstipation() {
        let labels = understanding.understand("mag ik een neusspray tegen mijn verstopte neus?").concepts.map(\.label)
        XCTAssertTrue(labels.contains("verstopte neus"), "\(labels)")
        XCTAssertFalse(labels.contains("obstipatie"), "\(labels)")
        XCTAssertTrue(understanding.understand("ik zit al dagen verstopt van de oxycodon").concepts.contains { $0.label == "obstipatie" })
    }

    func testCompoundSplitsIntoKnownPartsWithLinkingS() throws {
        let split = try XCTUnwrap(try planner.compoundSplit(of: "ademhalingsdepressie"))
        XCTAssertEqual(split.parts, ["ademhaling", "depressie"])
        XCTAssertNil(try planner.compoundSplit(of: "onbekendwoordje"))
        // "aan" + linking s is no modifier: the stemmer makes "aan" of "aans", which every text has.
        let verb = try self.planner(over: "Avond\n\nZet het licht aan. Het is al laat.\n")
        XCTAssertNil(try verb.compoundSplit(of: "aanslaat"))
    }

    func testACompoundWrittenOutFindsTheWordTheKnowledgeBaseUses() throws {
        let spierpijn = understanding.analyzer.term(ofNormalized: "spierpijn")
        let plan = try plan("helpt clonazepam tegen pijn in de spieren?")
        for label in ["pijn", "spieren"] {
            let concept = try XCTUnwrap(plan.concepts.first { $0.concept.label == label })
            XCTAssertTrue(concept.exact.contains(.phrase([spierpijn])), "\(label): \(concept.exact)")
        }
        // "uit", "met" and "om" write compounds out too: "water uit de kraan" is kraanwater.
        let kraan = try planner(over: "Neusspray\n\nKraanwater is niet steriel.\n")
        let compounds = try kraan.periphrasisCompounds(in: QuestionAnalysis("mag ik water uit de kraan gebruiken?", analyzer: understanding.analyzer))
        XCTAssertEqual(compounds.map(\.term), [understanding.analyzer.term(ofNormalized: "kraanwater")])
        // Only compounds the knowledge base uses: there is no "spierclonazepam" or "ademhalingpijn".
        XCTAssertTrue(try planner.periphrasisCompounds(in: QuestionAnalysis("clonazepam in de spieren, pijn van ademhaling", analyzer: understanding.analyzer)).isEmpty)
    }

    func testRareWordsWeighMoreAndEntitiesMoreStill() throws {
        let plan = try plan("hoofdpijn clonazepam spierpijn")
        let weights = Dictionary(uniqueKeysWithValues: plan.concepts.map { ($0.concept.label, $0.weight) })
        XCTAssertGreaterThan(weights["clonazepam"]!, weights["hoofdpijn"]!, "entity boost")
        XCTAssertEqual(weights["hoofdpijn"]!, weights["spierpijn"]!, accuracy: 1e-9)
    }

    func testUnknownWordKeepsTheHighestWeight() throws {
        let plan = try plan("hoofdpijn kangoeroe")
        let weights = Dictionary(uniqueKeysWithValues: plan.concepts.map { ($0.concept.label, $0.weight) })
        XCTAssertGreaterThan(weights["kangoeroe"]!, weights["hoofdpijn"]!)
        XCTAssertLessThan(plan.coverage(of: ["hoofdpijn"]), 0.5)
    }

    func testAnUnknownWordWeighsLessTheMoreCommonItIsInDutch() throws {
        let plan = try plan("helpt fiets router zwavelzuurfabriek")
        let weights = plan.concepts.map(\.weight)
        XCTAssertEqual(weights, weights.sorted(), "helpt, fiets, router, zwavelzuurfabriek: from common to rare")
        XCTAssertLessThan(weights[0], weights[3] * 0.6)
        XCTAssertEqual(weights[3], QueryPlanner.idf(frequency: 0, passages: Double(try planner.index.passageCount())), accuracy: 1e-9,
                       "a word rarer than one in a million keeps the full weight")
    }
}

final class RankerTests: XCTestCase {
    private func plan(_ groups: [[String]]) -> QueryPlan {
        QueryPlan(
            question: UnderstoodQuestion(text: "", concepts: [], emergency: nil, isFollowUp: false),
            concepts: groups.map { group in
                PlannedConcept(concept: .word(group[0]), weight: 1, exact: group.map { .phrase([$0]) }, broader: [], expansions: [])
            })
    }

    /// `Ranker.form` as the ranker calls it, with the whole text's reference check.
    private func form(of text: String, wordCount: Int) -> Double {
        Ranker.form(of: text, wordCount: wordCount, mayHoldReferences: ReferenceLine.matches(Substring(text)))
    }

    func testQuestionOnlyPassagesAndFragmentsWeighLess() {
        XCTAssertEqual(form(of: "Kan je clonazepam combineren met MDMA?", wordCount: 6), 0.5)
        XCTAssertEqual(form(of: "Kan je clonazepam combineren met MDMA?\n\nOnderwerp trefwoorden", wordCount: 8), 0.5)
        XCTAssertEqual(form(of: "Kort.", wordCount: 1), 0.7)
        XCTAssertEqual(form(of: "Clonazepam en MDMA combineren wordt afgeraden. Lees verder.", wordCount: 8), 1)
        XCTAssertEqual(form(of: "• Welch TR, Rumack BH, Hammond K. Clonazepam overdose resulting in cyclic coma. Clin Toxicol. 1977;10(4):433-6. doi: 10.3109/15563657709046280.", wordCount: 20), 0.3)
    }

    func testReferenceLinesNeedTwoSignals() {
        XCTAssertTrue(ReferenceLine.matches("Welch TR, Rumack BH. Clin Toxicol. 1977;10(4):433-6."))    // authors + year
        XCTAssertTrue(ReferenceLine.matches("Zie https://doi.org/10.1000/182 (pmid 123)"))               // markers
        XCTAssertTrue(ReferenceLine.matches("Jansen et al. Tijdschr Geneeskd 2020 (3): 12-19."))          // marker + year
        XCTAssertTrue(ReferenceLine.matches("Welch TR, Rumack BH, et al. Clonazepam overdose."))         // authors + marker
        XCTAssertFalse(ReferenceLine.matches("In 2019 (het jaar van de studie) nam het gebruik toe."))   // year alone
        XCTAssertFalse(ReferenceLine.matches("Welch TR, Rumack BH schreven erover."))                    // authors alone
        XCTAssertFalse(ReferenceLine.matches("Clonazepam werkt lang: tot 1977 keer."))
    }

    func testTwoAuthorsAreRecognisedAsTheOldRegularExpressionDid() throws {
        let regex = try NSRegularExpression(pattern: #"\p{Lu}\p{Ll}+ \p{Lu}{1,3}, \p{Lu}\p{Ll}+ \p{Lu}{1,3}[,.]"#)
        var lines = [
            "Welch TR, Rumack BH. Clin Toxicol.", "zie Welch TR, Rumack BH, en anderen", "Élan ÉT, Ørsted Å.",
            "Welch TRXY, Rumack BH.", "Welch tr, Rumack BH.", "Welch TR,Rumack BH.", "W TR, Rumack BH.",
            "Welch TR, Rumack BH", "Welch  TR, Rumack BH.", "Jansen A, de Vries B.", "Jansen AB, Vries B. Smit C, Bos D.",
        ]
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("AaBbÉéTtRr ,.")
        for _ in 0..<3_000 {
            lines.append(String((0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
        for line in lines {
            let expected = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
            XCTAssertEqual(ReferenceLine.hasTwoAuthors(Substring(line)), expected, line)
        }
    }

    func testCoverageCountsBroaderMatchesLess() {
        var plan = plan([["clonazepam"], ["mdma"]])
        plan.concepts[0].broader = [.phrase(["benzodiazepin"])]
        XCTAssertEqual(plan.coverage(of: ["clonazepam", "mdma"]), 1)
        XCTAssertEqual(plan.coverage(of: ["benzodiazepin", "mdma"]), (PlannedConcept.broaderCredit + 1) / 2)
        XCTAssertEqual(plan.coverage(of: ["mdma"]), 0.5)
    }

    func testAClassSaysNothingOfASubstanceWhereTheTextNamesAnotherMemberOfIt() {
        var plan = plan([["diazepam"]])
        plan.concepts[0].broader = [.phrase(["benzodiazepin"])]
        plan.concepts[0].siblings = [.phrase(["clonazepam"])]
        XCTAssertEqual(plan.coverage(of: ["benzodiazepin", "afhankelijk"]), PlannedConcept.broaderCredit)
        XCTAssertEqual(plan.coverage(of: ["clonazepam", "benzodiazepin"]), 0, "'Clonazepam is een benzodiazepine' is not about diazepam")
        XCTAssertEqual(plan.coverage(of: ["diazepam", "clonazepam"]), 1)
    }

    func testOneClassWordDoesNotSpeakForTwoSubstances() {
        var plan = plan([["ketamine"], ["mdma"]])
        for index in plan.concepts.indices {
            plan.concepts[index].concept.role = .entity
            plan.concepts[index].broader = [.phrase(["drug"])]
        }
        XCTAssertFalse(plan.namesItsEntities(["drug", "clonazepam"]), "'… of andere drugs' names neither")
        XCTAssertTrue(plan.namesItsEntities(["drug", "mdma"]), "one by name, the other by class")
        XCTAssertTrue(plan.namesItsEntities(["ketamine", "mdma"]))
        plan.concepts.removeLast()
        XCTAssertTrue(plan.namesItsEntities(["drug"]), "a question on one substance may be answered by its class")
    }

    func testOfThreeSubstancesTextsSpeakTwoAtATime() {
        var plan = plan([["paroxetine"], ["oxazepam"], ["alcohol"]])
        for index in plan.concepts.indices { plan.concepts[index].concept.role = .entity }
        XCTAssertTrue(plan.namesItsEntities(["oxazepam", "alcohol"]), "'Drink geen alcohol zolang je oxazepam gebruikt'")
        XCTAssertFalse(plan.namesItsEntities(["alcohol"]))
        plan.concepts.removeLast()
        XCTAssertFalse(plan.namesItsEntities(["oxazepam"]), "of two, a text must name both")
    }

    func testAMemberOfAClassSpeaksForTheClass() {
        var plan = plan([["benzodiazepin"]])
        plan.concepts[0].members = [.phrase(["clonazepam"])]
        plan.concepts[0].siblings = [.phrase(["alcohol"])]
        XCTAssertEqual(plan.coverage(of: ["clonazepam", "alcohol"]), PlannedConcept.broaderCredit)
        XCTAssertTrue(plan.ftsQuery.groups[0].contains(.phrase(["clonazepam"])), "members are searched too")
    }
}
