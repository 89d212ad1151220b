import Foundation

/// Unicode NFC for article text, with a fast path: normalizing through Foundation costs more
/// than tokenizing, and nearly all news text is made only of scalars that NFC can neither
/// compose (no combining marks) nor replace (no canonical singletons), so it is checked first.
///
/// Text that carries Arabic presentation forms (the shaped glyphs "ﺑﺼﺮﻯ" that copying from a
/// PDF or an old page leaves behind) gets NFKC instead, which maps them to the letters "بصرى"
/// every lexicon and name is written with.
public enum CanonicalForm {
    /// The text in NFC (the same string when it already is, checked by a scan of its UTF-8), or
    /// in NFKC when it holds Arabic presentation forms.
    public static func nfc(_ text: String) -> String {
        if isStable(text) { return text }
        return hasPresentationForms(text) ? text.precomposedStringWithCompatibilityMapping : text.precomposedStringWithCanonicalMapping
    }

    /// Arabic Presentation Forms-A and -B.
    @inline(__always)
    static func isPresentationForm(_ v: UInt32) -> Bool {
        (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFE).contains(v)
    }

    static func hasPresentationForms(_ text: String) -> Bool {
        text.unicodeScalars.contains { isPresentationForm($0.value) }
    }

    /// Whether NFC leaves the text as it is, by its scalars (conservative: false may still be stable).
    public static func isStable(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                // ASCII runs are the common case; decode only the multi-byte scalars.
                var v: UInt32
                var len: Int
                if b & 0xE0 == 0xC0 { v = UInt32(b & 0x1F); len = 2 } else if b & 0xF0 == 0xE0 { v = UInt32(b & 0x0F); len = 3 } else { v = UInt32(b & 0x07); len = 4 }
                guard i + len <= n else { return false }
                for k in 1..<len { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                if !isStable(scalar: v) { return false }
                i += len
            }
            return true
        }
    }

    /// Whether NFC keeps this scalar as it is whatever surrounds it (an Arabic presentation form
    /// is not: it is to be mapped to its letter).
    @inline(__always)
    public static func isStable(scalar v: UInt32) -> Bool {
        if v < 0x0300 { return true }  // ASCII, Latin-1, Latin Extended-A and -B, IPA: all precomposed
        if (0x0600...0x06FF).contains(v) {
            // Arabic, but not its combining marks (harakat, hamza above/below, Quranic marks).
            return !((0x0610...0x061A).contains(v) || (0x064B...0x065F).contains(v) || v == 0x0670 || (0x06D6...0x06ED).contains(v))
        }
        if (0x1E00...0x1EFF).contains(v) { return true }  // Latin Extended Additional (GeoNames' "Ḩalab"): precomposed
        if (0x2002...0x206F).contains(v) { return true }  // punctuation and spaces after the two singletons
        return v == 0xFEFF
    }
}
