/// The dates a report may carry: none before a configured floor (`dates.earliest`), none after
/// tomorrow. A publication date of 9999-12-31 or an event "on 5 April 2091" would otherwise win
/// over every genuine later report; such a date is dropped (the document and its events stay,
/// dated as if the date were missing).
public struct DateBounds: Sendable, Hashable {
    public var earliest: EventDate
    public var latest: EventDate

    public init(earliest: EventDate, latest: EventDate) {
        self.earliest = earliest
        self.latest = latest
    }

    /// From the floor to the day after `today`.
    public init(earliest: EventDate, today: EventDate) {
        self.init(earliest: earliest, latest: today.adding(days: 1))
    }

    public func contains(_ d: EventDate) -> Bool {
        d >= earliest && d <= latest
    }
}
