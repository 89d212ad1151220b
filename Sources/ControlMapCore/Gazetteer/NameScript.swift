/// Which scripts of a name the gazetteer keeps: Latin and Arabic, the two the articles use.
enum NameScript {
    /// Whether every letter of the name is Latin or Arabic (digits, spaces and marks aside).
    static func isIndexable(_ name: String) -> Bool {
        var sawLetter = false
        for s in name.unicodeScalars {
            let v = s.value
            if v < 0x80 { if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) { sawLetter = true }; continue }
            if v < 0x0250 || (0x1E00...0x1EFF).contains(v) || (0x0300...0x036F).contains(v) { sawLetter = true; continue }
            if MatchKey.isArabic(s) { sawLetter = true; continue }
            if (0x2000...0x206F).contains(v) || v == 0x02BC || v == 0x02BF || v == 0x02BE { continue }
            return false
        }
        return sawLetter
    }

    static func isArabic(_ name: String) -> Bool {
        name.unicodeScalars.contains(where: MatchKey.isArabic)
    }

    /// Whether a name is written in the Arabic alphabet as Arabic writes it: Arabic letters,
    /// diacritics and spaces only, so no Latin letter ("mwsڵ"), no letter of Persian or Kurdish
    /// (ی، ک، گ، ە، ڵ) and no comma-joined qualifier ("هيت، عراق").
    static func isArabicDisplayName(_ name: String) -> Bool {
        var sawLetter = false
        for s in name.unicodeScalars {
            switch s.value {
            case 0x0621...0x064A: sawLetter = true
            case 0x064B...0x0652, 0x0670, 0x0020: break
            default: return false
            }
        }
        return sawLetter
    }

    /// Whether an Arabic name starts with the definite article ("الموصل").
    static func hasArabicArticle(_ name: String) -> Bool {
        name.hasPrefix("\u{0627}\u{0644}")
    }

    static func isLatin(_ name: String) -> Bool {
        isIndexable(name) && !isArabic(name)
    }
}
