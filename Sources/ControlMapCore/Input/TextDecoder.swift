/// Turns the bytes of a text file into a string: UTF-8 (with or without a byte-order mark),
/// UTF-16 with a byte-order mark, or the legacy Arabic code pages Windows-1256 and ISO-8859-6,
/// told apart by which decoding yields more Arabic letters and fewer unmapped bytes.
public enum TextDecoder {
    /// Why bytes are not text.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case binary
        case empty
        case unknownEncoding

        public var description: String {
            switch self {
            case .binary: return "the file holds NUL bytes or control characters: it is binary, not text"
            case .empty: return "the file is empty"
            case .unknownEncoding: return "the file is neither UTF-8, UTF-16 with a byte-order mark, Windows-1256 nor ISO-8859-6 text"
            }
        }
    }

    /// The encoding a decoding used.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", windows1256 = "Windows-1256", iso8859_6 = "ISO-8859-6"
    }

    public static func decode(_ bytes: [UInt8]) throws -> (text: String, encoding: Encoding) {
        guard !bytes.isEmpty else { throw Failure.empty }
        if bytes.starts(with: [0xFF, 0xFE]) { return (try utf16(Array(bytes.dropFirst(2)), littleEndian: true), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (try utf16(Array(bytes.dropFirst(2)), littleEndian: false), .utf16BE) }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if body.contains(0) { throw Failure.binary }
        if let s = String(validating: body, as: UTF8.self) {
            try rejectControlHeavy(s)
            return (s, .utf8)
        }
        // Not UTF-8: one of the Arabic single-byte code pages, or binary.
        let a = singleByte(body, table: windows1256), b = singleByte(body, table: iso8859_6)
        let best = score(b) > score(a) ? (b, Encoding.iso8859_6) : (a, Encoding.windows1256)
        guard score(best.0) >= 4 else { throw Failure.unknownEncoding }
        try rejectControlHeavy(best.0)
        return best
    }

    static func utf16(_ bytes: [UInt8], littleEndian: Bool) throws -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        guard let s = String(validating: units, as: UTF16.self) else { throw Failure.unknownEncoding }
        if s.unicodeScalars.contains("\u{0}") { throw Failure.binary }
        return s
    }

    static func singleByte(_ bytes: ArraySlice<UInt8>, table: [UInt16]) -> String {
        var out = String.UnicodeScalarView()
        for b in bytes {
            out.append(b < 0x80 ? Unicode.Scalar(b) : Unicode.Scalar(table[Int(b) - 0x80]) ?? "\u{FFFD}")
        }
        return String(out)
    }

    /// Arabic letters minus unmapped or control characters: which code page reads the bytes better.
    static func score(_ s: String) -> Int {
        var arabic = 0, bad = 0
        for u in s.unicodeScalars {
            if (0x0621...0x064A).contains(u.value) { arabic += 1 } else if u.value == 0xFFFD || (0x80...0x9F).contains(u.value) { bad += 3 }
        }
        return arabic - bad
    }

    /// Text that is mostly control characters is binary under another name.
    static func rejectControlHeavy(_ s: String) throws {
        var control = 0, total = 0
        for u in s.unicodeScalars.prefix(100_000) {
            total += 1
            if u.value < 0x20 && u != "\n" && u != "\r" && u != "\t" { control += 1 }
        }
        if total > 0 && control * 20 > total { throw Failure.binary }
    }

    public static let windows1256: [UInt16] = [
        0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
        0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
        0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
        0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
        0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7,
        0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
        0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7,
        0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
        0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7,
        0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
    ]

    /// ISO-8859-6: unassigned bytes map to U+FFFD.
    public static let iso8859_6: [UInt16] = [
        0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087,
        0x0088, 0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F,
        0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
        0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F,
        0x00A0, 0xFFFD, 0xFFFD, 0xFFFD, 0x00A4, 0xFFFD, 0xFFFD, 0xFFFD,
        0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0x060C, 0x00AD, 0xFFFD, 0xFFFD,
        0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
        0xFFFD, 0xFFFD, 0xFFFD, 0x061B, 0xFFFD, 0xFFFD, 0xFFFD, 0x061F,
        0xFFFD, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
        0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x0637,
        0x0638, 0x0639, 0x063A, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
        0x0640, 0x0641, 0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647,
        0x0648, 0x0649, 0x064A, 0x064B, 0x064C, 0x064D, 0x064E, 0x064F,
        0x0650, 0x0651, 0x0652, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
        0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
    ]
}
