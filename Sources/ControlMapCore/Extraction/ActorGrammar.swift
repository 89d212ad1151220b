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
public struct ActorGrammar: Sendable {
    public enum Role: String, Sendable, CaseIterable {
        case englishNoun = "en-noun", englishModifier = "en-modifier", englishPatron = "en-patron"
        case arabicConstruct = "ar-construct", arabicGenitive = "ar-genitive", arabicPatron = "ar-patron"
        case arabicPatronLink = "ar-patron-link"
        case arabicDefinite = "ar-definite", arabicAdjective = "ar-adjective"
    }

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

    /// The patrons of armed groups with the actor their clients are ("Turkey" -> sna): the
    /// factions a patron backs are that actor, whatever name they go by.
    public func armedPatrons() -> [(phrase: String, client: String)] {
        rows.filter { [.englishPatron, .arabicPatron].contains($0.role) && $0.wordClass == .armed }.map { ($0.phrase, $0.actor!) }
    }

    /// The words between a force noun and the one it answers to.
    static let patronLinks = ["loyal to", "allied to", "allied with"]

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
        for noun in rows where noun.role == .englishNoun {
            for patron in rows where patron.role == .englishPatron && patron.wordClass.combines(with: noun.wordClass) {
                for link in Self.patronLinks { out.append((noun.phrase + " " + link + " " + patron.phrase, patron.actor!)) }
            }
        }
        for noun in rows where noun.role == .arabicDefinite {
            for patron in rows where patron.role == .arabicPatron && patron.wordClass.combines(with: noun.wordClass) {
                for link in rows where link.role == .arabicPatronLink {
                    // A link ending in a lone "ل" ("الموالية ل") glues it to the patron.
                    let glued = link.phrase.hasSuffix(" \u{0644}")
                    let tail = glued ? String(link.phrase.dropLast(2)) + " " + Self.withLam(patron.phrase) : link.phrase + " " + patron.phrase
                    out.append((noun.phrase + " " + tail, patron.actor!))
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
        return out
    }

    /// "العراقي" -> "العراقيين", "العراقيون"; nothing for a phrase of more words or another ending.
    static func soundPlurals(ofNisba adjective: String) -> [String] {
        guard !adjective.contains(" "), adjective.hasSuffix("\u{064A}"), adjective.count >= 4 else { return [] }
        return [adjective + "\u{064A}\u{0646}", adjective + "\u{0648}\u{0646}"]
    }
}
