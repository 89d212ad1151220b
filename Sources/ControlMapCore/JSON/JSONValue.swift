/// A JSON value with members kept in the order they were built, serialized deterministically.
///
/// The contract's outputs (GeoJSON, `extract` lines) are compared byte for byte across runs, so
/// member order and number formatting must not depend on hashing.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        h.combine(serialized())
    }

    /// A member of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    public static func number(_ d: Double?) -> JSONValue { d.map { .number($0) } ?? .null }

    /// Compact serialization (no spaces), UTF-8 text kept as is.
    public func serialized() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(to: &out, indent: nil, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Serialization with two-space indentation.
    public func pretty() -> String {
        var out: [UInt8] = []
        write(to: &out, indent: Array("  ".utf8), level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    // Written as UTF-8 bytes: a snapshot of a thousand places is megabytes of JSON, made on
    // every publication, and appending to a String piece by piece was most of that time.
    private func write(to out: inout [UInt8], indent: [UInt8]?, level: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let d): out += JSONValue.format(d).utf8
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let a):
            if a.isEmpty { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (i, v) in a.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent, level + 1)
                v.write(to: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (i, (k, v)) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent, level + 1)
                JSONValue.writeString(k, to: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                v.write(to: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ out: inout [UInt8], _ indent: [UInt8]?, _ level: Int) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<level { out += indent }
    }

    /// Integers without a fraction; others with up to 6 decimals, trailing zeros dropped.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        // Past 10^12, six decimals no longer fit an Int64 (the fuzzer found 1e20 trapping):
        // Swift's shortest form ("1e+20") is valid JSON.
        if abs(d) >= 1e12 { return "\(d)" }
        let scaled = (d * 1_000_000).rounded() / 1_000_000
        if scaled == scaled.rounded() { return String(Int64(scaled)) }
        var s = String(format6: scaled)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// A JSON string: runs that need no escape are copied as they are.
    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            var runStart = 0
            var i = 0
            func flush(_ end: Int) {
                if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<end])) }
            }
            while i < u.count {
                let b = u[i]
                var escape: String?
                var length = 1
                switch b {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0..<0x20:
                    let hex = String(b, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2 where i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9):
                    // U+2028 and U+2029 end lines in JavaScript.
                    escape = u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                case 0xEF where i + 2 < u.count && u[i + 1] == 0xBB && u[i + 2] == 0xBF:
                    // U+FEFF (a byte-order mark inside the text): Foundation's reader on Linux
                    // drops it at the start of a string, so it is written escaped.
                    escape = "\\ufeff"
                    length = 3
                default: break
                }
                if let escape {
                    flush(i)
                    out += escape.utf8
                    i += length
                    runStart = i
                } else {
                    i += 1
                }
            }
            flush(u.count)
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension String {
    /// Fixed six-decimal rendering without Foundation's locale-dependent formatting.
    init(format6 d: Double) {
        let negative = d < 0
        let micro = Int64((abs(d) * 1_000_000).rounded())
        let whole = micro / 1_000_000
        let frac = micro % 1_000_000
        let f = String(frac)
        self = (negative ? "-" : "") + String(whole) + "." + String(repeating: "0", count: 6 - f.count) + f
    }
}
