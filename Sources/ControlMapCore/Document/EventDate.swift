/// A calendar date with its precision: a day, a month or a year ("2017-09-14", "2017-09", "2017").
public struct EventDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// How precisely the date is known.
    public enum Precision: String, Sendable, Codable {
        case day, month, year
    }

    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" (a longer timestamp is cut to its date).
    public init?(_ text: String) {
        // The store's own dates are "YYYY-MM-DD": read their digits without splitting the text.
        if let full = Self.fullDate(text.utf8) {
            guard (1...9999).contains(full.year), (1...12).contains(full.month),
                  (1...Self.daysIn(year: full.year, month: full.month)).contains(full.day) else { return nil }
            self.init(year: full.year, month: full.month, day: full.day)
            return
        }
        let head = text.prefix(10)
        let parts = head.split(separator: "-", omittingEmptySubsequences: false)
        guard let y = parts.first.flatMap({ Int($0) }), (1...9999).contains(y), parts[0].count == 4 else { return nil }
        var m: Int?, d: Int?
        if parts.count > 1 {
            guard let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
            m = mm
        }
        if parts.count > 2, let mm = m {
            // A day the calendar has: "2017-02-30" names no day.
            guard let dd = Int(parts[2].prefix(2)), (1...Self.daysIn(year: y, month: mm)).contains(dd) else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d)
    }

    /// The numbers of a text that begins "DDDD-DD-DD" (digits), nil for any other text.
    private static func fullDate(_ bytes: String.UTF8View) -> (year: Int, month: Int, day: Int)? {
        // (Three counters, not an array: no allocation for each of the log's dates.)
        var year = 0, month = 0, day = 0, count = 0
        for b in bytes.prefix(10) {
            count += 1
            if count == 5 || count == 8 {
                guard b == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            let digit = Int(b - UInt8(ascii: "0"))
            switch count {
            case ..<5: year = year * 10 + digit
            case ..<8: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        return count == 10 ? (year, month, day) : nil
    }

    /// The number of days of a month of the Gregorian calendar.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        var s = String(format4(year))
        if let m = month { s += "-" + pad2(m) }
        if let d = day { s += "-" + pad2(d) }
        return s
    }

    /// Days since 1970-01-01 of the first day the date covers.
    public var dayNumber: Int {
        CivilCalendar.days(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The date `days` days later (day precision).
    public func adding(days: Int) -> EventDate {
        let (y, m, d) = CivilCalendar.date(fromDays: dayNumber + days)
        return EventDate(year: y, month: m, day: d)
    }

    /// Day of the week, 0 = Sunday.
    public var weekday: Int {
        ((dayNumber % 7) + 7 + 4) % 7  // 1970-01-01 was a Thursday
    }

    public static func < (a: EventDate, b: EventDate) -> Bool {
        if a.dayNumber != b.dayNumber { return a.dayNumber < b.dayNumber }
        // At the same first day, the more precise date is the later, more specific report.
        return a.precisionRank < b.precisionRank
    }

    private var precisionRank: Int { day != nil ? 2 : month != nil ? 1 : 0 }

    private func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    private func format4(_ v: Int) -> String { String(repeating: "0", count: max(0, 4 - String(v).count)) + String(v) }
}

/// Proleptic Gregorian day arithmetic (Howard Hinnant's civil-from-days algorithms).
public enum CivilCalendar {
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func date(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
