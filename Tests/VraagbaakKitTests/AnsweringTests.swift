import XCTest
@testable import VraagbaakKit

final class EmergencyDetectorTests: XCTestCase {
    private func signal(_ question: String) -> EmergencyDetector.Signal? {
        EmergencyDetector().signal(in: QuestionAnalysis(question, analyzer: DutchAnalyzer()))
    }

    func testRecognisesDanger() {
        XCTAssertEqual(signal("ik heb te veel pillen genomen en voel me heel slecht"), .overdose)
        XCTAssertEqual(signal("mijn vriendin is flauwgevallen na een pil en ademt raar"), .unresponsive)
        XCTAssertEqual(signal("Hij ademt nauwelijks nog"), .breathing)
        XCTAssertEqual(signal("ik denk aan zelfmoord"), .suicidal)
        XCTAssertEqual(signal("Ik wil niet meer leven"), .suicidal)
        XCTAssertEqual(signal("ze reageert nergens meer op"), .unresponsive)
        XCTAssertEqual(signal("hij heeft een epileptische aanval na xtc"), .unresponsive)
        XCTAssertEqual(signal("vriend is blauw aangelopen"), .breathing)
        XCTAssertEqual(signal("ik heb 10 pillen clonazepam geslikt"), .overdose)
        XCTAssertEqual(signal("ze heeft de hele strip genomen"), .overdose)
        XCTAssertEqual(signal("help mijn vriend krampt en schuimt uit zijn mond na xtc"), .unresponsive)
        XCTAssertEqual(signal("mijn maat is gloeiend heet, praat verward en zakt steeds in elkaar"), .overdose)
        XCTAssertEqual(signal("heb net een handvol klonopin weggespoeld"), .overdose)
        XCTAssertEqual(signal("ben mijn afscheidsbrief aan het schrijven"), .suicidal)
        XCTAssertEqual(signal("hij ging neer na een paar ballonnen en komt niet meer bij"), .unresponsive)
        XCTAssertEqual(signal("ze is niet meer bij te krijgen"), .unresponsive)
        XCTAssertEqual(signal("heb al mijn pillen klaarliggen en wil er vannacht een eind aan maken"), .suicidal)
        XCTAssertEqual(signal("wat moet ik doen als mijn vriend begint te schokken"), .unresponsive)
        XCTAssertEqual(signal("het heeft geen zin meer, ik denk erover om er vanavond een eind aan te maken"), .suicidal)
        XCTAssertEqual(signal("ze heeft 40 graden koorts na xtc en sertraline"), .overdose)
        XCTAssertEqual(signal("hij praat wartaal sinds hij die pillen nam"), .unresponsive)
        XCTAssertEqual(signal("mijn broer kickt af van de ghb, dag 2, hij praat tegen mensen die er niet zijn en trilt helemaal"), .unresponsive)
        XCTAssertEqual(signal("ze ziet dingen die er niet zijn sinds ze gestopt is"), .unresponsive)
        XCTAssertEqual(signal("ik heb al weken mijn pillen gespaard, vanavond ga ik ze allemaal innemen"), .suicidal)
        XCTAssertEqual(signal("ik ga die oxazepam allemaal slikken, niemand merkt het"), .suicidal)
        XCTAssertEqual(signal("hij zit op lsd en roept dat hij kan vliegen, hij staat op het balkon"), .unresponsive)
    }

    /// Emergencies beyond the drug's own effects: a child that swallowed medicine, pinhead pupils,
    /// a stroke, a severe allergic reaction; asked about as a risk they are none.
    func testRecognisesPoisonedChildrenStrokesAndAllergicShock() {
        let cases: [(question: String, signal: EmergencyDetector.Signal?)] = [
            ("mijn peuter heeft een tabletje van oma ingeslikt", .overdose),
            ("ons zoontje heeft op een pijnpleister gekauwd", .overdose),
            ("mijn vader is suf en zijn pupillen zijn heel klein", .overdose),
            ("mijn moeder heeft ineens een scheve mond en praat onduidelijk", .stroke),
            ("hij heeft de ergste hoofdpijn van zijn leven na een pil", .stroke),
            ("ik denk dat mijn vriend een beroerte heeft", .stroke),
            ("na die antibiotica zwelt mijn keel op en mijn tong wordt dik", .allergicReaction),
            ("kan je een beroerte krijgen van speed?", nil),
            ("krijg je kleine pupillen van oxycodon?", nil),
            ("wat als een kind per ongeluk een pil inslikt?", nil),
            ("is een allergische shock een bijwerking van amoxicilline?", nil),
            ("mag ik ibuprofen tegen mijn hoofdpijn?", nil),
        ]
        for (question, expected) in cases {
            XCTAssertEqual(signal(question), expected, question)
        }
    }

    /// Dangers as people report them in their own words, and the same words told of a time that is over.
    func testDangersInEverydayWordsAndDangersThatHavePassed() {
        let cases: [(question: String, signal: EmergencyDetector.Signal?)] = [
            ("mijn kleuter heeft de vitaminepillen opgegeten", .overdose),
            ("onze dochter van 3 heeft een slok van mijn methadon genomen", .overdose),
            ("mijn vriend heeft de halve pot oxazepam genomen", .overdose),
            ("hij gloeit helemaal en de thermometer zegt 41", .overdose),
            ("haar spieren schokken vanzelf sinds ze tramadol bij haar sertraline nam", .overdose),
            ("mijn lippen zwellen op na die pijnstiller", .allergicReaction),
            ("ik krijg moeilijk lucht na die pil", .breathing),
            ("ik voel een drukkend gevoel op mijn borst na de coke", .chestPain),
            ("mijn vader kan zijn arm niet meer bewegen", .stroke),
            ("ze zegt dat ze zichzelf iets gaat aandoen", .suicidal),
            ("ik heb een afscheidsbericht gestuurd en al mijn oxy genomen", .suicidal),
            ("ik heb mezelf gesneden en het houdt niet op", .suicidal),
            ("vorig jaar ben ik flauwgevallen na een joint, hoe kan dat?", nil),
            ("ik had vroeger zelfmoordgedachten, mag ik nu sertraline?", nil),
            ("mijn vriend is twee maanden geleden bewusteloos geraakt van ghb, hoe voorkom ik dat?", nil),
            ("ik weet niet meer hoe het zat, maar ik werd wakker in mijn eigen bed", nil),
            ("ik word dik in mijn gezicht van de prednison", nil),
            ("ik heb 40 stilnoct geslikt", .overdose),
            ("ze zit te lallen en valt steeds weg", .unresponsive),
            ("mijn opa is in de war en heel suf na zijn pillen", .unresponsive),
            ("hij hapt naar adem na die methadon", .breathing),
            ("mijn vriend ligt te gorgelen na een paar xanax", .breathing),
            ("mijn moeder praat ineens met dubbele tong", .stroke),
            ("ik braak bloed na al die ibuprofen", .bleeding),
            ("heb net in mijn arm gesneden en het stopt niet", .suicidal),
            ("hoeveel oxazepam moet je nemen om niet meer wakker te worden", .suicidal),
            ("vannacht was ze oververhit na een pil, we gaven haar water en nu is ze weer helemaal oké", nil),
            ("ze is slap als een vod en zegt niks meer", .unresponsive),
            ("ik zit op de badkamer. ik wil niet meer.", .suicidal),
            ("ik wil niet meer afhankelijk zijn van oxazepam", nil),
            ("hij ademt en zijn lippen zien er paars uit", .breathing),
            ("na 3mmc krijg ik altijd ijskoude paarse vingers, wat is dat", nil),
            ("de wond op haar hoofd bloedt en het stopt niet, ze slikt acenocoumarol", .bleeding),
            ("opa kan sinds tien minuten zijn woorden niet vinden", .stroke),
            ("haar gezicht is opgezwollen en ze piept bij het ademen", .allergicReaction),
            ("ik nam 5 biertjes en 2 pillen", nil),
            // Flemish and chat spellings; particles inside a phrase.
            ("mijn maat ligt daar plat, ik krijg hem nie wakker", .unresponsive),
            ("zijn neus bloedt al een uur en het houdt maar niet op", .bleeding),
            // Household chemicals swallowed, by a child or anyone.
            ("ik heb per ongeluk een slok chloor gedronken en mijn keel brandt", .overdose),
            ("de kleine heeft aan de fles ontstopper gezeten", .overdose),
            ("kan je doodgaan als je bleekwater drinkt?", nil),
            // A plan: pills saved up, a goodbye.
            ("heb al mijn antidepressiva opgespaard, vanavond is het zover", .suicidal),
            ("dit is mijn laatste bericht hier", .suicidal),
            // Films, dreams and leaflets happen to no one; a small cut is no self-harm.
            ("in de serie die ik kijk slikt iemand een hele pot pillen en wordt hij blauw, kan dat?", nil),
            ("vannacht droomde ik dat ik niet meer kon ademen, komt dat door clonazepam?", nil),
            ("in de bijsluiter staat zwelling van de keel als bijwerking, hoe vaak komt dat voor?", nil),
            ("ik heb me gesneden bij het koken en het bloedt een beetje, verdunt clonazepam het bloed?", nil),
            ("mijn opa was vorige week erg verward, nu is hij weer de oude", nil),
            // A child and pills gone missing, told over two sentences; a button battery.
            ("de jongste heeft een doosje paracetamol gevonden. Er zijn er zes weg.", .overdose),
            ("mijn zoontje had een knoopcelbatterij in zijn hand. Volgens mij heeft hij hem ingeslikt.", .overdose),
            ("mijn dochter van 16 leest over paracetamol voor een werkstuk", nil),
            // Anyone, in a condition, is no one now.
            ("wat doe je als je iemand aantreft met blauwe lippen?", nil),
            ("het ruikt hier naar gas en de buurvrouw doet niet open", .overdose),
            ("hij heeft de halve koelkast leeggegeten na zijn slaappil", nil),
            // Counts in words; a goodbye in inverted order; fiction in a game; a course.
            ("ik heb vanmorgen twintig paracetamol ingenomen", .overdose),
            ("zorg goed voor mijn kat, morgen ben ik er niet meer", .suicidal),
            ("in de game krijgt mijn character een overdose na te veel potions", nil),
            ("op de ehbo-cursus ging het over iemand die bewusteloos is, hoe leg je die neer?", nil),
            ("hoe lang blijft een wondje bloeden als je bloedverdunners gebruikt?", nil),
            // A clause of "zonder dat" is one to avoid, and only that clause.
            ("hoe kom ik van de neusspray af zonder dat ik nachtenlang geen lucht krijg", nil),
            ("hij ligt op zijn rug te kotsen zonder dat hij wakker wordt", .breathing),
        ]
        for (question, expected) in cases {
            XCTAssertEqual(signal(question), expected, question)
        }
    }

    func testOrdinaryQuestionsAreNoEmergency() {
        XCTAssertNil(signal("kan je clonazepam combineren met MDMA?"))
        XCTAssertNil(signal("wat is de halfwaardetijd van mdma"))
        XCTAssertNil(signal("is ademhalingsdepressie een risico van benzo's"))
        XCTAssertNil(signal("ik heb 2 pillen clonazepam genomen, mag ik nu autorijden?"))
        XCTAssertNil(signal("ik heb 10 pillen in huis"))
        XCTAssertNil(signal("komt clonazepam niet bij de baby als ik borstvoeding geef?"))
        XCTAssertNil(signal("ik wil een eind aan mijn verslaving maken"))
        XCTAssertNil(signal("komt er een eind aan de bijwerkingen van sertraline?"))
        XCTAssertNil(signal("is 40 graden buiten op een festival gevaarlijk met xtc?"))
        XCTAssertNil(signal("zie je op lsd echt dingen die er niet zijn?"))
        XCTAssertNil(signal("moet ik de antibiotica allemaal innemen of mag ik eerder stoppen?"))
        XCTAssertNil(signal("kan je vliegen met rivotril in je handbagage?"))
    }

    /// The same danger word, asked about as a possibility or a topic (no emergency), and said of
    /// the asker or someone they name (emergency).
    func testADangerWordCountsWhenItHappensToSomeoneNotAsATopic() {
        // Suicidal thoughts as a side effect, and as the asker's own.
        XCTAssertNil(signal("krijg je zelfmoordgedachten van rivotril"))
        XCTAssertNil(signal("kan clonazepam suïcidale gedachten veroorzaken"))
        XCTAssertNil(signal("ik las dat clonazepam zelfmoordgedachten kan geven, klopt dat?"))
        XCTAssertNil(signal("verhoogt rivotril het risico op zelfmoord"))
        XCTAssertNil(signal("krijg ik zelfmoordgedachten als ik stop met rivotril"))
        XCTAssertEqual(signal("ik heb zelfmoordgedachten sinds ik rivotril slik"), .suicidal)
        XCTAssertEqual(signal("mijn vriend wil zelfmoord plegen"), .suicidal)
        XCTAssertEqual(signal("waarom krijg ik zelfmoordgedachten van rivotril"), .suicidal)
        XCTAssertEqual(signal("kan iemand helpen ik heb zelfmoordgedachten"), .suicidal)
        XCTAssertEqual(signal("ik vecht al weken tegen zelfmoordgedachten"), .suicidal)
        // A request for help or a modal later in the clause does not make it a topic.
        XCTAssertEqual(signal("ik denk aan zelfmoord kan ik beter stoppen met clonazepam"), .suicidal)
        // Seizures as what a medicine treats or a drug may cause, and as happening.
        XCTAssertNil(signal("helpt een benzo tegen stuipen als iemand te veel mdma op heeft"))
        XCTAssertNil(signal("kan mdma epileptische aanvallen geven"))
        XCTAssertNil(signal("wordt clonazepam gebruikt tegen epileptische aanvallen"))
        XCTAssertNil(signal("heeft iemand ervaring met stuipen na xtc"))
        XCTAssertNil(signal("ik vraag me af of rivotril stuipen kan geven"))
        XCTAssertEqual(signal("mijn vriendin heeft een stuip gekregen na een pil"), .unresponsive)
        XCTAssertEqual(signal("hij ligt te stuiptrekken na xtc"), .unresponsive)
        // Fainting as a possibility, and as an event.
        XCTAssertNil(signal("kun je flauwvallen van rivotril met xtc samen"))
        XCTAssertNil(signal("is flauwvallen een bijwerking van clonazepam"))
        XCTAssertNil(signal("kun je bewusteloos raken van te veel rivotril"))
        XCTAssertEqual(signal("mijn broer valt steeds flauw na xtc"), .unresponsive)
        XCTAssertEqual(signal("ze is flauwgevallen op een feest, wat nu"), .unresponsive)
        // An overdose as a topic, and as taken.
        XCTAssertNil(signal("is een overdosis rivotril dodelijk"))
        XCTAssertNil(signal("hoeveel clonazepam is een overdosis"))
        XCTAssertNil(signal("kan ik een overdosis krijgen van 3 pillen rivotril"))
        XCTAssertNil(signal("hoe groot is de kans op een overdosis als je benzo's en mdma combineert"))
        XCTAssertEqual(signal("kun je me helpen mijn vriend heeft een overdosis genomen"), .overdose)
        XCTAssertEqual(signal("is dit een overdosis? hij trilt en zweet heel erg"), .overdose)
        XCTAssertEqual(signal("help overdosis rivotril"), .overdose)
        XCTAssertEqual(signal("ik denk dat ik een overdosis heb genomen"), .overdose)
    }

    func testSeizuresAndThoughtsOfEndingItAsPeopleWriteThem() {
        XCTAssertEqual(signal("mijn vriend ligt te schokken op de grond na xtc wat moet ik doen"), .unresponsive)
        XCTAssertEqual(signal("hij heeft schuim op de mond en schokt"), .unresponsive)
        XCTAssertEqual(signal("ze heeft trekkingen en reageert niet"), .unresponsive)
        XCTAssertEqual(signal("mijn vriend heeft een toeval na xtc"), .unresponsive)
        XCTAssertEqual(signal("mn vriend is net in elkaar gezakt na 2 pillen"), .unresponsive)
        XCTAssertEqual(signal("hij is niet meer aanspreekbaar"), .unresponsive)
        XCTAssertEqual(signal("ik wil er een eind aan maken, heb al mijn benzo's klaargelegd"), .suicidal)
        XCTAssertEqual(signal("ik wil er een punt achter zetten"), .suicidal)
        XCTAssertEqual(signal("ik zie het niet meer zitten en heb al mijn rivotril klaarliggen"), .suicidal)
        XCTAssertEqual(signal("ik wil gewoon niet meer wakker worden"), .suicidal)
        XCTAssertEqual(signal("ik kan zo niet meer leven"), .suicidal)
        XCTAssertEqual(signal("ik wil er gewoon niet meer zijn"), .suicidal)
        XCTAssertEqual(signal("ik denk steeds dat het beter is als ik er niet meer ben. Wat moet ik doen?"), .suicidal)
        XCTAssertNil(signal("ik slik er niet meer van dan de arts zegt, is dat goed?"))
        XCTAssertEqual(signal("heb net al mn oxazepam geslikt met wodka"), .overdose)
        XCTAssertEqual(signal("ze heeft haar hele voorraad in 1x ingenomen"), .overdose)
        XCTAssertNil(signal("mag je sertraline in een keer innemen of beter verdeeld over de dag?"))
        XCTAssertEqual(signal("ik krijg geen lucht meer na die pil"), .breathing)
        XCTAssertEqual(signal("nu ademt ze heel langzaam en haar lippen worden blauw"), .breathing)
        XCTAssertEqual(signal("hij ademt zo oppervlakkig na die benzo's"), .breathing)
        XCTAssertEqual(signal("ik heb net 30 rivotril geslikt"), .overdose)
        XCTAssertNil(signal("ik heb 5 jaar lang clonazepam genomen"))
        XCTAssertNil(signal("ik ben 25 en heb gisteren 1,5 pillen rivotril genomen"))
        XCTAssertNil(signal("is het normaal dat je zwaar ademt na xtc"))
        XCTAssertNil(signal("is het normaal dat je langzamer ademt met een benzo"))
    }

    func testChestPainSlowBreathingAndPassingOutAsPeopleWriteThem() {
        XCTAssertEqual(signal("ik heb sinds een uur pijn op mn borst na een paar lijnen speed"), .chestPain)
        XCTAssertEqual(signal("mijn vriend voelt druk op zijn borst en zweet heel erg"), .chestPain)
        XCTAssertNil(signal("krijg je pijn op de borst van speed?"))
        XCTAssertEqual(signal("pep gesnoven en nu drukt er iets zwaar op mn borst en mn linkerarm tintelt"), .chestPain)
        XCTAssertNil(signal("kan ritalin pijn op de borst geven"))
        XCTAssertEqual(signal("hij ademt heel traag en snurkt raar"), .breathing)
        XCTAssertEqual(signal("ze ligt helemaal out na g en drank"), .unresponsive)
        XCTAssertNil(signal("ga je sneller out van g als je gedronken hebt?"))
        XCTAssertNil(signal("is het normaal dat je trager ademt met oxycodon"))
    }

    /// A number of pills taken is an overdose, whatever the question says after the verb: "tegen
    /// kiespijn" says what they were taken for, it does not ask what helps against something.
    /// One sign of a body in trouble is a side effect to ask about; three kinds at once, told of
    /// someone now, are an emergency (a serotonin syndrome, an alcohol poisoning).
    func testManySignsAtOnceAreAnEmergency() {
        XCTAssertEqual(signal("mijn zus heeft mdma genomen, nu trilt ze, is ze kletsnat van het zweet en rollen haar ogen"), .manySigns)
        XCTAssertEqual(signal("hij ligt in zijn eigen kots en is ijskoud en spierwit"), .manySigns)
        XCTAssertNil(signal("ik zweet en tril een beetje sinds ik sertraline slik, is dat normaal?"))
        XCTAssertNil(signal("kun je van sertraline gaan trillen, zweten en een snelle hartslag krijgen?"))
    }

    func testManyPillsTakenAgainstAnAilmentIsStillAnOverdose() {
        XCTAssertEqual(signal("gisteravond per ongeluk zo'n 12 paracetamol van 500 genomen tegen kiespijn, moet ik ergens heen?"), .overdose)
        XCTAssertNil(signal("helpen 6 paracetamol tegen kiespijn als je ze samen hebt genomen"))
    }

    /// "Wat moet ik doen als mijn vriend …" asks for first aid now, and the emergency block gives
    /// it (call 112); "wat moet je doen als iemand …" asks it in general, of no one now, and so does
    /// a question that prepares for a danger.
    func testAskingWhatToDoNowIsAskingForFirstAid() {
        XCTAssertEqual(signal("wat moet ik doen als mijn vriend flauwvalt na xtc"), .unresponsive)
        XCTAssertEqual(signal("wat moeten we doen, hij heeft een overdosis rivotril"), .overdose)
        XCTAssertNil(signal("wat moet je doen als iemand flauwvalt na xtc"))
        XCTAssertNil(signal("wat moet je doen bij een overdosis rivotril"))
        XCTAssertNil(signal("stel dat mijn vriend te veel ghb neemt en niet wakker wordt, wat moet ik dan doen?"))
        XCTAssertNil(signal("wat doe ik als mijn collega een epileptische aanval krijgt? ik wil voorbereid zijn"))
        XCTAssertNil(signal("als iemand flauwvalt na xtc, komt dat dan door de rivotril?"))
        // It asks for first aid for the danger in its own sentence, not for a side effect asked about before.
        XCTAssertNil(signal("iemand gehoord dat je van clonazepam suïcidale gedachten kan krijgen? wat moet je dan doen"))
        XCTAssertEqual(signal("mijn vriend heeft een overdosis genomen. wat moet ik doen?"), .overdose)
    }

    func testTheWordsOfASuicidalTopicStayConcepts() {
        let question = QuestionUnderstanding(lexicon: .builtIn).understand("krijg je zelfmoordgedachten van rivotril")
        XCTAssertNil(question.emergency)
        XCTAssertTrue(question.concepts.contains { $0.label == "suïcidale gedachten" }, "\(question.concepts.map(\.label))")
    }

    func testTheWordsOfASuicidalThoughtAreNoSubjectToQuoteOn() throws {
        let understanding = QuestionUnderstanding(lexicon: .builtIn)
        let alone = understanding.understand("ik wil dood")
        XCTAssertEqual(alone.emergency, .suicidal)
        XCTAssertTrue(alone.concepts.isEmpty, "\(alone.concepts.map(\.label))")
        let asking = understanding.understand("ik denk aan zelfmoord, kan ik beter stoppen met clonazepam?")
        XCTAssertEqual(asking.emergency, .suicidal)
        XCTAssertTrue(asking.concepts.contains { $0.label == "clonazepam" })
        XCTAssertFalse(asking.concepts.contains { $0.label.hasPrefix("zelfmoord") }, "\(asking.concepts.map(\.label))")
    }
}
