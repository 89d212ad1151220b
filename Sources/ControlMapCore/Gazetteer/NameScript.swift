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

    static func isLatin(_ name: String) -> Bool {
        isIndexable(name) && !isArabic(name)
    }
}
