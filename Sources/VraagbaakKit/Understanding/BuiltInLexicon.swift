/// The lexicon built into Vraagbaak: substances, classes and lay words of the medication and drugs
/// domain, and everyday words that mean the same, in the file format of ``Lexicon`` (a knowledge folder's `lexicon.tsv` adds to it).
extension Lexicon {
    public static let builtIn: Lexicon = {
        do {
            return try Lexicon(text: builtInText, source: "ingebouwd lexicon")
        } catch {
            preconditionFailure("the built-in lexicon does not parse: \(error)")
        }
    }()

    static let builtInText = """
        # soort	naam	varianten	klassen
        klasse\tbenzodiazepine\tbenzo, benzo's, benzodiazepinen, benzodiazepines, benzos, benzodiazepine-achtige\tkalmeringsmiddel
        klasse\topioïde\topiaat, opiaten, opioïden, opioiden, opioide, opiaatachtige\tpijnstiller
        klasse\tstimulantia\tstimulant, stimulerend middel, stimulerende middelen, upper, uppers, pepmiddel
        klasse\tpsychedelica\tpsychedelicum, psychedelisch middel, tripmiddel, hallucinogeen, hallucinogenen
        klasse\tantidepressiva\tantidepressivum, antidepressant, ssri, ssri's, snri, tricyclische antidepressiva
        klasse\tkalmeringsmiddel\tkalmeringsmiddelen, sedativum, sedativa, rustgevend middel, downer, downers, slaapmiddel, slaapmiddelen, slaappil, slaappillen
        klasse\tantipsychotica\tantipsychoticum, neurolepticum, neuroleptica
        klasse\tpijnstiller\tpijnstillers, pijnstillend middel, analgeticum
        klasse\tontstekingsremmer\tontstekingsremmers, nsaid, nsaid's, nsaids, ontstekingsremmende pijnstiller, ontstekingsremmende pijnstillers\tpijnstiller
        klasse\tanti-epileptica\tanti-epilepticum, anti-epileptisch middel, anti-epileptische middelen
        klasse\tantibiotica\tantibioticum, antibiotics, antibioticakuur
        klasse\tantihistaminica\tantihistaminicum, antihistamine, antihistaminen, antihistaminicums
        klasse\tbètablokker\tbètablokkers, betablokker, betablokkers, beta-blokker, beta-blokkers
        klasse\tbloedverdunner\tbloedverdunners, antistolling, antistollingsmiddel, antistollingsmiddelen, anticoagulans, anticoagulantia, doac, doacs, trombosemedicijn
        klasse\tplaatjesremmer\tplaatjesremmers, trombocytenaggregatieremmer, trombocytenaggregatieremmers\tbloedverdunner
        klasse\tstatine\tstatines, cholesterolverlager, cholesterolverlagers, cholesterolremmer, cholesterolremmers
        klasse\tbloeddrukverlager\tbloeddrukverlagers, bloeddrukpil, bloeddrukpillen, bloeddrukmedicatie, antihypertensivum, antihypertensiva
        klasse\tace-remmer\tace-remmers\tbloeddrukverlager
        klasse\tdiureticum\tdiuretica, plaspil, plaspillen, plastablet, plastabletten\tbloeddrukverlager
        klasse\tmaagzuurremmer\tmaagzuurremmers, maagbeschermer, maagbeschermers, protonpompremmer, protonpompremmers
        klasse\ttriptan\ttriptanen, migrainemiddel, migrainemiddelen
        klasse\tcorticosteroïd\tcorticosteroïden, corticosteroiden, corticosteroid, corticosteroïde, corticosteroide, corticosteroiden
        klasse\tbloedsuikerverlager\tbloedsuikerverlagers, diabetesmedicatie, diabetesmiddel, diabetesmiddelen, antidiabetica, diabetespil, diabetespillen, diabetestabletten
        klasse\tdesignerbenzo\tdesignerbenzo's, designer benzo, designer benzo's, research benzo, research chemical benzo\tbenzodiazepine
        klasse\tlaxeermiddel\tlaxeermiddelen, laxeerpil, laxeerpillen, laxans, laxantia, poedermiddel
        verzamelnaam\tdrugs\tdrug, harddrugs, softdrugs, partydrugs, recreatieve drugs
        stof\tclonazepam\trivotril, rivo, klonopin\tbenzodiazepine
        stof\tdiazepam\tvalium, stesolid\tbenzodiazepine
        stof\tlorazepam\ttemesta, ativan\tbenzodiazepine
        stof\toxazepam\tseresta\tbenzodiazepine
        stof\talprazolam\txanax, xanor, xannies, xanies\tbenzodiazepine
        stof\ttemazepam\tnormison\tbenzodiazepine
        stof\tmidazolam\tdormicum\tbenzodiazepine
        stof\tbromazepam\tlexotan\tbenzodiazepine
        stof\tzolpidem\tstilnoct, ambien\tkalmeringsmiddel
        stof\tzopiclon\timovane, zopiclone\tkalmeringsmiddel
        stof\tmdma\txtc, ecstasy, extacy, extasy, ecstacy, molly, mdma-pil, xtc-pil, xtc-pillen, mandy, methyleendioxymethamfetamine\tstimulantia, drugs
        stof\tamfetamine\tspeed, amfetamines, amphetamine\tstimulantia, drugs
        stof\tmethamfetamine\tcrystal meth, meth, methamphetamine\tstimulantia, drugs
        stof\tcocaïne\tcoke, cocaine, crack\tstimulantia, drugs
        stof\tmethylfenidaat\tritalin, concerta, medikinet\tstimulantia
        stof\t3-mmc\t3mmc, 3-methylmethcathinon\tstimulantia, drugs
        stof\tcafeïne\tcafeine, koffie, energiedrank, energiedrankjes\tstimulantia
        stof\tlsd\tacid, lsd-25\tpsychedelica, drugs
        stof\tpsilocybine\tpaddo, paddo's, paddenstoelen, truffels, truffel, magic mushrooms, psilocine\tpsychedelica, drugs
        stof\t2c-b\t2cb, nexus\tpsychedelica, drugs
        stof\tketamine\tketa, special k\tdrugs
        stof\tghb\tliquid xtc, gamma-hydroxyboterzuur\tkalmeringsmiddel, drugs
        stof\tlachgas\tdistikstofoxide, ballonnen, n2o\tdrugs
        stof\tcannabis\twiet, hasj, joint, jointje, blowen, marihuana, weed, thc, spacecake\tdrugs
        stof\talcohol\tdrank, drankje, drankjes, bier, biertje, biertjes, wijn, sterke drank, alcoholische drank, alcoholische dranken, alcoholisch, zuipen, borrel, dronken, aangeschoten, bezopen\tkalmeringsmiddel
        stof\tnicotine\troken, sigaret, sigaretten, tabak, vape, vapen
        stof\tmorfine\tmorphine, oramorph\topioïde, pijnstiller
        stof\theroïne\theroine\topioïde, drugs
        stof\toxycodon\toxycontin, oxynorm, oxycodone, oxy\topioïde, pijnstiller
        stof\tfentanyl\tdurogesic, fentanyl-pleister\topioïde, pijnstiller
        stof\ttramadol\ttramal, tradonal\topioïde, pijnstiller
        stof\tcodeïne\tcodeine\topioïde, pijnstiller
        stof\tmethadon\tmethadone\topioïde
        stof\tparacetamol\tpanadol, acetaminofen\tpijnstiller
        stof\tibuprofen\tadvil, nurofen, brufen\tontstekingsremmer
        stof\tdiclofenac\tvoltaren, cataflam, arthrotec\tontstekingsremmer
        stof\tnaproxen\taleve, naprosyne\tontstekingsremmer
        stof\tacetylsalicylzuur\taspirine, aspro\tpijnstiller
        stof\tsertraline\tzoloft\tantidepressiva
        stof\tfluoxetine\tprozac\tantidepressiva
        stof\tparoxetine\tseroxat\tantidepressiva
        stof\tcitalopram\tcipramil\tantidepressiva
        stof\tescitalopram\tlexapro, cipralex\tantidepressiva
        stof\tvenlafaxine\tefexor\tantidepressiva
        stof\tlithium\tlithiumcarbonaat, priadel, camcolit
        stof\tquetiapine\tseroquel\tantipsychotica
        stof\tolanzapine\tzyprexa\tantipsychotica
        stof\trisperidon\trisperidone, risperdal\tantipsychotica
        stof\thaloperidol\thaldol\tantipsychotica
        stof\taripiprazol\tabilify\tantipsychotica
        stof\tmirtazapine\tremeron\tantidepressiva
        stof\tamitriptyline\tsarotex\tantidepressiva
        stof\tduloxetine\tcymbalta\tantidepressiva
        stof\tbupropion\tzyban, wellbutrin\tantidepressiva
        stof\tvalproïnezuur\tvalproinezuur, valproaat, natriumvalproaat, depakine\tanti-epileptica
        stof\tcarbamazepine\ttegretol\tanti-epileptica
        stof\tlamotrigine\tlamictal\tanti-epileptica
        stof\tlevetiracetam\tkeppra\tanti-epileptica
        stof\tpregabaline\tlyrica\tanti-epileptica
        stof\tgabapentine\tneurontin\tanti-epileptica
        stof\tdexamfetamine\tdexamfetaminesulfaat, dexamphetamine, tentin, amfexa\tstimulantia
        stof\tlisdexamfetamine\telvanse\tstimulantia
        stof\tatomoxetine\tstrattera
        stof\tmodafinil\tmodiodal, moda\tstimulantia
        stof\tbuprenorfine\tsubutex, suboxone, temgesic\topioïde
        stof\tnaloxon\tnaloxone, nyxoid
        stof\tmelatonine\tmelatonin, circadin
        stof\tomeprazol\tlosec, omeprazole\tmaagzuurremmer
        stof\tpantoprazol\tpantozol, pantoprazole\tmaagzuurremmer
        stof\tprednison\tprednisone\tcorticosteroïd
        stof\tmetformine\tglucophage\tbloedsuikerverlager
        stof\tlevothyroxine\tthyrax, euthyrox
        stof\tamoxicilline\tclamoxyl, amoxicillin\tantibiotica
        stof\tgbl\tgamma-butyrolacton\tkalmeringsmiddel, drugs
        stof\tdmt\tdimethyltryptamine\tpsychedelica, drugs
        stof\tmescaline\tmescalin\tpsychedelica, drugs
        stof\t4-fa\t4fa, 4-fluoramfetamine\tstimulantia, drugs
        stof\tkratom\t\tdrugs
        stof\tcbd\tcannabidiol, cbd-olie
        stof\t4-mmc\t4mmc, mefedron, mephedrone\tstimulantia, drugs
        stof\tayahuasca\t\tpsychedelica, drugs
        stof\tsalvia\tsalvia divinorum\tpsychedelica, drugs
        stof\tdextromethorfan\tdxm, dextromethorphan
        stof\ttapentadol\tpalexia\topioïde, pijnstiller
        stof\tnitrazepam\tmogadon\tbenzodiazepine
        stof\tflurazepam\tdalmadorm\tbenzodiazepine
        stof\tchloordiazepoxide\tlibrium\tbenzodiazepine
        stof\tclorazepinezuur\ttranxene\tbenzodiazepine
        stof\ttrazodon\ttrazodone, trazolan\tantidepressiva
        stof\tnortriptyline\tnortrilen\tantidepressiva
        stof\tfluvoxamine\tfevarin\tantidepressiva
        stof\tpromethazine\tphenergan\tantihistaminica
        stof\thydroxyzine\tatarax\tantihistaminica
        stof\tcetirizine\tzyrtec\tantihistaminica
        stof\tloratadine\tclaritine\tantihistaminica
        stof\tpropranolol\tinderal\tbètablokker
        stof\tmetoprolol\tselokeen\tbètablokker
        stof\tsildenafil\tviagra
        stof\ttadalafil\tcialis
        stof\tloperamide\timodium
        stof\txylometazoline\totrivin, otrivine
        stof\toxymetazoline\tnasivin
        stof\tdomperidon\tmotilium, domperidone
        stof\tmetoclopramide\tprimperan
        stof\tsumatriptan\timigran\ttriptan
        stof\tnaltrexon\tnaltrexone
        stof\tdisulfiram\tantabus
        stof\tclonidine\tcatapresan, dixarit
        stof\tpoppers\tamylnitriet\tdrugs
        stof\tmetronidazol\tflagyl\tantibiotica
        stof\tdoxycycline\tvibramycine, doxy\tantibiotica
        stof\tazitromycine\tzithromax, azithromycine\tantibiotica
        stof\tclaritromycine\tklacid, clarithromycine\tantibiotica
        stof\tciprofloxacine\tciproxin, cipro\tantibiotica
        stof\tnitrofurantoïne\tnitrofurantoine, furadantine\tantibiotica
        stof\ttrimethoprim\t\tantibiotica
        stof\tflucloxacilline\tfloxapen\tantibiotica
        stof\taugmentin\tamoxicilline-clavulaanzuur, amoxiclav\tantibiotica
        stof\tacenocoumarol\tsintrom\tbloedverdunner
        stof\tfenprocoumon\tmarcoumar\tbloedverdunner
        stof\tapixaban\teliquis\tbloedverdunner
        stof\trivaroxaban\txarelto\tbloedverdunner
        stof\tdabigatran\tpradaxa\tbloedverdunner
        stof\tedoxaban\tlixiana\tbloedverdunner
        stof\tclopidogrel\tplavix\tplaatjesremmer
        stof\tcarbasalaatcalcium\tascal\tplaatjesremmer
        stof\tsimvastatine\tzocor\tstatine
        stof\tatorvastatine\tlipitor\tstatine
        stof\trosuvastatine\tcrestor\tstatine
        stof\tpravastatine\tselektine\tstatine
        stof\tbisoprolol\temcor\tbètablokker
        stof\tatenolol\ttenormin\tbètablokker
        stof\tamlodipine\tnorvasc\tbloeddrukverlager
        stof\tlisinopril\tzestril\tace-remmer
        stof\tenalapril\trenitec\tace-remmer
        stof\tperindopril\tcoversyl\tace-remmer
        stof\tlosartan\tcozaar\tbloeddrukverlager
        stof\tvalsartan\tdiovan\tbloeddrukverlager
        stof\thydrochloorthiazide\thct, hctz\tdiureticum
        stof\tfurosemide\tlasix\tdiureticum
        stof\tspironolacton\taldactone, spironolactone\tdiureticum
        stof\tdigoxine\tlanoxin
        stof\tinsuline\tinsulinepen, novorapid, lantus, humalog, levemir\tbloedsuikerverlager
        stof\tgliclazide\tdiamicron\tbloedsuikerverlager
        stof\tsemaglutide\tozempic, wegovy, rybelsus\tbloedsuikerverlager
        stof\tliraglutide\tvictoza, saxenda\tbloedsuikerverlager
        stof\tempagliflozine\tjardiance\tbloedsuikerverlager
        stof\tdapagliflozine\tforxiga\tbloedsuikerverlager
        stof\tesomeprazol\tnexium, esomeprazole\tmaagzuurremmer
        stof\tranitidine\tzantac\tmaagzuurremmer
        stof\tmacrogol\tmovicolon, forlax, moviprep\tlaxeermiddel
        stof\tlactulose\tduphalac\tlaxeermiddel
        stof\tbisacodyl\tdulcolax\tlaxeermiddel
        stof\tsalbutamol\tventolin, airomir
        stof\tbudesonide\tpulmicort, symbicort\tcorticosteroïd
        stof\tfluticason\tflixotide, seretide, fluticasone\tcorticosteroïd
        stof\tmontelukast\tsingulair
                stof\tdexamethason\tdexamethasone\tcorticosteroïd
        stof\thydrocortison\thydrocortisone\tcorticosteroïd
        stof\tetoricoxib\tarcoxia\tontstekingsremmer
        stof\tcelecoxib\tcelebrex\tontstekingsremmer
        stof\tmetamizol\tnovalgin\tpijnstiller
        stof\thydromorfon\tpalladon\topioïde, pijnstiller
        stof\trizatriptan\tmaxalt\ttriptan
        stof\tzolmitriptan\t\ttriptan
        stof\teletriptan\trelpax\ttriptan
        stof\tondansetron\tzofran
        stof\tcinnarizine\tstugeron\tantihistaminica
        stof\tbetahistine\tbetaserc
        stof\tallopurinol\tzyloric
        stof\tcolchicine
        stof\tmethotrexaat\tmtx, methotrexate
        stof\thydroxychloroquine\tplaquenil
        stof\tisotretinoïne\tisotretinoine, roaccutane
        stof\tfinasteride\tpropecia, proscar
        stof\ttamsulosine\tomnic
        stof\tvarenicline\tchampix
        stof\tacamprosaat\tcampral
        stof\tnalmefeen\tselincro
        stof\tlormetazepam\tnoctamid, loramet\tbenzodiazepine
        stof\tbrotizolam\tlendormin\tbenzodiazepine
        stof\tclobazam\tfrisium\tbenzodiazepine
        stof\tprazepam\treapam\tbenzodiazepine
        stof\tetizolam\t\tdesignerbenzo
        stof\tflualprazolam\t\tdesignerbenzo
        stof\tbromazolam\t\tdesignerbenzo
        stof\tclozapine\tleponex\tantipsychotica
        stof\tpipamperon\tdipiperon\tantipsychotica
        stof\tagomelatine\tvaldoxan\tantidepressiva
        stof\tvortioxetine\tbrintellix\tantidepressiva
        stof\tclomipramine\tanafranil\tantidepressiva
        stof\timipramine\ttofranil\tantidepressiva
        stof\tguanfacine\tintuniv
        stof\ttopiramaat\ttopamax\tanti-epileptica
        stof\tfenytoïne\tfenytoine, diphantoine\tanti-epileptica
        stof\tdesloratadine\taerius\tantihistaminica
        stof\tlevocetirizine\txyzal\tantihistaminica
        stof\tfexofenadine\ttelfast\tantihistaminica
        stof\testradiol\toestradiol
        stof\ttestosteron\ttestosterone
        stof\tsynthetische cannabinoïden\tsynthetische cannabinoiden, spice, k2\tdrugs
        stof\tnbome\t25i-nbome, 25i, n-bomb\tpsychedelica, drugs
        stof\t1p-lsd\t\tpsychedelica, drugs
        stof\t4-aco-dmt\t4-ho-met\tpsychedelica, drugs
        stof\tmethoxetamine\tmxe\tdrugs
        stof\t3-fpm\t3-fluorofenmetrazine\tstimulantia, drugs
        stof\t2-fma\t2-fluoromethamfetamine\tstimulantia, drugs
        stof\tpcp\tfencyclidine, angel dust\tdrugs
        stof\tefedrine\tefedra\tstimulantia
        stof\txylazine\ttranq\tdrugs
        stof\tnitazenen\tnitazeen, isotonitazeen, protonitazeen\topioïde, drugs
        stof\tsint-janskruid\tjanskruid, sint janskruid, st janskruid, hypericum
        stof\tanticonceptiepil\tanticonceptie, de pil, pil tegen zwangerschap, hormonale anticonceptie
        term\thalfwaardetijd\thalveringstijd, hoe lang blijft het in je lichaam, hoe lang blijft het in je bloed, uit je lichaam, uit je systeem, in je systeem, uitgewerkt, eliminatie, !uitwerking, !uitwerken
        term\tbijwerkingen\tbijwerking, klachten, nadelen, bijverschijnselen, hoort dat erbij, hoort dat er bij, hoort het erbij, hoort dit erbij, !bijgewerkt, !bijgewerkte
        term\tontwenningsverschijnselen\tontwenning, afkickverschijnselen, afkicken, onthoudingsverschijnselen, lichamelijke afhankelijkheid, plotseling stoppen, afbouwen, abrupt stoppen, ineens stoppen, in een keer stoppen, in één keer stoppen, in 1 keer stoppen, in 1x stoppen, van de ene op de andere dag stoppen, stoppen met, ermee stoppen, cold turkey, ermee kappen, kappen met, ermee ophouden, ophouden met, ervan af, er vanaf, ervan afkomen, er vanaf komen, niks meer nemen, niets meer nemen, niet meer nemen, niks meer slikken, niet meer slikken
        term\tafhankelijkheid\tverslaving, verslaafd, verslavend, gewenning, tolerantie, !wens, !wensen
        term\tademhalingsdepressie\trespiratoire depressie, ademhalingsmoeilijkheden, ademhaling onderdrukt, ademstilstand, stoppen met ademen
        term\toverdosis\toverdosering, te veel genomen, te veel nemen, te veel ingenomen, te veel gebruikt, te hoge dosis, overdose, intoxicatie, vergiftiging
        term\tcombineren\tcombinatie, samen, tegelijk, tegelijkertijd, gelijktijdig, mengen, mixen, combi, samengebruik, door elkaar
        term\tzwangerschap\tzwanger, baby, foetus, ongeboren kind, in verwachting, kinderwens, een kindje, kindje krijgen
        term\tborstvoeding\tmoedermelk, borstvoeding geven, zogen, zogende, kolven, afgekolfd, afkolven
        term\tgewichtstoename\taankomen, aangekomen, gewicht, dikker, dik worden, word je dik, wordt dik, zwaarder worden, kilo's erbij
        term\tkinderen\tkind, kinderen, dochter, dochtertje, zoon, zoontje, peuter, peuters, kleuter, kleuters
        term\touderen\toudere, oudere mensen, bejaarden, bejaarde, bejaard, senioren, op leeftijd, hoge leeftijd, oma, opa, !ouders
        term\tslapeloosheid\tniet slapen, slaapproblemen, insomnia, slecht slapen, doorslapen, kunnen slapen, inslapen, in slaap vallen, wakker liggen, lig wakker, ligt wakker, lag wakker, nachts wakker, slaap slecht, slaap niet, slaap nauwelijks, slaapt slecht, sliep slecht, slaap slechter, slechter slapen, slechter geslapen
        term\tpaniekaanval\tpaniekaanvallen, paniekstoornis, paniek
        term\tbloeddruk\ttensie
        term\twetgeving\twet, opiumwet, legaal, illegaal, wettelijk, verboden, strafbaar, straf, boete, douane
        term\thypertensie\thoge bloeddruk, bloeddruk omhoog\tbloeddruk
        term\thypotensie\tlage bloeddruk, bloeddruk omlaag\tbloeddruk
        term\treceptgeneesmiddel\trecept, op recept, voorschrift, voorgeschreven
        term\tdosis\tdosering, milligram, mg
        term\tmaximale dosis\tmaximale dagdosis, maximumdosis, maximum dosis, hoogste dosis, maximaal, maximale, maximum
        term\tonline kopen\tonline bestellen, bestellen, webshop, webwinkel, online apotheek, internetapotheek
        term\tverlagen\tverlaag, verlaagt, verlaagd, omlaag, verminderen, vermindert, verminder, afschalen, lager zetten, wat minder, iets minder, beetje minder
        term\tafgifte\tvrijlaten, vrijkomen, vrijgeven, uitstoot
        term\thersenen\tbrein, hersens, hersencellen, in je hoofd, in het hoofd, in je kop
        term\twerkingsmechanisme\twerkingswijze, hoe werkt het, wat doet het in je hersenen, wat doet het in je brein, wat doet het in je hoofd, wat doet het in je lichaam, wat doet het in je lijf, wat doet het met je hersenen, wat doet het met je brein, wat doet het met je lichaam, farmacodynamiek, farmacodynamisch
        term\tbad trip\tnare trip, slechte trip, horrortrip
        term\thyperthermie\toververhitting, oververhit, hitteberoerte, lichaamstemperatuur te hoog
        term\tdehydratie\tuitdroging, uitgedroogd, uitdrogen
        term\thyponatriëmie\twatervergiftiging, te veel water gedronken, natriumtekort
        term\tcardiovasculair\tcardiovasculaire, hart, hart- en vaatziekten, hartproblemen, hartklachten, hartritmestoornissen, ritmestoornissen, hartritme
        term\ttachycardie\thartkloppingen, snelle hartslag, snellere hartslag, hogere hartslag, hartslag omhoog, hartjagen, hart gaat tekeer, hart klopt snel, hart klopt sneller, hart bonkt, hart sneller kloppen, hart gaat sneller kloppen, sneller kloppen\thartslag
        term\thartslag\thartfrequentie, polsslag
        term\tserotoninesyndroom\tserotonine syndroom, serotoninevergiftiging, serotonerg syndroom
        term\tepilepsie\tepileptische aanval, epileptische aanvallen, vallende ziekte, epilepsy
        term\tconvulsie\tconvulsies, stuip, stuipen, stuiptrekking, stuiptrekkingen, toeval, toevallen, insult, insulten, krampaanval, krampaanvallen\tepilepsie
        term\tsedatie\tslaperigheid, slaperig, sufheid, versuffing, suf, sloom, sufferig, !slaap, !slaapt, duf, suffig, loom
        term\tmisselijkheid\tmisselijk, onpasselijk
        term\tbraken\tovergeven, kotsen, kots, kotst, spugen
        term\tdiarree\tdunne ontlasting, buikloop, aan de dunne, de dunne, dunne poep, waterdunne ontlasting
        term\tduizeligheid\tduizelig, draaierig, licht in het hoofd, licht in mijn hoofd, licht in je hoofd
        term\tseksuele bijwerkingen\tlibido, zin in seks, zin in sex, orgasme, klaarkomen, erectie, erectieproblemen, impotentie
        term\tgewichtsverlies\tafvallen, afgevallen, vermageren, vermagering, kilo's kwijt
        term\ttremor\ttrillen, trillende handen, trilt, tril, beven, bibberen
        term\tverstopte neus\tneusverstopping, dichte neus, neus zit dicht, neus verstopt, verstopte neuzen
        term\tobstipatie\tverstopping, verstopt, potdicht, constipatie, harde ontlasting, niet kunnen poepen, niet gepoept, kan niet poepen, niet poepen, moeilijk poepen, niet naar de wc, grote boodschap
        term\trisico\trisico's, gevaar, gevaren, gevaarlijk, riskant, veilig, onveilig, veiligheid
        term\tinteractie\tinteracties, wisselwerking, wisselwerkingen
        term\tleverschade\tleverbeschadiging, hepatotoxiciteit, slecht voor je lever
        term\tkater\thangover, katterig, comedown, dip, nadip, !kat, !katten, !katje
        term\tsuïcidale gedachten\tzelfmoordgedachten, zelfmoordgedachte, gedachten aan zelfmoord, suïcidaal, suicidaal, suïcidale, suicidale gedachten
        term\tfijnmaken\tfijnstampen, fijngestampt, fijnmalen, fijngemalen, verpulveren, verpulverd, vermalen, pletten, geplet, fijnkauwen, kapotkauwen, kauwen, gekauwd, stampen, gestampt
        term\ttoedieningsvorm\ttoediening, toedienen, toedieningsweg, smelttablet, smelttabletten, smelttabletjes, oraal, orale, druppels, injectie, zetpil, zetpillen, hoe neem je het in, hoe neem ik het in, in welke vorm, in wat voor vorm, welke vormen
        term\tmisbruik\tmisbruiken, misbruikt, verkeerd gebruiken, verkeerd te gebruiken, verkeerd gebruikt, oneigenlijk gebruik, snuiven, snuift, gesnoven
        term\tuitscheiding\tuitgescheiden, uitscheiden, geëlimineerd, geelimineerd, kwijtraken, kwijt raken, uitplassen
        term\tneuron\tneuronen, zenuwcel, zenuwcellen
        term\therhaalde dosis\tbijnemen, bij te nemen, bijgenomen, bijdoppen, bijgedopt, bijdopt, bijgooien, bijgegooid, nog een pil, herdoseren, herhaaldelijke toediening, boosteren, booster
        term\tvoorzorg\tvoorzorgsmaatregel, voorzorgsmaatregelen, voor de zekerheid, achter de hand, op zak, vangnet
        term\tziekenhuis\tklinische setting, kliniek, spoedeisende hulp, eerste hulp, seh
        term\tophoping\topstapeling, opstapelen, stapelt zich op, stapelen zich op, accumulatie, cumulatie
        term\tmetabolisme\tafbraak, afbreken, afgebroken, breekt af, gemetaboliseerd, metaboliseren, metabolisering
        term\toverlijden\toverleden, sterven, sterfte, sterfgeval, sterfgevallen, mortaliteit, dodelijk, fataal, dood gaan, dood te gaan, doodgaan, om het leven komen
        term\tverkeer\tautorijden, auto rijden, rijden, achter het stuur, rijvaardigheid, rijgeschiktheid, deelnemen aan het verkeer, met de auto
        term\tleverfunctiestoornis\tleverfunctiestoornissen, leverfalen, leverziekte, leverziekten, leveraandoening, leverinsufficiëntie, levercirrose, leverproblemen, slechte lever, zieke lever, verminderde leverfunctie, slechte leverfunctie, leverfunctie
        term\tnierfunctiestoornis\tnierfunctiestoornissen, nierfalen, nierziekte, nierziekten, nieraandoening, nierinsufficiëntie, nierproblemen, slechte nieren, zieke nieren, verminderde nierfunctie, slechte nierfunctie, nierfunctie
        term\tnervositeit\tnerveus, nerveuze, zenuwachtig, zenuwachtigheid, zenuwen, gespannen, gespannenheid, !spanje
        term\tinwerktijd\twerking begint, begint te werken, begint het effect, effect begint, gaat werken, aanslaat, aanslaan, slaat aan, voor je iets merkt, voordat je iets merkt, voor je er iets van merkt, voor je er wat van merkt, voor je wat merkt, voordat je wat merkt, voordat je iets voelt, voor je iets voelt, voordat je er iets van voelt, voor je er iets van voelt, voor je er wat van voelt, hoe snel werkt het, hoe snel werkt, hoe snel begint het, hoe snel merk je
        term\twerkingsduur\taanhouden, houdt aan, doorwerken, werkt door, hoe lang werkt het, blijft werken, blijven werken, langwerkend, langwerkende, kortwerkend, kortwerkende, werkt het langst, werkt het kortst, werkt langer, langer werkt, werkt korter, !aangehouden
        term\trusteloze benen\trusteloze benen syndroom, rustelozebenensyndroom, restless legs, kriebelbenen, kriebelende benen, onrustige benen
        term\tverschijnselen\tverschijnsel, symptomen, symptoom, signalen, waaraan merk je, hoe merk je, hoe herken je, waaraan herken je, waaraan zie je, hoe zie je
        term\tgroeivertraging\tgroei, lengtegroei, groeien, groeit, minder groeien, groeit minder, klein blijven
        term\tdrugstest\tdrugtest, drugstests, drugtests, urinetest, urinetests, urine test, speekseltest, haartest, plastest, aantoonbaar, detecteerbaar, detectietijd, terug te vinden in je urine, terug te vinden in je bloed
        term\ttoepassing\ttoepassingen, indicatie, indicaties, behandeling, behandelen, goedgekeurd, voorgeschreven voor, voorgeschreven bij, voorgeschreven tegen, bedoeld voor, waarvoor, voor welke ziekte, voor welke ziektes, voor welke aandoening, voor welke aandoeningen, geregistreerd voor
        term\thulpverlening\tverslavingszorg, verslavingskliniek, verslavingsarts, drugsinfolijn, infolijn, hulpverlener, hulpverleners, hulp zoeken, hulp vragen, hulp krijgen, professionele hulp, waar kan ik terecht, waar kan je terecht, bij wie kan ik terecht, jellinek, tactus, brijder, novadic, trimbos
        term\tgeheugenproblemen\tgeheugen, geheugenstoornis, geheugenstoornissen, geheugenverlies, vergeetachtig, vergeetachtigheid, black-out, blackout, geheugengat, niks meer herinneren, niets meer herinneren, kan me niks herinneren, kan me niets herinneren
        woord\tlichaam\tlijf
        woord\thoofdpijn\tkoppijn
        woord\tarts\tdokter, dokters, artsen
        woord\tinnemen\tslikken, inname
        woord\tvermoeidheid\tmoe, vermoeid, moeheid
        woord\tzweten\ttranspireren, transpiratie, zweet
        woord\tstemming\thumeur
        woord\tvoedsel\teten, voeding, maaltijd, maaltijden
        woord\tslapengaan\tbedtijd, bedgaan
        woord\turineren\tplassen, pissen, piesen
        """
}
