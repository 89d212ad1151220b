import ControlMapCore
import Foundation

/// UTC timestamps in the shapes the store and the outputs use.
public enum Timestamp {
    /// "2026-11-26T06:20:31Z".
    public static func iso8601(_ date: Date) -> String {
        // By arithmetic: a formatter per call cost more than committing the document's events.
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let (y, m, d) = CivilCalendar.date(fromDays: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(y)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + two(m) + "-" + two(d)
            + "T" + two(rest / 3600) + ":" + two(rest / 60 % 60) + ":" + two(rest % 60) + "Z"
    }

    /// "2026-11-26T06:20:31.250Z": for schedules, where seconds are too coarse.
    public static func precise(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }

    /// Reads either shape back.
    public static func parse(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = text.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        return f.date(from: text)
    }

    /// The UTC calendar day of an instant.
    public static func day(_ date: Date) -> EventDate {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let (y, m, d) = CivilCalendar.date(fromDays: days)
        return EventDate(year: y, month: m, day: d)
    }
}
