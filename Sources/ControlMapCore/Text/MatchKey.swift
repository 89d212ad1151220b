import Foundation

/// Folds words into the keys that gazetteer names, actor aliases and predicates are matched on.
///
/// A key never replaces the text shown to users; it only decides whether two spellings are the
/// same word. Arabic: alef and hamza forms, alef maqsura, ta marbuta, harakat, tatweel and bidi
/// marks are folded; Latin: case and diacritics; both: Arabic-Indic and Persian digits become ASCII.
public enum MatchKey {
    /// The key of one word (no spaces expected; any are kept).
    public static func fold(_ word: Substring) -> String {
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            appendFolded(scalar, to: &out)
        }
        return String(out)
    }

    /// The key of one word.
    public static func fold(_ word: String) -> String { fold(word[...]) }

    /// Appends the folded form of one scalar (zero, one or more scalars).
    @inline(__always)
    public static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        switch v {
        case 0x41...0x5A: out.append(Unicode.Scalar(v + 0x20)!)
        case 0x60: out.append("'")  // a grave accent written for the ayn ("Ma`arat") is an apostrophe
        case 0x00...0x7F: out.append(scalar)
        case 0x0600...0x06FF:
            if let folded = foldArabicBlock(v) { out.append(Unicode.Scalar(folded)!) }
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x200B...0x200D, 0xFEFF: break
        case 0x0300...0x036F: break  // combining diacritics of decomposed Latin
        case 0x2019, 0x2018, 0x02BC, 0x02BF, 0x02BE: break  // apostrophes and ayn/hamza marks inside names
        case 0x80..<0x250:
            let fold = latinFolds[Int(v) - 0x80]
            if let single = fold.single {
                out.append(single)
            } else {
                for s in fold.scalars { out.append(s) }
            }
        default:
            if (0x1E00...0x1EFF).contains(v) {
                // Latin-1, Latin Extended, Latin Extended Additional: strip the diacritic.
                for s in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                where !(0x0300...0x036F).contains(s.value) {
                    out.append(contentsOf: String(s).lowercased().unicodeScalars)
                }
            } else {
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
    }

    /// The fold of a scalar of the Arabic block (U+0600..U+06FF); nil when it is dropped.
    @inline(__always)
    static func foldArabicBlock(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x0623, 0x0625, 0x0622, 0x0671: return 0x0627  // أ إ آ ٱ -> ا
        case 0x0649, 0x0626, 0x06CC: return 0x064A  // ى ئ and Persian yeh -> ي
        case 0x0629: return 0x0647  // ة -> ه
        case 0x0624: return 0x0648  // ؤ -> و
        case 0x06A9: return 0x0643  // Persian kaf -> ك
        case 0x064B...0x065F, 0x0670, 0x0640: return nil  // harakat, superscript alef, tatweel
        case 0x0660...0x0669: return v - 0x0660 + 0x30  // Arabic-Indic digits
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30  // Persian digits
        default: return v
        }
    }

    /// Appends the folded form of one scalar as UTF-8, for the tokenizer's reused key buffer:
    /// ASCII and the Arabic block are folded here, anything else through `appendFolded`.
    @inline(__always)
    public static func appendFoldedUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(UInt8(truncatingIfNeeded: (0x41...0x5A).contains(v) ? v + 0x20 : v))
            return
        }
        if (0x0600...0x06FF).contains(v) {
            guard let folded = foldArabicBlock(v) else { return }
            if folded < 0x80 {
                out.append(UInt8(folded))
            } else {
                out.append(UInt8(0xC0 | (folded >> 6)))
                out.append(UInt8(0x80 | (folded & 0x3F)))
            }
            return
        }
        var view = String.UnicodeScalarView()
        appendFolded(scalar, to: &view)
        for s in view { UTF8.encode(s) { out.append($0) } }
    }

    /// The folds of U+0080..U+024F (Latin-1 and Latin Extended), worked out once: decomposing
    /// through Foundation for every accented letter of every text was the tokenizer's main cost.
    static let latinFolds: [(single: Unicode.Scalar?, scalars: [Unicode.Scalar])] = (0x80..<0x250).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)) else { return (nil, []) }
        var out: [Unicode.Scalar] = []
        for s in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars where !(0x0300...0x036F).contains(s.value) {
            out += String(s).lowercased().unicodeScalars
        }
        return (out.count == 1 ? out[0] : nil, out)
    }

    /// Whether the scalar is a letter of the Arabic script.
    @inline(__always)
    public static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
        (0x0600...0x06FF).contains(scalar.value) || (0x0750...0x077F).contains(scalar.value)
            || (0xFB50...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value)
    }

    /// Whether a folded key is written in Arabic script.
    public static func isArabicKey(_ key: String) -> Bool {
        key.unicodeScalars.first.map(isArabic) ?? false
    }
}
