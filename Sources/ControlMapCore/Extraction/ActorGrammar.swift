/// How news names an actor's forces, as a grammar rather than a list: a force noun joined to
/// a word that says whose forces they are. English puts a modifier before the noun ("regime
/// forces", "Turkish troops", "ISIS militants"); Arabic puts the noun in the construct state
/// before a genitive ("قوات النظام", "مسلحي داعش") or a definite noun before an agreeing
/// adjective ("القوات التركية").
///
/// Read from actor-forms.tsv, one row per word: `role <TAB> class <TAB> actor <TAB> phrase`.
/// Nouns (`en-noun`, `ar-construct`, `ar-definite`) have no actor ("-"); modifiers
/// (`en-modifier`, `ar-genitive`, `ar-adjective`) name one. The class keeps a state's forces
/// apart from armed groups: "Syrian troops" are the army, "Syrian rebels" are not. A noun and a
/// modifier combine when either is `any` or both have the same class (`state` or `armed`).
/// English also names forces after the one they answer to (`en-patron`): "forces loyal to
/// President Bashar al-Assad", "militias allied with the government"; so does Arabic
/// (`ar-patron`), with the preposition ل glued to the patron: "الفصائل الموالية لتركيا",
/// "القوات التابعة للنظام", "الميليشيات المدعومة من إيران".
///
/// A compound modifier of backing or leading ("Turkish-backed", "Iran-backed", "Kurdish-led")
/// may stand before a people's adjective before an armed noun (`en-qualifier`): "Turkish-backed
/// Syrian fighters", "Iran-backed Iraqi militias"; the forces are the compound's side. So may a
/// people's adjective between an Arabic noun and its patron (`ar-qualifier`): "الفصائل السورية
/// الموالية لتركيا", "الميليشيات العراقية المدعومة من إيران".
///
/// Forces named after the side they fight against are that side's opponents, never that side:
/// "anti-Assad fighters", "regime opponents", "opponents of the government", "forces opposed
/// to Damascus" (`en-against`, `en-opponent`, `en-opposition-link`), "الفصائل المناهضة للنظام",
/// "معارضو الأسد" (`ar-opposition-link`, `ar-opponent`). Their actor is
/// `opponents(of:)` the side named, which the extractor resolves per document.
public struct ActorGrammar: Sendable {
    public enum Role: String, Sendable, CaseIterable {
        case englishNoun = "en-noun", englishModifier = "en-modifier", englishPatron = "en-patron"
        case englishQualifier = "en-qualifier", arabicQualifier = "ar-qualifier"
        case arabicConstruct = "ar-construct", arabicGenitive = "ar-genitive", arabicPatron = "ar-patron"
        case arabicPatronLink = "ar-patron-link"
        case arabicDefinite = "ar-definite", arabicAdjective = "ar-adjective"
        case englishAgainst = "en-against", englishOpponent = "en-opponent", englishOppositionLink = "en-opposition-link"
        case arabicOpponent = "ar-opponent", arabicOppositionLink = "ar-opposition-link"
    }

    /// The actor of the forces that fight `actor`: "anti-regime rebels" are
    /// `opponents-of-syrian-government`.
    public static func opponents(of actor: String) -> String { opponentsPrefix + actor }

    /// The actor whose opponents `actor` names, if it names opponents.
    public static func opposed(by actor: String) -> String? {
        actor.hasPrefix(opponentsPrefix) ? String(actor.dropFirst(opponentsPrefix.count)) : nil
    }

    static let opponentsPrefix = "opponents-of-"

    public enum WordClass: String, Sendable {
        case state, armed, any

        func combines(with other: WordClass) -> Bool { self == .any || other == .any || self == other }
    }

    struct Row: Sendable {
        var role: Role
        var wordClass: WordClass
        var actor: String?
        var phrase: String
    }

    private var rows: [Row] = []

    public init(_ text: String) throws {
        for (n, row) in DataLines.rows(text) {
            guard row.count >= 4, let role = Role(rawValue: row[0]), let wordClass = WordClass(rawValue: row[1]), !row[3].isEmpty else {
                throw ParseFailure("actor-forms.tsv line \(n): expected role (\(Role.allCases.map(\.rawValue).joined(separator: ", "))), class (state, armed, any), actor or -, phrase")
            }
            let actor = row[2] == "-" ? nil : row[2]
            let isModifier = [.englishModifier, .englishPatron, .arabicGenitive, .arabicAdjective, .arabicPatron].contains(role)
            guard isModifier == (actor != nil) else {
                throw ParseFailure("actor-forms.tsv line \(n): \(isModifier ? "a modifier names its actor" : "a noun takes - for its actor")")
            }
            rows.append(Row(role: role, wordClass: wordClass, actor: actor, phrase: row[3]))
        }
    }

    /// The English modifiers with their actors ("rebel", "Kurdish"): the holder in "under rebel control".
    public func englishModifiers() -> [(phrase: String, actor: String)] {
        rows.filter { $0.role == .englishModifier }.map { ($0.phrase, $0.actor!) }
    }

    /// The English prefixes of opposition ("anti"): joined to a side's name by a hyphen, they
    /// make a word of that side's opponents ("anti-government protests"), never that side.
    public func opposingPrefixes() -> [String] {
        rows.filter { $0.role == .englishAgainst }.map(\.phrase)
    }

    /// The patrons of armed groups with the actor their clients are ("Turkey" -> sna): the
    /// factions a patron backs are that actor, whatever name they go by.
    public func armedPatrons() -> [(phrase: String, client: String)] {
        rows.filter { [.englishPatron, .arabicPatron].contains($0.role) && $0.wordClass == .armed }.map { ($0.phrase, $0.actor!) }
    }

    /// The words between a force noun and the one it answers to.
    static let patronLinks = ["loyal to", "allied to", "allied with"]

    /// Whether two Arabic adjectives have the same ending of gender and number ("السورية" and
    /// "الموالية", "السوريين" and "المدعومين"): a people's broken plural ("العرب", "الأكراد")
    /// takes the feminine or the masculine plural.
    static func agrees(_ adjective: String, _ next: String) -> Bool {
        let endings = ["\u{0629}", "\u{064A}\u{0646}", "\u{0648}\u{0646}"]
        let first = next.split(separator: " ").first.map(String.init) ?? next
        guard let own = endings.first(where: { adjective.hasSuffix($0) }) else {
            return first.hasSuffix(endings[0]) || first.hasSuffix(endings[1])
        }
        return first.hasSuffix(own)
    }

    /// A link and its patron: a link that ends in a lone "ل" ("الموالية ل") glues it to the
    /// patron ("الموالية لتركيا").
    static func linked(_ link: String, to patron: String) -> String {
        link.hasSuffix(" \u{0644}") ? String(link.dropLast(2)) + " " + withLam(patron) : link + " " + patron
    }

    /// ل glued to a word: "لتركيا"; with the article, "للنظام" (ل + ال drops the alif).
    static func withLam(_ word: String) -> String {
        word.hasPrefix("\u{0627}\u{0644}") ? "\u{0644}" + word.dropFirst() : "\u{0644}" + word
    }

    /// Every phrase the grammar makes, with its actor.
    public func phrases() -> [(phrase: String, actor: String)] {
        var out: [(phrase: String, actor: String)] = []
        func combine(_ nounRole: Role, _ modifierRole: Role, modifierFirst: Bool) {
            for noun in rows where noun.role == nounRole {
                for m in rows where m.role == modifierRole && m.wordClass.combines(with: noun.wordClass) {
                    out.append((modifierFirst ? m.phrase + " " + noun.phrase : noun.phrase + " " + m.phrase, m.actor!))
                }
            }
        }
        combine(.englishNoun, .englishModifier, modifierFirst: true)
        for noun in rows where noun.role == .englishNoun && noun.wordClass != .state {
            for m in rows where m.role == .englishModifier && m.wordClass == .armed && m.phrase.contains("-") && !m.phrase.contains(" ")
                && !m.phrase.lowercased().hasPrefix("al-") {
                for q in rows where q.role == .englishQualifier { out.append((m.phrase + " " + q.phrase + " " + noun.phrase, m.actor!)) }
            }
        }
        for noun in rows where noun.role == .englishNoun {
            for patron in rows where patron.role == .englishPatron && patron.wordClass.combines(with: noun.wordClass) {
                for link in Self.patronLinks { out.append((noun.phrase + " " + link + " " + patron.phrase, patron.actor!)) }
            }
        }
        for noun in rows where noun.role == .arabicDefinite {
            for patron in rows where patron.role == .arabicPatron && patron.wordClass.combines(with: noun.wordClass) {
                for link in rows where link.role == .arabicPatronLink {
                    let tail = Self.linked(link.phrase, to: patron.phrase)
                    out.append((noun.phrase + " " + tail, patron.actor!))
                }
            }
        }
        // "الفصائل السورية الموالية لتركيا": a people's adjective, in the noun's form, before a patron
        // (linked, or in an adjective of backing of two words or more).
        // (The link agrees with the adjective before it, as both agree with the noun. Only an
        // armed group's noun: a state's forces are named by their state, not by a patron.)
        for noun in rows where noun.role == .arabicDefinite && noun.wordClass == .armed {
            for q in rows where q.role == .arabicQualifier && q.wordClass.combines(with: noun.wordClass) {
                for patron in rows where patron.role == .arabicPatron && patron.wordClass.combines(with: noun.wordClass) {
                    for link in rows where link.role == .arabicPatronLink && Self.agrees(q.phrase, link.phrase) {
                        let tail = Self.linked(link.phrase, to: patron.phrase)
                        out.append((noun.phrase + " " + q.phrase + " " + tail, patron.actor!))
                    }
                }
                for m in rows where m.role == .arabicAdjective && m.phrase.contains(" ") && m.wordClass.combines(with: noun.wordClass)
                    && Self.agrees(q.phrase, m.phrase) {
                    out.append((noun.phrase + " " + q.phrase + " " + m.phrase, m.actor!))
                }
            }
        }
        combine(.arabicConstruct, .arabicGenitive, modifierFirst: false)
        combine(.arabicDefinite, .arabicAdjective, modifierFirst: false)
        // A one-word nisba adjective ("العراقي") also agrees with a plural of men in both cases
        // ("الجنود العراقيون", "المقاتلين الأكراد"): its sound plurals, made from the stem.
        for noun in rows where noun.role == .arabicDefinite {
            for m in rows where m.role == .arabicAdjective && m.wordClass.combines(with: noun.wordClass) {
                for plural in Self.soundPlurals(ofNisba: m.phrase) { out.append((noun.phrase + " " + plural, m.actor!)) }
            }
        }
        out += oppositionPhrases()
        return out
    }

    /// The names of forces after the side they fight: "anti-regime fighters", "Assad's
    /// opponents", "forces opposed to the government", "القوات المعادية للنظام", "معارضي النظام".
    func oppositionPhrases() -> [(phrase: String, actor: String)] {
        func of(_ role: Role) -> [Row] { rows.filter { $0.role == role } }
        var out: [(phrase: String, actor: String)] = []
        // A side's plain name, as it stands after "anti-" or before "opponents": not a state's
        // nationality ("anti-American" is no side of this war), not a name already compounded
        // ("pro-Assad", "Assad's").
        var sideNames: [(name: String, actor: String)] = []
        for m in of(.englishModifier) where m.wordClass != .state && !m.phrase.contains("-") && !m.phrase.contains("'") {
            sideNames.append((m.phrase, m.actor!))
        }
        for p in of(.englishPatron) where !p.phrase.contains(" ") || p.phrase.lowercased().hasPrefix("the ") && p.phrase.split(separator: " ").count == 2 {
            let name = p.phrase.lowercased().hasPrefix("the ") ? String(p.phrase.dropFirst(4)) : p.phrase
            if !sideNames.contains(where: { $0.name.lowercased() == name.lowercased() }) { sideNames.append((name, p.actor!)) }
        }
        for prefix in of(.englishAgainst) {
            for side in sideNames {
                for noun in of(.englishNoun) {
                    out.append((prefix.phrase + "-" + side.name + " " + noun.phrase, Self.opponents(of: side.actor)))
                }
            }
        }
        for opponent in of(.englishOpponent) {
            for side in sideNames { out.append((side.name + " " + opponent.phrase, Self.opponents(of: side.actor))) }
            for patron in of(.englishPatron) {
                out.append((opponent.phrase + " of " + patron.phrase, Self.opponents(of: patron.actor!)))
                out.append((patron.phrase + "'s " + opponent.phrase, Self.opponents(of: patron.actor!)))
            }
        }
        for noun in of(.englishNoun) {
            for link in of(.englishOppositionLink) {
                for patron in of(.englishPatron) {
                    out.append((noun.phrase + " " + link.phrase + " " + patron.phrase, Self.opponents(of: patron.actor!)))
                }
            }
        }
        for noun in of(.arabicDefinite) {
            for link in of(.arabicOppositionLink) {
                for patron in of(.arabicPatron) {
                    let tail = Self.linked(link.phrase, to: patron.phrase)
                    out.append((noun.phrase + " " + tail, Self.opponents(of: patron.actor!)))
                }
            }
        }
        for opponent in of(.arabicOpponent) {
            for genitive in of(.arabicGenitive) {
                out.append((opponent.phrase + " " + genitive.phrase, Self.opponents(of: genitive.actor!)))
            }
        }
        return out
    }

    /// "العراقي" -> "العراقيين", "العراقيون"; nothing for a phrase of more words or another ending.
    static func soundPlurals(ofNisba adjective: String) -> [String] {
        guard !adjective.contains(" "), adjective.hasSuffix("\u{064A}"), adjective.count >= 4 else { return [] }
        return [adjective + "\u{064A}\u{0646}", adjective + "\u{0648}\u{0646}"]
    }
}
